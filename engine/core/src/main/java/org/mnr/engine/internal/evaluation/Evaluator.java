package org.mnr.engine.internal.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.ConsequenceException;
import org.mnr.engine.model.Criterion;
import org.mnr.engine.internal.scoring.Scored;
import org.mnr.engine.internal.scoring.Scoring;
import org.mnr.engine.result.Status;
import org.mnr.engine.spi.CapabilityLevel;
import org.mnr.engine.spi.CapabilityLevelMax;
import org.mnr.engine.internal.criteria.CriteriaRules;
import org.mnr.engine.spi.Fact;
import org.mnr.engine.spi.Outcomes;
import org.mnr.engine.error.RuleFailureException;
import org.mnr.engine.pack.PackRules;

/**
 * Runs the rules for one country in one Drools session.
 *
 * <p>Every criterion is decided twice (docs/model.md, "Criteria and their status"): as known, by its rule, and at
 * best, by the "at best" rule compiled from the same condition, or for a hand-written rule by the v1 reading (not
 * met and a key it reads has no fact). Capabilities are decided in waves: first every capability whose criteria
 * read no other capability's level, then those that read only levels already known, and so on. After each wave the
 * engine inserts the new {@link CapabilityLevel} and {@link CapabilityLevelMax} facts and fires again, so a
 * cross-capability criterion is decided only once the levels it reads are final.
 *
 * <p>Packs are code, so their rules are watched: an assessment whose rules fire more than the bound in all
 * is stopped as looping, and a rule that throws is named; both as {@link RuleFailureException}.
 */
public final class Evaluator {

    /**
     * The default of the most rule firings one assessment may take before it is stopped as a runaway
     * rule; the base pack fires a few hundred times for a complete evidence file.
     */
    public static final int MAX_FIRINGS = 100_000;

    /** The firings allowed past the limit to see which rule keeps firing, and blame it. */
    private static final int PROBE_FIRINGS = 1000;

    private static final Pattern RULE_IN_MESSAGE = Pattern.compile("Rule \"(.+?)\"");

    private final RuleBase ruleBase;
    private final int maxFirings;
    private final Map<String, String> packOfRule = new HashMap<>();

    /** An evaluator over a rule base with the default bound on firings. */
    public Evaluator(RuleBase ruleBase) {
        this(ruleBase, MAX_FIRINGS);
    }

    /**
     * An evaluator over a rule base; thread-safe, since every call opens its own session.
     *
     * @param maxFirings the most rule firings one assessment may take
     */
    public Evaluator(RuleBase ruleBase, int maxFirings) {
        if (maxFirings < 1) {
            throw new IllegalArgumentException("the most rule firings must be at least 1, not " + maxFirings);
        }
        this.ruleBase = ruleBase;
        this.maxFirings = maxFirings;
        for (PackRules pack : ruleBase.packs()) {
            pack.criteria().forEach(c -> {
                packOfRule.put(c.rule().drlPackage() + "/" + c.rule().name(), c.rule().pack());
                packOfRule.put(c.rule().drlPackage() + "/" + CriteriaRules.atBestName(c.rule().name()), c.rule().pack());
            });
        }
    }

    /** The most rule firings one assessment may take. */
    public int maxFirings() {
        return maxFirings;
    }

    /**
     * Fires the composition's rules over the facts and returns what they decided.
     *
     * @param country the country's code, for the message of a rule failure
     * @param origin the evidence file, for the message of a rule failure
     * @throws RuleFailureException when a rule loops past the bound on firings, or throws
     */
    public Verdicts evaluate(Composition composition, Collection<Fact> facts, String country, String origin) {
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
        AgendaFilter filter = match -> allowed.contains(qualified(match.getRule()));
        Set<String> factKeys = new HashSet<>();
        facts.forEach(f -> factKeys.add(f.getKey()));

        KieSession session = ruleBase.kieBase().newKieSession();
        FiringCount count = new FiringCount();
        session.addEventListener(count);
        try {
            Outcomes outcomes = new Outcomes();
            session.setGlobal("outcomes", outcomes);
            guardedRun(() -> facts.forEach(session::insert), country, origin);
            Map<Integer, Integer> levels = new TreeMap<>();
            Map<Integer, Integer> levelMaxes = new TreeMap<>();
            Set<String> possible = new TreeSet<>();
            int firings = 0;
            while (levels.size() < byCapability.size()) {
                int left = maxFirings - firings;
                firings += guarded(() -> session.fireAllRules(filter, left), country, origin);
                if (firings >= maxFirings) {
                    // Counts so far can tie, or favour rules that ran before the loop began: the rule that goes on
                    // firing when given more room is the one that loops.
                    FiringCount probe = new FiringCount();
                    session.addEventListener(probe);
                    guarded(() -> session.fireAllRules(filter, PROBE_FIRINGS), country, origin);
                    String rule = probe.isEmpty() ? count.mostFired() : probe.mostFired();
                    throw RuleFailureException.loop(packOfRule.get(rule), name(rule), count.of(rule), maxFirings, country, origin);
                }
                Set<String> met = metCriteria(outcomes, criterionOfRule);
                Set<String> atBest = possibleCriteria(outcomes, criterionOfRule);
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
                    List<Scored> scored = new ArrayList<>();
                    for (Criterion c : byCapability.get(capability)) {
                        Status status = met.contains(c.id()) ? Status.MET
                                : possibleAtBest(c, atBest, factKeys) ? Status.UNKNOWN : Status.UNMET;
                        if (status == Status.UNKNOWN) {
                            possible.add(c.id());
                        }
                        scored.add(new Scored(c.id(), c.level(), c.weight(), status));
                    }
                    int level = Scoring.level(scored, s -> s.status() == Status.MET);
                    int levelMax = Scoring.level(scored, Scoring::metAtBest);
                    levels.put(capability, level);
                    levelMaxes.put(capability, levelMax);
                    guardedRun(() -> {
                        session.insert(new CapabilityLevel(capability, level));
                        session.insert(new CapabilityLevelMax(capability, levelMax));
                    }, country, origin);
                }
            }
            return new Verdicts(cited(outcomes, criterionOfRule), possible, levels, levelMaxes);
        } finally {
            session.dispose();
        }
    }

    /**
     * Runs a call into the rules, turning what a rule throws into a {@link RuleFailureException} that names
     * it: an action's exception carries its rule; a condition's names it only in its message.
     */
    private <T> T guarded(Supplier<T> call, String country, String origin) {
        try {
            return call.get();
        } catch (ConsequenceException e) {
            Rule rule = e.getMatch() == null ? null : e.getMatch().getRule();
            String id = rule == null ? null : rule.getPackageName() + "/" + rule.getName();
            throw RuleFailureException.error(id == null ? null : packOfRule.get(id), rule == null ? null : rule.getName(), country,
                    origin, e.getCause() == null ? e : e.getCause());
        } catch (RuntimeException e) {
            String rule = ruleNamed(e);
            String pack = rule == null ? null : packOfRule.entrySet().stream()
                    .filter(entry -> name(entry.getKey()).equals(rule)).map(Map.Entry::getValue).findFirst().orElse(null);
            throw RuleFailureException.error(pack, rule, country, origin, e);
        }
    }

    private void guardedRun(Runnable call, String country, String origin) {
        guarded(() -> {
            call.run();
            return null;
        }, country, origin);
    }

    private static String name(String qualifiedRule) {
        return qualifiedRule.substring(qualifiedRule.indexOf('/') + 1);
    }

    private static String ruleNamed(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Matcher matcher = RULE_IN_MESSAGE.matcher(String.valueOf(t.getMessage()));
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        return null;
    }

    /** Counts each rule's firings in one session, to name the rule that loops. */
    private static final class FiringCount extends DefaultAgendaEventListener {
        private final Map<String, Integer> fired = new HashMap<>();

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            Rule rule = event.getMatch().getRule();
            fired.merge(rule.getPackageName() + "/" + rule.getName(), 1, Integer::sum);
        }

        String mostFired() {
            return fired.entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .map(Map.Entry::getKey).orElse("?/?");
        }

        int of(String rule) {
            return fired.getOrDefault(rule, 0);
        }

        boolean isEmpty() {
            return fired.isEmpty();
        }
    }

    /**
     * Whether a criterion not met as known is true at best: its "at best" rule fired; for a hand-written rule, which
     * has none, whether a key it reads has no fact (the v1 reading, docs/model.md).
     */
    private static boolean possibleAtBest(Criterion criterion, Set<String> atBest, Set<String> factKeys) {
        if (criterion.custom()) {
            return criterion.reads().stream().anyMatch(k -> !factKeys.contains(k));
        }
        return atBest.contains(criterion.id());
    }

    /** A rule as {@code package/name}; an "at best" rule as its criterion's rule, so the two are allowed together. */
    private static String qualified(Rule rule) {
        String criterion = CriteriaRules.criterionOfAtBest(rule.getName());
        return rule.getPackageName() + "/" + (criterion == null ? rule.getName() : criterion);
    }

    private static Set<String> possibleCriteria(Outcomes outcomes, Map<String, String> criterionOfRule) {
        Set<String> possible = new LinkedHashSet<>();
        for (String rule : outcomes.possible()) {
            String criterion = criterionOfRule.get(rule);
            if (criterion != null) {
                possible.add(criterion);
            }
        }
        return possible;
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
