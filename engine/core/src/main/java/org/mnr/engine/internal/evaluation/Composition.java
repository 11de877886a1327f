package org.mnr.engine.internal.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.mnr.engine.model.Criterion;
import org.mnr.engine.pack.PackException;
import org.mnr.engine.pack.Waiver;
import org.mnr.engine.pack.PackRules;

/**
 * The criteria in force for one combination of variants: the base criteria, as the applicable
 * variants add to, replace and waive them, each saying where it came from.
 *
 * @param variants the ids of the applicable variants, sorted
 * @param criteria the criteria in force, waived ones included, by id
 * @param rules the rules allowed to fire, as {@code package/name}
 */
public record Composition(List<String> variants, List<Applied> criteria, Set<String> rules) {

    /** Copies the fields. */
    public Composition {
        variants = List.copyOf(variants);
        criteria = List.copyOf(criteria);
        rules = Set.copyOf(rules);
    }

    /** Composes the base pack with the given variants, which must all be in the rule base. */
    public static Composition of(RuleBase ruleBase, Collection<String> variantIds) {
        List<String> ids = variantIds.stream().distinct().sorted().toList();
        Map<String, Applied> byId = new TreeMap<>();
        ruleBase.base().criteria().forEach(c -> byId.put(c.id(), new Applied(c, null, null, null, null, null)));
        Map<String, String> changedBy = new HashMap<>();
        for (String id : ids) {
            PackRules variant = ruleBase.pack(id)
                    .filter(p -> p.pack().descriptor().isVariant())
                    .orElseThrow(() -> new IllegalArgumentException("no variant pack '" + id + "' is loaded"));
            String prefix = variant.pack().descriptor().addedIdPrefix();
            for (Criterion criterion : variant.criteria()) {
                if (criterion.id().startsWith(prefix)) {
                    byId.put(criterion.id(), new Applied(criterion, id, null, null, null, null));
                } else {
                    claim(changedBy, criterion.id(), id);
                    Applied base = byId.get(criterion.id());
                    byId.put(criterion.id(), new Applied(criterion, null, id, base.criterion().title(), null, null));
                }
            }
            for (Waiver waiver : variant.pack().waivers()) {
                claim(changedBy, waiver.id(), id);
                Applied base = byId.get(waiver.id());
                byId.put(waiver.id(), new Applied(base.criterion(), null, null, null, id, waiver.reason(), waiver.source(), null));
            }
        }
        List<Applied> criteria = new ArrayList<>(byId.values());
        Set<String> rules = new HashSet<>();
        for (Applied applied : criteria) {
            if (!applied.waived()) {
                rules.add(applied.criterion().rule().drlPackage() + "/" + applied.criterion().rule().name());
            }
        }
        return new Composition(ids, criteria, rules);
    }

    /**
     * The criteria in force for one country: those its own packs exempt for the country become waived, by the pack that
     * defines the criterion in force, with the exemption's reason. A criterion a variant already waives stays as the
     * variant waived it. This composition itself when no criterion exempts the country.
     */
    public Composition forCountry(String country) {
        if (country == null || criteria.stream().noneMatch(a -> !a.waived() && a.criterion().exemptionFor(country).isPresent())) {
            return this;
        }
        List<Applied> applied = new ArrayList<>();
        Set<String> allowed = new HashSet<>(rules);
        for (Applied a : criteria) {
            var exemption = a.waived() ? java.util.Optional.<org.mnr.engine.model.Exemption>empty() : a.criterion().exemptionFor(country);
            if (exemption.isPresent()) {
                applied.add(a.exempt(country, exemption.get().reason()));
                allowed.remove(a.criterion().rule().drlPackage() + "/" + a.criterion().rule().name());
            } else {
                applied.add(a);
            }
        }
        return new Composition(variants, applied, allowed);
    }

    /** The ids of the criteria exempt here for a country, sorted; empty for a composition of variants alone. */
    public List<String> exempted() {
        return criteria.stream().filter(a -> a.exemptFor() != null).map(Applied::id).toList();
    }

    private static void claim(Map<String, String> changedBy, String criterion, String variant) {
        String other = changedBy.putIfAbsent(criterion, variant);
        if (other != null) {
            throw new PackException("variants " + other + " and " + variant + " both replace or waive criterion " + criterion
                    + "; they cannot apply together");
        }
    }
}
