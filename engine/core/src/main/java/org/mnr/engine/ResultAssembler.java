package org.mnr.engine;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.numbers.fraction.BigFraction;
import org.mnr.engine.internal.evaluation.Applied;
import org.mnr.engine.internal.evaluation.Composition;
import org.mnr.engine.internal.evaluation.Verdicts;
import org.mnr.engine.evidence.CheckedEvidence;
import org.mnr.engine.evidence.Confidence;
import org.mnr.engine.evidence.EvidenceItem;
import org.mnr.engine.evidence.Problem;
import org.mnr.engine.model.Capability;
import org.mnr.engine.model.Condition;
import org.mnr.engine.model.Criterion;
import org.mnr.engine.model.Domain;
import org.mnr.engine.model.EvidenceKey;
import org.mnr.engine.model.Framework;
import org.mnr.engine.result.Assessment;
import org.mnr.engine.result.CapabilityCitation;
import org.mnr.engine.result.CapabilityResult;
import org.mnr.engine.result.CitedEvidence;
import org.mnr.engine.result.CountryRef;
import org.mnr.engine.result.CriterionResult;
import org.mnr.engine.result.DomainResult;
import org.mnr.engine.result.EngineVersion;
import org.mnr.engine.result.NextStep;
import org.mnr.engine.result.Overall;
import org.mnr.engine.result.PackVersion;
import org.mnr.engine.internal.scoring.CapabilityScore;
import org.mnr.engine.internal.scoring.Scored;
import org.mnr.engine.internal.scoring.Scoring;
import org.mnr.engine.result.Status;
import org.mnr.engine.spi.Fact;

/** Turns what the rules decided into the result: statuses, explanations and scores. */
final class ResultAssembler {

    private final Framework framework;
    private final Map<String, EvidenceKey> vocabulary;

    ResultAssembler(Framework framework, Map<String, EvidenceKey> vocabulary) {
        this.framework = framework;
        this.vocabulary = vocabulary;
    }

    Assessment assemble(CheckedEvidence checked, Composition composition, Verdicts verdicts, List<PackVersion> packs,
            Confidence minConfidence, Map<Integer, Confidence> confidences, List<String> warnings,
            List<Problem> warningProblems) {
        List<CapabilityResult> capabilities = new ArrayList<>();
        List<BigFraction> exactScores = new ArrayList<>();
        Map<Integer, BigFraction> exactByCapability = new HashMap<>();
        List<BigFraction> exactMaxScores = new ArrayList<>();
        Map<Integer, BigFraction> exactMaxByCapability = new HashMap<>();
        List<Scored> everything = new ArrayList<>();
        for (Capability capability : framework.capabilities()) {
            List<CriterionResult> criteria = new ArrayList<>();
            List<Scored> scored = new ArrayList<>();
            composition.criteria().stream()
                    .filter(a -> a.criterion().capability() == capability.id())
                    .sorted(Comparator.comparing(Applied::id))
                    .forEach(applied -> {
                        CriterionResult result = criterion(applied, checked, verdicts);
                        criteria.add(result);
                        scored.add(new Scored(result.id(), result.level(), result.weight(), result.status()));
                    });
            CapabilityScore score = Scoring.capability(scored);
            everything.addAll(scored);
            exactScores.add(score.exactScore());
            exactByCapability.put(capability.id(), score.exactScore());
            exactMaxScores.add(score.exactScoreMax());
            exactMaxByCapability.put(capability.id(), score.exactScoreMax());
            NextStep next = score.nextLevel() == null ? null
                    : new NextStep(score.nextLevel(), framework.levelName(score.nextLevel()), score.blocking());
            Confidence confidence = score.level() == 0 ? null : confidences.get(capability.id());
            capabilities.add(new CapabilityResult(capability.id(), capability.name(), capability.domain(), score.level(),
                    framework.levelName(score.level()), score.levelMax(), framework.levelName(score.levelMax()), score.score(),
                    score.scoreMax(), score.coverage(), confidence, next, criteria));
        }
        List<DomainResult> domains = new ArrayList<>();
        for (Domain domain : framework.domains()) {
            int level = capabilities.stream().filter(c -> c.domain().equals(domain.id()))
                    .mapToInt(CapabilityResult::level).min().orElse(0);
            int levelMax = capabilities.stream().filter(c -> c.domain().equals(domain.id()))
                    .mapToInt(CapabilityResult::levelMax).min().orElse(0);
            double score = Scoring.mean(domain.capabilities().stream().map(exactByCapability::get).toList());
            double scoreMax = Scoring.mean(domain.capabilities().stream().map(exactMaxByCapability::get).toList());
            domains.add(new DomainResult(domain.id(), domain.name(), score, scoreMax, level, framework.levelName(level), levelMax,
                    framework.levelName(levelMax)));
        }
        Overall overall = new Overall(Scoring.mean(exactScores), Scoring.mean(exactMaxScores), Scoring.coverage(everything));
        var country = checked.evidence().country();
        return new Assessment(Assessment.FORMAT_VERSION, new CountryRef(country.code(), country.name(), country.memberships()),
                checked.evidence().assessedOn(), new EngineVersion(EngineInfo.NAME, EngineInfo.version()), packs, minConfidence, overall,
                domains, capabilities, warnings, checked.evidence().assessment().orElse(null), warningProblems);
    }

    private CriterionResult criterion(Applied applied, CheckedEvidence checked, Verdicts verdicts) {
        Criterion criterion = applied.criterion();
        Status status;
        List<CitedEvidence> evidence = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<Integer> missingLevels = new ArrayList<>();
        if (applied.waived()) {
            status = Status.WAIVED;
        } else if (verdicts.met().containsKey(criterion.id())) {
            status = Status.MET;
            Set<String> keys = new TreeSet<>();
            for (Fact fact : verdicts.cited(criterion.id())) {
                keys.add(fact.getKey());
            }
            keys.forEach(key -> evidence.add(cite(key, checked)));
        } else {
            status = verdicts.unknown().contains(criterion.id()) ? Status.UNKNOWN : Status.UNMET;
            for (String key : criterion.reads()) {
                if (checked.facts().containsKey(key)) {
                    evidence.add(cite(key, checked));
                } else if (status == Status.UNKNOWN) {
                    missing.add(key);
                }
            }
            if (status == Status.UNKNOWN && criterion.when() != null) {
                missingLevels.addAll(openLevels(criterion.when(), verdicts));
            }
        }
        List<CapabilityCitation> levels = criterion.dependsOn().stream()
                .filter(verdicts.levels()::containsKey)
                .map(c -> new CapabilityCitation(c, verdicts.levels().get(c)))
                .toList();
        return new CriterionResult(criterion.id(), criterion.level(), criterion.weight(), status, criterion.title(),
                evidence, applied.waived() ? List.of() : levels, missing, missingLevels, criterion.rule().name(),
                criterion.rule().pack(), applied.addedBy(), applied.replacedBy(), applied.replacedTitle(),
                applied.waivedBy(), applied.reason(), applied.exemptFor());
    }

    /** The capabilities the condition reads whose open range holds the level it requires: level < l <= levelMax, ascending. */
    private static Set<Integer> openLevels(Condition when, Verdicts verdicts) {
        Set<Integer> open = new TreeSet<>();
        for (Condition leaf : when.leaves()) {
            if (leaf instanceof Condition.LevelAtLeast needed) {
                int level = verdicts.levels().getOrDefault(needed.capability(), 0);
                int levelMax = verdicts.levelMaxes().getOrDefault(needed.capability(), 0);
                if (level < needed.level() && needed.level() <= levelMax) {
                    open.add(needed.capability());
                }
            }
        }
        return open;
    }

    private CitedEvidence cite(String key, CheckedEvidence checked) {
        Fact fact = checked.facts().get(key);
        EvidenceItem item = checked.items().get(key);
        return new CitedEvidence(key, valueOf(fact), item.source(), item.note(), item.confidence());
    }

    private Object valueOf(Fact fact) {
        if (fact.getFlag() != null) {
            return fact.getFlag();
        }
        if (fact.getNumber() != null) {
            return fact.getNumber();
        }
        if (fact.getText() != null) {
            return fact.getText();
        }
        if (fact.getDate() != null) {
            return fact.getDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
        }
        List<String> order = vocabulary.get(fact.getKey()).values();
        return fact.getMembers().stream().sorted(Comparator.comparingInt(order::indexOf)).toList();
    }
}
