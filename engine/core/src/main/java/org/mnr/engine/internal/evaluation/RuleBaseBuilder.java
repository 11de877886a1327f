package org.mnr.engine.internal.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.mnr.engine.criteria.CriteriaChecker;
import org.mnr.engine.criteria.CriterionDefinition;
import org.mnr.engine.internal.pack.PackReader;
import org.mnr.engine.model.Criterion;
import org.mnr.engine.model.EvidenceKey;
import org.mnr.engine.model.Framework;
import org.mnr.engine.model.RuleRef;
import org.mnr.engine.pack.Pack;
import org.mnr.engine.pack.PackDescriptor;
import org.mnr.engine.pack.BrokenPack;
import org.mnr.engine.pack.PackException;
import org.mnr.engine.pack.PackSet;
import org.mnr.engine.pack.PackProblem;
import org.mnr.engine.pack.PackRules;
import org.mnr.engine.pack.Waiver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds one {@link RuleBase} from a set of packs and checks that they fit together.
 *
 * <p>Every pack's rules go into one KieBase; which of them may fire for a country is decided per
 * assessment (see {@link Composition}), so one build serves every combination of variants.
 */
public final class RuleBaseBuilder {

    private static final Logger LOG = LoggerFactory.getLogger(RuleBaseBuilder.class);

    private RuleBaseBuilder() {
    }

    /** Compiles and checks the packs: exactly one base pack and any number of variants of it. */
    public static RuleBase build(PackSet packs) {
        List<Pack> ordered = packs.all();
        Pack base = packs.base();
        Framework framework = base.descriptor().framework();
        long start = System.nanoTime();
        Map<String, CompiledPack> compiled = new LinkedHashMap<>();
        Map<String, String> packageOwner = new HashMap<>();
        for (Pack pack : ordered) {
            CompiledPack compiledPack = CompiledPack.of(pack);
            for (String name : compiledPack.packageNames()) {
                String owner = packageOwner.putIfAbsent(name, pack.id());
                if (owner != null) {
                    throw new PackException("packs " + owner + " and " + pack.id() + " both put rules in DRL package "
                            + name + "; each pack needs a package of its own (" + pack.resources().origin() + ")");
                }
            }
            compiled.put(pack.id(), compiledPack);
        }
        KieBase kieBase = KieBases.of(compiled.values());
        List<PackRules> all = new ArrayList<>();
        for (Pack pack : ordered) {
            List<KiePackage> packages = compiled.get(pack.id()).packageNames().stream().map(kieBase::getKiePackage).toList();
            all.add(new PackRules(pack, criteria(pack, packages)));
        }
        List<BrokenPack> broken = new ArrayList<>();
        List<PackRules> rules = usable(all, broken);
        checkCriteria(framework, rules);
        check(framework, rules);
        LOG.debug("Built rule base of {} packs in {} ms", ordered.size(), (System.nanoTime() - start) / 1_000_000);
        return new RuleBase(kieBase, framework, rules, broken);
    }

    /**
     * The packs without the variants that replace or waive a base criterion the base does not define, once the base's
     * hand-written rules are known (a base of criteria files alone is checked before, by {@code PackSet}): such a variant is
     * set aside as broken, so only the countries it applies to fail (issue 16), not the engine.
     */
    private static List<PackRules> usable(List<PackRules> all, List<BrokenPack> broken) {
        PackRules base = all.get(0);
        if (base.pack().descriptor().rules().isEmpty()) {
            return all;
        }
        Set<String> baseIds = new HashSet<>();
        base.criteria().forEach(c -> baseIds.add(c.id()));
        List<PackRules> usable = new ArrayList<>();
        usable.add(base);
        for (PackRules variant : all.subList(1, all.size())) {
            String prefix = variant.pack().descriptor().addedIdPrefix();
            List<String> gone = new ArrayList<>();
            variant.criteria().stream().map(Criterion::id).filter(id -> !id.startsWith(prefix) && !baseIds.contains(id)).distinct()
                    .forEach(id -> gone.add("replaces " + id));
            variant.pack().waivers().stream().map(Waiver::id).filter(id -> !baseIds.contains(id)).distinct()
                    .forEach(id -> gone.add("waives " + id));
            if (gone.isEmpty()) {
                usable.add(variant);
            } else {
                String reason = PackSet.gone(base.pack(), variant.pack(), gone);
                LOG.warn("{}", reason);
                broken.add(new BrokenPack(variant.pack(), reason));
            }
        }
        return usable;
    }

    private static List<Criterion> criteria(Pack pack, Collection<KiePackage> packages) {
        List<String> problems = new ArrayList<>();
        Map<String, Criterion> criteria = new TreeMap<>();
        String dataPackage = CompiledPack.criteriaPackage(pack.id());
        for (CriterionDefinition definition : pack.criteria().criteria()) {
            criteria.putIfAbsent(definition.id(), new Criterion(definition.id(), definition.capability(), definition.level(),
                    definition.weight(), definition.title(), List.copyOf(definition.reads()), List.copyOf(definition.dependsOn()),
                    new RuleRef(pack.id(), dataPackage, definition.id()), definition.when(), definition.source(), definition.rationale(),
                    definition.exempt()));
        }
        for (KiePackage kiePackage : packages) {
            if (kiePackage.getName().equals(dataPackage)) {
                continue;
            }
            for (Rule rule : kiePackage.getRules()) {
                RuleRef ref = new RuleRef(pack.id(), rule.getPackageName(), rule.getName());
                CriterionMetadata.Result result = CriterionMetadata.read(ref, rule.getMetaData(), pack.descriptor().isVariant());
                if (result.criterion() == null) {
                    result.problems().forEach(p -> problems.add("pack " + pack.id() + ", rule " + rule.getName() + ": " + p));
                } else if (criteria.putIfAbsent(rule.getName(), result.criterion()) != null) {
                    problems.add("pack " + pack.id() + ": criterion " + rule.getName() + " is defined twice, by a criteria file and a rule"
                            + " or by two rules");
                }
            }
        }
        if (criteria.size() == pack.criteria().criteria().stream().map(CriterionDefinition::id).distinct().count()
                && !pack.descriptor().rules().isEmpty()) {
            problems.add("pack " + pack.id() + " (" + pack.resources().origin() + ") lists DRL files but no rule was loaded from them");
        }
        if (!problems.isEmpty()) {
            throw new PackException(String.join(System.lineSeparator(), problems));
        }
        return List.copyOf(criteria.values());
    }

    /**
     * Checks the criteria files against the vocabularies and the framework: a pack whose condition compares a key as the wrong
     * type, or can never be true, is refused before any country is assessed with it.
     */
    private static void checkCriteria(Framework framework, List<PackRules> packs) {
        Map<String, List<EvidenceKey>> vocabularies = new HashMap<>();
        packs.forEach(p -> vocabularies.put(p.pack().id(), p.pack().vocabulary()));
        Map<String, CriteriaChecker.Placement> custom = new HashMap<>();
        packs.get(0).criteria().stream().filter(Criterion::custom)
                .forEach(c -> custom.put(c.id(), new CriteriaChecker.Placement(c.capability(), c.level())));
        List<PackProblem> problems = CriteriaChecker.check(framework, vocabularies, packs.get(0).pack().criteria(),
                packs.subList(1, packs.size()).stream().map(p -> p.pack().criteria()).toList(), custom, false)
                .stream().map(PackReader::problem).toList();
        if (!problems.isEmpty()) {
            throw new PackException(problems);
        }
    }

    private static void check(Framework framework, List<PackRules> packs) {
        List<String> problems = new ArrayList<>();
        PackRules base = packs.get(0);
        Map<String, Criterion> baseCriteria = new HashMap<>();
        base.criteria().forEach(c -> baseCriteria.put(c.id(), c));
        Map<String, EvidenceKey> baseKeys = new HashMap<>();
        base.pack().vocabulary().forEach(k -> baseKeys.put(k.key(), k));
        for (PackRules pack : packs) {
            PackDescriptor descriptor = pack.pack().descriptor();
            Set<String> known = new HashSet<>(baseKeys.keySet());
            pack.pack().vocabulary().forEach(k -> known.add(k.key()));
            for (EvidenceKey key : pack.pack().vocabulary()) {
                if (key.replacedBy() != null) {
                    EvidenceKey replacement = packs.stream().flatMap(p -> p.pack().vocabulary().stream())
                            .filter(k -> k.key().equals(key.replacedBy())).findFirst().orElse(null);
                    if (replacement == null) {
                        problems.add("pack " + descriptor.id() + ": evidence key " + key.key() + " is replaced by " + key.replacedBy()
                                + ", which no loaded pack defines; name a key of the vocabulary, or leave replacedBy out");
                    } else if (replacement.retired()) {
                        problems.add("pack " + descriptor.id() + ": evidence key " + key.key() + " is replaced by " + key.replacedBy()
                                + ", which is retired too; name the key in use now");
                    }
                }
                if (framework.capability(key.capability()).isEmpty()) {
                    problems.add("pack " + descriptor.id() + ": evidence key " + key.key() + " names unknown capability " + key.capability());
                }
                if (pack != base && baseKeys.containsKey(key.key())) {
                    problems.add("pack " + descriptor.id() + ": evidence key " + key.key() + " is already defined by the base pack");
                }
            }
            // Criteria from criteria files were checked, at their lines, by checkCriteria.
            for (Criterion criterion : pack.criteria().stream().filter(Criterion::custom).toList()) {
                String where = "pack " + descriptor.id() + ", criterion " + criterion.id() + ": ";
                if (framework.capability(criterion.capability()).isEmpty()) {
                    problems.add(where + "capability " + criterion.capability() + " is not defined by the base pack");
                }
                criterion.reads().stream().filter(k -> !known.contains(k))
                        .forEach(k -> problems.add(where + "reads evidence key " + k + ", which no vocabulary defines"));
                criterion.dependsOn().stream().filter(c -> framework.capability(c).isEmpty())
                        .forEach(c -> problems.add(where + "depends on unknown capability " + c));
                if (criterion.dependsOn().contains(criterion.capability())) {
                    problems.add(where + "depends on its own capability");
                }
                boolean prefixed = criterion.id().startsWith(descriptor.addedIdPrefix());
                if (!descriptor.isVariant() && !criterion.id().startsWith("C")) {
                    problems.add(where + "base criteria ids start with C and the capability, e.g. C01.L1.name");
                } else if (descriptor.isVariant() && !prefixed) {
                    Criterion replaced = baseCriteria.get(criterion.id());
                    if (replaced == null) {
                        problems.add(where + "replaces a base criterion that does not exist; criteria a variant adds start with "
                                + descriptor.addedIdPrefix());
                    } else if (replaced.capability() != criterion.capability() || replaced.level() != criterion.level()) {
                        problems.add(where + "a replacement keeps the capability and level of the criterion it replaces");
                    }
                }
            }
            for (Waiver waiver : descriptor.waive()) {
                if (!baseCriteria.containsKey(waiver.id())) {
                    problems.add("pack " + descriptor.id() + ": waives criterion " + waiver.id() + ", which the base pack does not define");
                }
            }
        }
        CapabilityCycles.find(packs.stream().flatMap(p -> p.criteria().stream()).toList())
                .ifPresent(cycle -> problems.add(CapabilityCycles.describe(cycle)));
        if (!problems.isEmpty()) {
            throw new PackException(String.join(System.lineSeparator(), problems));
        }
    }
}
