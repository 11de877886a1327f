package org.mnr.engine.internal.criteria;

import static org.drools.model.DSL.accFunction;
import static org.drools.model.DSL.accumulate;
import static org.drools.model.DSL.declarationOf;
import static org.drools.model.DSL.globalOf;
import static org.drools.model.DSL.not;
import static org.drools.model.DSL.on;
import static org.drools.model.DSL.or;
import static org.drools.model.PatternDSL.pattern;
import static org.drools.model.PatternDSL.rule;

import java.util.ArrayList;
import java.util.List;
import org.drools.core.base.accumulators.CollectListAccumulateFunction;
import org.drools.model.Declaration;
import org.drools.model.Global;
import org.drools.model.Model;
import org.drools.model.PatternDSL;
import org.drools.model.Rule;
import org.drools.model.RuleItemBuilder;
import org.drools.model.impl.ModelImpl;
import org.drools.model.view.ViewItemBuilder;
import org.kie.api.runtime.rule.RuleContext;
import org.mnr.engine.criteria.CriterionDefinition;
import org.mnr.engine.model.Condition;
import org.mnr.engine.spi.CapabilityLevel;
import org.mnr.engine.spi.CapabilityLevelMax;
import org.mnr.engine.spi.Fact;
import org.mnr.engine.spi.Outcomes;

/**
 * Compiles criteria into Drools rules with the executable model API, when a pack is loaded: no code is
 * generated and no DRL compiler runs.
 *
 * <p>Each criterion becomes one rule named by its id, in the pack's own package. A leaf becomes a
 * pattern: {@code Fact} with a key test and a value test, or {@code CapabilityLevel}; {@code anyOf}
 * becomes an {@code or} of its leaves; {@code countAtLeast} accumulates the facts that make any leaf true
 * and counts the leaves they make true. Every rule records its criterion as met through the global
 * {@code outcomes}, citing the facts it matched, as hand-written rules do. Constraint ids are the leaves'
 * own text, so identical tests in different criteria share one node of the network.
 *
 * <p>Each criterion also gets an "at best" rule, named {@link #atBestName(String)}, from the same condition: it
 * records through {@link Outcomes#possible(String)} that evidence still missing could make the criterion met
 * (docs/model.md, "Criteria and their status"), so Drools decides both passes.
 */
public final class CriteriaRules {

    /** The name of the global every pack's rules record outcomes in. */
    public static final String OUTCOMES = "outcomes";

    /** What ends the name of a criterion's "at best" rule, after the criterion's id. */
    public static final String AT_BEST = " (at best)";

    private CriteriaRules() {
    }

    /** The rules of the criteria, in the given package. */
    public static Model compile(String packageName, List<CriterionDefinition> criteria) {
        Global<Outcomes> outcomes = globalOf(Outcomes.class, packageName, OUTCOMES);
        ModelImpl model = new ModelImpl();
        model.addGlobal(outcomes);
        for (CriterionDefinition criterion : criteria) {
            model.addRule(criterionRule(packageName, criterion.id(), criterion.when(), outcomes));
            model.addRule(atBestRule(packageName, criterion.id(), criterion.when(), outcomes));
        }
        return model;
    }

    private static Rule criterionRule(String packageName, String id, Condition when, Global<Outcomes> outcomes) {
        List<RuleItemBuilder<?>> items = new ArrayList<>();
        if (when instanceof Condition.AnyOf anyOf) {
            List<ViewItemBuilder<?>> leaves = anyOf.of().stream().<ViewItemBuilder<?>>map(CriteriaRules::leaf).toList();
            items.add(leaves.size() == 1 ? leaves.get(0) : or(leaves.get(0), leaves.subList(1, leaves.size()).toArray(new ViewItemBuilder<?>[0])));
            items.add(on(outcomes).execute((drools, out) -> out.met((RuleContext) drools)));
        } else if (when instanceof Condition.CountAtLeast count) {
            List<Condition> leaves = count.of();
            int needed = count.count();
            String constraint = "mnr:" + count;
            Declaration<Object> object = declarationOf(Object.class);
            @SuppressWarnings({"rawtypes", "unchecked"})
            Declaration<List<Object>> cited = (Declaration) declarationOf(List.class);
            items.add(accumulate(pattern(object).expr(constraint + ":any", o -> LeafTest.any(leaves, o)),
                    accFunction(CollectListAccumulateFunction::new, object).as(cited)));
            items.add(pattern(cited).expr(constraint + ":count", list -> LeafTest.count(leaves, list) >= needed));
            items.add(on(outcomes, cited).execute((drools, out, list) -> out.met((RuleContext) drools, list)));
        } else {
            items.add(leaf(when));
            items.add(on(outcomes).execute((drools, out) -> out.met((RuleContext) drools)));
        }
        return rule(packageName, id).build(items.toArray(new RuleItemBuilder<?>[0]));
    }

    /** The name of a criterion's "at best" rule. */
    public static String atBestName(String criterion) {
        return criterion + AT_BEST;
    }

    /** The criterion whose "at best" rule this is, or null for any other rule. */
    public static String criterionOfAtBest(String rule) {
        return rule.endsWith(AT_BEST) ? rule.substring(0, rule.length() - AT_BEST.length()) : null;
    }

    /**
     * The rule that records a criterion's condition as true at best (docs/model.md): a key leaf is true also when
     * no fact has its key, a capability leaf reads the capability's {@link CapabilityLevelMax}. Facts are all in the
     * session before the first firing and upper levels are only ever added, so what it records stays true.
     */
    private static Rule atBestRule(String packageName, String id, Condition when, Global<Outcomes> outcomes) {
        String criterionRule = packageName + "/" + id;
        List<RuleItemBuilder<?>> items = new ArrayList<>();
        if (when instanceof Condition.CountAtLeast count) {
            List<Condition> leaves = count.of();
            int needed = count.count();
            String constraint = "mnr:atBest:" + count;
            Declaration<Object> object = declarationOf(Object.class);
            @SuppressWarnings({"rawtypes", "unchecked"})
            Declaration<List<Object>> bearing = (Declaration) declarationOf(List.class);
            items.add(accumulate(pattern(object).expr(constraint + ":bears", o -> LeafTest.bearsAtBest(leaves, o)),
                    accFunction(CollectListAccumulateFunction::new, object).as(bearing)));
            items.add(pattern(bearing).expr(constraint + ":count", list -> LeafTest.countAtBest(leaves, list) >= needed));
        } else {
            List<ViewItemBuilder<?>> branches = new ArrayList<>();
            for (Condition leaf : when.leaves()) {
                branches.addAll(atBestBranches(leaf));
            }
            items.add(branches.size() == 1 ? branches.get(0)
                    : or(branches.get(0), branches.subList(1, branches.size()).toArray(new ViewItemBuilder<?>[0])));
        }
        items.add(on(outcomes).execute((drools, out) -> out.possible(criterionRule)));
        return rule(packageName, atBestName(id)).build(items.toArray(new RuleItemBuilder<?>[0]));
    }

    /** The ways a leaf is true at best: as known, or with no fact of its key; a capability's upper level reaching it. */
    private static List<ViewItemBuilder<?>> atBestBranches(Condition leaf) {
        if (leaf instanceof Condition.LevelAtLeast level) {
            Declaration<CapabilityLevelMax> reached = declarationOf(CapabilityLevelMax.class);
            int capability = level.capability();
            int least = level.level();
            return List.of(pattern(reached).expr("mnr:atBest:" + leaf, c -> c.getCapability() == capability && c.getLevel() >= least));
        }
        String key = ((Condition.KeyCondition) leaf).key();
        Declaration<Fact> absent = declarationOf(Fact.class);
        return List.of(leaf(leaf), not(pattern(absent).expr("mnr:key==" + key, f -> key.equals(f.getKey()))));
    }

    private static PatternDSL.PatternDef<?> leaf(Condition leaf) {
        if (leaf instanceof Condition.LevelAtLeast level) {
            Declaration<CapabilityLevel> reached = declarationOf(CapabilityLevel.class);
            int capability = level.capability();
            int least = level.level();
            return pattern(reached).expr("mnr:" + leaf, c -> c.getCapability() == capability && c.getLevel() >= least);
        }
        String key = ((Condition.KeyCondition) leaf).key();
        Declaration<Fact> fact = declarationOf(Fact.class);
        return pattern(fact).expr("mnr:key==" + key, f -> key.equals(f.getKey())).expr("mnr:" + leaf, f -> LeafTest.value(leaf, f));
    }
}
