package org.mnr.engine.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.mnr.engine.model.Criterion;
import org.mnr.engine.scoring.Scored;
import org.mnr.engine.scoring.Scoring;
import org.mnr.engine.scoring.Status;
import org.mnr.engine.spi.CapabilityLevel;
import org.mnr.engine.spi.Fact;
import org.mnr.engine.spi.Outcomes;

/**
 * Runs the rules for one country in one Drools session.
 *
 * <p>Capabilities are decided in waves: first every capability whose criteria read no other
 * capability's level, then those that read only levels already known, and so on. After each wave the
 * engine inserts the new {@link CapabilityLevel} facts and fires again, so a cross-capability
 * criterion is decided only once the level it reads is final.
 */
public final class Evaluator {

    /** The most rule firings one assessment may take before it is stopped as a runaway rule. */
    public static final int MAX_FIRINGS = 100_000;

    private final RuleBase ruleBase;

    /** An evaluator over a rule base; thread-safe, since every call opens its own session. */
    public Evaluator(RuleBase ruleBase) {
        this.ruleBase = ruleBase;
    }

    /** Fires the composition's rules over the facts and returns what they decided. */
    public Verdicts evaluate(Composition composition, Collection<Fact> facts) {
        Map<Integer, List<Criterion>> byCapability = new TreeMap<>();
        ruleBase.framework().capabilities().forEach(c -> byCapability.put(c.id(), new ArrayList<>()));
        for (Applied applied : composition.criteria()) {
            if (!applied.waived()) {
                byCapability.computeIfAbsent(applied.criterion().capability(), c -> new ArrayList<>()).add(applied.criterion());
            }
        }
        Map<String, String> criterionOfRule = new HashMap<>();
        composition.criteria().stream().filter(a -> !a.waived()).forEach(a -> criterionOfRule.put(
                a.criterion().rule().drlPackage() + "/" + a.criterion().rule().name(), a.id()));
        Set<String> allowed = composition.rules();
        AgendaFilter filter = match -> allowed.contains(match.getRule().getPackageName() + "/" + match.getRule().getName());

        KieSession session = ruleBase.kieBase().newKieSession();
        try {
            Outcomes outcomes = new Outcomes();
            session.setGlobal("outcomes", outcomes);
            facts.forEach(session::insert);
            Map<Integer, Integer> levels = new TreeMap<>();
            int firings = 0;
            while (levels.size() < byCapability.size()) {
                firings += session.fireAllRules(filter, MAX_FIRINGS - firings);
                if (firings >= MAX_FIRINGS) {
                    throw new IllegalStateException("rules fired " + MAX_FIRINGS + " times; a rule is looping");
                }
                Set<String> met = metCriteria(outcomes, criterionOfRule);
                List<Integer> ready = new ArrayList<>();
                for (Map.Entry<Integer, List<Criterion>> entry : byCapability.entrySet()) {
                    if (!levels.containsKey(entry.getKey())
                            && entry.getValue().stream().allMatch(c -> levels.keySet().containsAll(c.dependsOn()))) {
                        ready.add(entry.getKey());
                    }
                }
                if (ready.isEmpty()) {
                    throw new IllegalStateException("cross-capability criteria form a cycle among capabilities "
                            + byCapability.keySet().stream().filter(c -> !levels.containsKey(c)).toList());
                }
                for (int capability : ready) {
                    List<Scored> scored = byCapability.get(capability).stream()
                            .map(c -> new Scored(c.id(), c.level(), c.weight(), met.contains(c.id()) ? Status.MET : Status.UNMET))
                            .toList();
                    int level = Scoring.level(scored, s -> s.status() == Status.MET);
                    levels.put(capability, level);
                    session.insert(new CapabilityLevel(capability, level));
                }
            }
            return new Verdicts(cited(outcomes, criterionOfRule), levels);
        } finally {
            session.dispose();
        }
    }

    private static Set<String> metCriteria(Outcomes outcomes, Map<String, String> criterionOfRule) {
        Set<String> met = new LinkedHashSet<>();
        for (String rule : outcomes.met().keySet()) {
            String criterion = criterionOfRule.get(rule);
            if (criterion != null) {
                met.add(criterion);
            }
        }
        return met;
    }

    private static Map<String, Set<Fact>> cited(Outcomes outcomes, Map<String, String> criterionOfRule) {
        Map<String, Set<Fact>> cited = new TreeMap<>();
        outcomes.met().forEach((rule, objects) -> {
            String criterion = criterionOfRule.get(rule);
            if (criterion != null) {
                Set<Fact> facts = cited.computeIfAbsent(criterion, c -> new LinkedHashSet<>());
                objects.stream().filter(Fact.class::isInstance).map(Fact.class::cast).forEach(facts::add);
            }
        });
        return cited;
    }
}
