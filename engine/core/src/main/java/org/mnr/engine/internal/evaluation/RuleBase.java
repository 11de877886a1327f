package org.mnr.engine.internal.evaluation;

import java.util.List;
import org.mnr.engine.pack.BrokenPack;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kie.api.KieBase;
import org.mnr.engine.model.Framework;
import org.mnr.engine.pack.PackRules;

/**
 * The compiled rules of a set of packs: one Drools {@link KieBase}, safe to share between threads,
 * and the criteria each pack's rules define.
 *
 * @param kieBase the compiled rules of every pack
 * @param framework the levels, domains and capabilities of the base pack
 * @param packs the packs, base first, then variants by id
 * @param broken the variants set aside once the base's hand-written rules were known: a base criterion they replace or
 *        waive is gone; their rules are compiled but never allowed to fire
 */
public record RuleBase(KieBase kieBase, Framework framework, List<PackRules> packs, List<BrokenPack> broken) {

    /** Validates and copies the fields. */
    public RuleBase {
        Objects.requireNonNull(kieBase, "kieBase");
        Objects.requireNonNull(framework, "framework");
        packs = List.copyOf(packs);
        broken = broken == null ? List.of() : List.copyOf(broken);
    }

    /** A rule base with no variant set aside. */
    public RuleBase(KieBase kieBase, Framework framework, List<PackRules> packs) {
        this(kieBase, framework, packs, List.of());
    }

    /** The base pack's rules. */
    public PackRules base() {
        return packs.get(0);
    }

    /** The variant packs' rules, by id. */
    public List<PackRules> variants() {
        return packs.subList(1, packs.size());
    }

    /** Finds a pack by id. */
    public Optional<PackRules> pack(String id) {
        return packs.stream().filter(p -> p.pack().id().equals(id)).findFirst();
    }

    /** The packs by id. */
    public Map<String, PackRules> byId() {
        return packs.stream().collect(Collectors.toMap(p -> p.pack().id(), Function.identity()));
    }
}
