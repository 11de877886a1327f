package org.mnr.engine;

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
import org.mnr.engine.evidence.Evidence;
import org.mnr.engine.evidence.EvidenceItem;
import org.mnr.engine.evidence.Place;
import org.mnr.engine.planning.Need;
import org.mnr.engine.planning.Plan;
import org.mnr.engine.internal.planning.RuleNeeds;
import org.mnr.engine.result.Assessment;
import org.mnr.engine.result.CapabilityResult;
import org.mnr.engine.result.CriterionResult;
import org.mnr.engine.result.Status;

/**
 * Plans a country's next steps by trying evidence changes on the engine.
 *
 * <p>The changes tried are the values that each blocking criterion's rule compares with (a threshold, an
 * allowed value, the members it requires, a recent date). Each is applied alone and the country re-assessed
 * with the same engine, so every figure in an action is one the engine itself produced. Thread-safe.
 */
public final class Planner {

    private final MaturityEngine engine;
    private final RuleNeeds needs;

    /** A planner over an engine; reads its packs' rule texts once. */
    public Planner(MaturityEngine engine) {
        this.engine = engine;
        this.needs = RuleNeeds.of(engine.packs());
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
                List<Need> criterionNeeds = needs.needs(criterion.pack(), criterion.rule(), evidence.assessedOn(), current);
                List<String> levels = needs.levelNeeds(criterion.pack(), criterion.rule()).stream()
                        .map(l -> "capability " + l.capability() + " at level " + l.level() + " or above (now "
                                + now.capability(l.capability()).map(CapabilityResult::level).orElse(0) + ")")
                        .toList();
                blockers.add(new Plan.Blocker(id, criterion.title(), criterion.status().id(), criterionNeeds, levels));
                for (Need need : criterionNeeds) {
                    if (need.value() != null && !need.value().equals(current.get(need.key()))) {
                        candidates.putIfAbsent(need.key() + "=" + need.value(), need);
                    }
                }
            }
            gaps.add(new Plan.Gap(capability.id(), capability.name(), capability.level(), capability.next().level(), blockers));
        }
        Set<String> metNow = metCriteria(now);
        List<Plan.Action> actions = new ArrayList<>();
        for (Need candidate : candidates.values()) {
            Assessment after = engine.assess(with(evidence, candidate), variants);
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

    private static Set<String> metCriteria(Assessment assessment) {
        Set<String> met = new HashSet<>();
        assessment.capabilities().forEach(c -> c.criteria().stream()
                .filter(criterion -> criterion.status() == Status.MET)
                .forEach(criterion -> met.add(criterion.id())));
        return met;
    }

    private static Evidence with(Evidence evidence, Need change) {
        List<EvidenceItem> items = new ArrayList<>();
        boolean replaced = false;
        for (EvidenceItem item : evidence.items()) {
            if (item.key().equals(change.key())) {
                items.add(new EvidenceItem(item.key(), change.value(), "proposed by mnr plan", null, item.place()));
                replaced = true;
            } else {
                items.add(item);
            }
        }
        if (!replaced) {
            items.add(new EvidenceItem(change.key(), change.value(), "proposed by mnr plan", null,
                    Place.at("/evidence/" + items.size() + "/value")));
        }
        return new Evidence(evidence.country(), evidence.assessedOn(), items, evidence.origin());
    }
}
