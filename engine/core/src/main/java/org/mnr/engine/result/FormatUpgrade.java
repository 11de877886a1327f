package org.mnr.engine.result;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.numbers.fraction.BigFraction;
import org.mnr.engine.evidence.Confidence;

/**
 * Reads a result written before format 1.1 as a 1.1 result: the ranges come from the statuses of the criteria it
 * lists (met or unknown), no open levels, minimum confidence {@code reported}, capability confidence
 * {@code reported} above level 0 (docs/compatibility.md). Never more certain than the result was.
 */
final class FormatUpgrade {

    private FormatUpgrade() {
    }

    /** Whether a result of this format version lacks the 1.1 fields. */
    static boolean needed(String formatVersion) {
        return formatVersion == null || formatVersion.equals("1.0");
    }

    static Assessment upgrade(Assessment old) {
        Map<Integer, String> levelNames = new HashMap<>();
        for (CapabilityResult c : old.capabilities()) {
            levelNames.putIfAbsent(c.level(), c.levelName());
            if (c.next() != null) {
                levelNames.putIfAbsent(c.next().level(), c.next().name());
            }
        }
        old.domains().forEach(d -> levelNames.putIfAbsent(d.level(), d.levelName()));
        List<CapabilityResult> capabilities = new ArrayList<>();
        Map<Integer, BigFraction> exactMax = new HashMap<>();
        for (CapabilityResult c : old.capabilities()) {
            List<CriterionResult> criteria = c.criteria().stream().map(FormatUpgrade::upgrade).toList();
            CapabilityResult upgraded = new CapabilityResult(c.id(), c.name(), c.domain(), c.level(), c.levelName(), c.score(),
                    c.coverage(), c.next(), criteria);
            if (upgraded.levelMaxName() == null) {
                upgraded = new CapabilityResult(c.id(), c.name(), c.domain(), c.level(), c.levelName(), upgraded.levelMax(),
                        levelNames.get(upgraded.levelMax()), upgraded.score(), upgraded.scoreMax(), c.coverage(), upgraded.confidence(),
                        c.next(), criteria);
            }
            capabilities.add(upgraded);
            BigFraction exact = Ranges.exactScoreMax(criteria);
            // A result whose criteria were left out still never shows a score range narrower than its score.
            exactMax.put(c.id(), Ranges.round(exact) < c.score() ? BigFraction.from(c.score()) : exact);
        }
        List<DomainResult> domains = new ArrayList<>();
        for (DomainResult d : old.domains()) {
            List<CapabilityResult> members = capabilities.stream().filter(c -> c.domain().equals(d.id())).toList();
            int levelMax = Math.max(d.level(), members.stream().mapToInt(CapabilityResult::levelMax).min().orElse(d.level()));
            double scoreMax = members.isEmpty() ? d.score()
                    : Math.max(d.score(), Ranges.mean(members.stream().map(c -> exactMax.get(c.id())).toList()));
            domains.add(new DomainResult(d.id(), d.name(), d.score(), scoreMax, d.level(), d.levelName(), levelMax,
                    levelMax == d.level() ? d.levelName() : levelNames.get(levelMax)));
        }
        Overall overall = old.overall() == null ? null : new Overall(old.overall().score(),
                Math.max(old.overall().score(), Ranges.mean(exactMax.values())), old.overall().coverage());
        return new Assessment(old.formatVersion(), old.country(), old.assessedOn(), old.engine(), old.packs(), Confidence.REPORTED,
                overall, domains, capabilities, old.warnings());
    }

    private static CriterionResult upgrade(CriterionResult c) {
        return new CriterionResult(c.id(), c.level(), c.weight(), c.status(), c.title(), c.evidence(), c.capabilities(), c.missing(),
                List.of(), c.rule(), c.pack(), c.addedBy(), c.replacedBy(), c.replacedTitle(), c.waivedBy(), c.reason());
    }
}
