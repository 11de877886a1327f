package org.mnr.engine.spi;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Where rules record that their criterion is met; the global {@code outcomes} of every pack.
 *
 * <p>Every criterion rule ends with {@code outcomes.met(kcontext);}. The engine keeps one instance per
 * assessment, so it is never shared between threads.
 */
@API(status = STABLE, since = "1.0")
public final class Outcomes {

    private final Map<String, Set<Object>> met = new LinkedHashMap<>();
    private final Set<String> possible = new LinkedHashSet<>();

    /** Records that the firing rule's criterion is met, citing the facts its match holds. */
    public void met(RuleContext context) {
        Set<Object> facts = factsOf(context);
        for (Object object : context.getMatch().getObjects()) {
            collect(object, facts);
        }
    }

    /**
     * Records that the firing rule's criterion is met, citing the given facts; for rules whose match
     * does not hold the facts themselves, such as an {@code accumulate} with {@code collectList}.
     */
    public void met(RuleContext context, Collection<?> cited) {
        Set<Object> facts = factsOf(context);
        for (Object object : cited) {
            collect(object, facts);
        }
    }

    private Set<Object> factsOf(RuleContext context) {
        String rule = context.getRule().getPackageName() + "/" + context.getRule().getName();
        return met.computeIfAbsent(rule, r -> new LinkedHashSet<>());
    }

    private static void collect(Object object, Set<Object> facts) {
        if (object instanceof Fact || object instanceof CapabilityLevel) {
            facts.add(object);
        } else if (object instanceof Collection<?> collection) {
            for (Object element : collection) {
                collect(element, facts);
            }
        }
    }

    /**
     * Records that a criterion's condition is true at best: it would be met if every key it names that has no
     * evidence were given as it requires (docs/model.md). The engine's compiled "at best" rules call it.
     *
     * @param rule the criterion's own rule, as {@code package/name}
     */
    @API(status = STABLE, since = "1.1")
    public void possible(String rule) {
        possible.add(rule);
    }

    /** The criteria rules, as {@code package/name}, whose condition is true at best. */
    @API(status = STABLE, since = "1.1")
    public Set<String> possible() {
        return possible;
    }

    /** The rules that fired, as {@code package/name}, each with the facts it cited. */
    public Map<String, Set<Object>> met() {
        return met;
    }
}
