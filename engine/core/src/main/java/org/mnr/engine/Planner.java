package org.mnr.engine;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mnr.engine.evidence.Confidence;
import org.mnr.engine.evidence.Evidence;
import org.mnr.engine.evidence.EvidenceItem;
import org.mnr.engine.evidence.Place;
import org.mnr.engine.internal.evaluation.Applied;
import org.mnr.engine.internal.planning.ConditionNeeds;
import org.mnr.engine.model.Condition;
import org.mnr.engine.planning.Need;
import org.mnr.engine.planning.Plan;
import org.mnr.engine.result.Assessment;
import org.mnr.engine.result.CapabilityResult;
import org.mnr.engine.result.CriterionResult;
import org.mnr.engine.result.Status;

/**
 * Plans a country's next steps by trying evidence changes on the engine.
 *
 * <p>The changes tried are the values that each blocking criterion's condition compares with (a threshold, an
 * allowed value, the members it requires, a recent date). Each is applied alone and the country re-assessed
 * with the same engine, so every figure in an action is one the engine itself produced. Thread-safe.
 */
@API(status = EXPERIMENTAL, since = "1.0")
public final class Planner {

    private final MaturityEngine engine;

    /** A planner over an engine. */
    public Planner(MaturityEngine engine) {
        this.engine = engine;
    }

    /**
     * Plans for a country.
     *
     * @param evidence the country's evidence
     * @param variants the variants to assess with
     * @param target the level to plan for, 1 to 4
     * @param capabilities the capabilities to plan for; empty for all
     * @param top how many actions to keep at most
     */
    public Plan plan(Evidence evidence, Variants variants, int target, Set<Integer> capabilities, int top) {
        if (target < 1 || target > 4) {
            throw new IllegalArgumentException("the target level is 1 to 4, not " + target);
        }
        Assessment now = engine.assess(evidence, variants);
        Map<String, Condition> conditions = new HashMap<>();
        for (Applied applied : engine.composition(engine.applicableVariants(evidence, variants)).criteria()) {
            if (applied.criterion().when() != null) {
                conditions.put(applied.id(), applied.criterion().when());
            }
        }
        Map<String, Object> current = new HashMap<>();
        evidence.items().forEach(i -> current.put(i.key(), i.value()));
        List<Plan.Gap> gaps = new ArrayList<>();
        Map<String, Need> candidates = new LinkedHashMap<>();
        for (CapabilityResult capability : now.capabilities()) {
            if (capability.level() >= target || !capabilities.isEmpty() && !capabilities.contains(capability.id())) {
                continue;
            }
            List<Plan.Blocker> blockers = new ArrayList<>();
            for (String id : capability.next().blocking()) {
                CriterionResult criterion = now.criterion(id).orElseThrow();
                Condition when = conditions.get(id);
                boolean findOut = criterion.status() == Status.UNKNOWN;
                List<Need> criterionNeeds = ConditionNeeds.needs(when, evidence.assessedOn(), current);
                List<Need> shown = findOut ? missingNeeds(criterion, criterionNeeds) : criterionNeeds;
                List<String> levels = ConditionNeeds.levelNeeds(when).stream()
                        .filter(l -> !findOut || criterion.missingLevels().contains(l.capability()))
                        .map(l -> levelNeed(now, l))
                        .toList();
                blockers.add(new Plan.Blocker(id, criterion.title(), criterion.status().id(),
                        findOut ? Plan.Blocker.FIND_OUT : Plan.Blocker.CHANGE, shown, levels));
                for (Need need : criterionNeeds) {
                    if (need.value() != null && !need.value().equals(current.get(need.key()))) {
                        candidates.putIfAbsent(need.key() + "=" + need.value(), need);
                    }
                }
            }
            blockers.sort(blockerRank(now));
            gaps.add(new Plan.Gap(capability.id(), capability.name(), capability.level(), capability.next().level(), blockers));
        }
        Set<String> metNow = metCriteria(now);
        List<Plan.Action> actions = new ArrayList<>();
        for (Need candidate : candidates.values()) {
            Assessment after = engine.assess(with(evidence, candidate, engine.minConfidence()), variants);
            List<Plan.LevelChange> raised = new ArrayList<>();
            for (CapabilityResult capability : now.capabilities()) {
                int to = after.capability(capability.id()).orElseThrow().level();
                if (to > capability.level()) {
                    raised.add(new Plan.LevelChange(capability.id(), capability.level(), to));
                }
            }
            double gain = BigDecimal.valueOf(after.overall().score()).subtract(BigDecimal.valueOf(now.overall().score()))
                    .setScale(1, RoundingMode.HALF_UP).doubleValue();
            if (raised.isEmpty() && gain <= 0) {
                continue;
            }
            List<String> meets = metCriteria(after).stream().filter(id -> !metNow.contains(id)).sorted().toList();
            actions.add(new Plan.Action(candidate.key(), candidate.value(), current.get(candidate.key()), meets, raised,
                    after.overall().score(), gain));
        }
        actions.sort(Comparator.comparingInt((Plan.Action a) -> -a.levels().stream().mapToInt(l -> l.to() - l.from()).sum())
                .thenComparing(Comparator.comparingDouble(Plan.Action::overallGain).reversed())
                .thenComparing(Plan.Action::key)
                .thenComparing(a -> String.valueOf(a.value())));
        return new Plan(now.country().code(), now.assessedOn(), target, now.overall().score(), gaps,
                actions.subList(0, Math.min(top, actions.size())));
    }

    /**
     * Blockers ranked: what to find out before what to change (evidence still missing may settle a level without any
     * change), then the lower level first, since a level needs every level below it, then by id.
     */
    private static Comparator<Plan.Blocker> blockerRank(Assessment now) {
        return Comparator.comparingInt((Plan.Blocker b) -> Plan.Blocker.FIND_OUT.equals(b.kind()) ? 0 : 1)
                .thenComparingInt(b -> now.criterion(b.criterion()).map(CriterionResult::level).orElse(0))
                .thenComparing(Plan.Blocker::criterion);
    }

    /** What an unknown criterion needs found out: each missing key, with its requirement where the condition gives one. */
    private static List<Need> missingNeeds(CriterionResult criterion, List<Need> needs) {
        List<Need> missing = new ArrayList<>();
        for (String key : criterion.missing()) {
            missing.add(needs.stream().filter(n -> n.key().equals(key)).findFirst()
                    .orElseGet(() -> ConditionNeeds.notGiven(key)));
        }
        return missing;
    }

    private static String levelNeed(Assessment now, ConditionNeeds.LevelNeed need) {
        CapabilityResult other = now.capability(need.capability()).orElseThrow();
        String range = other.provisional() ? "now " + other.level() + ", up to " + other.levelMax() + " once its unknowns are settled"
                : "now " + other.level();
        return "capability " + need.capability() + " at level " + need.level() + " or above (" + range + ")";
    }

    private static Set<String> metCriteria(Assessment assessment) {
        Set<String> met = new HashSet<>();
        assessment.capabilities().forEach(c -> c.criteria().stream()
                .filter(criterion -> criterion.status() == Status.MET)
                .forEach(criterion -> met.add(criterion.id())));
        return met;
    }

    /**
     * The evidence with one change made, given at the engine's minimum confidence: a proposed change is weighed as if
     * it were in place and documented well enough to count, or a plan at a higher minimum could never propose one.
     */
    private static Evidence with(Evidence evidence, Need change, Confidence confidence) {
        List<EvidenceItem> items = new ArrayList<>();
        boolean replaced = false;
        for (EvidenceItem item : evidence.items()) {
            if (item.key().equals(change.key())) {
                items.add(new EvidenceItem(item.key(), change.value(), "proposed by mnr plan", null, confidence, item.place()));
                replaced = true;
            } else {
                items.add(item);
            }
        }
        if (!replaced) {
            items.add(new EvidenceItem(change.key(), change.value(), "proposed by mnr plan", null, confidence,
                    Place.at("/evidence/" + items.size() + "/value")));
        }
        return evidence.withItems(items);
    }
}
