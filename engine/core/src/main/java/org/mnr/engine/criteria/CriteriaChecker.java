package org.mnr.engine.criteria;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.mnr.engine.internal.evidence.Suggestion;
import org.mnr.engine.model.Condition;
import org.mnr.engine.model.EvidenceKey;
import org.mnr.engine.model.Framework;
import org.mnr.engine.model.ValueType;

/**
 * Checks criteria against what the packs define: each comparison against its key's type, values and
 * range, each capability against the framework, and the variants against the base pack and each other.
 *
 * <p>The engine refuses packs with any of these problems and {@code mnr lint} lists them all, so a pack
 * that lints clean loads, and a condition that could never be true, or compares a key as the wrong type,
 * is caught before any country is assessed.
 */
@API(status = INTERNAL, since = "1.0")
public final class CriteriaChecker {

    /**
     * Where a criterion sits in the framework, for criteria the checker does not see defined as data.
     *
     * @param capability its capability
     * @param level its level
     */
    public record Placement(int capability, int level) {
    }

    private final Framework framework;
    private final Map<String, EvidenceKey> baseKeys = new LinkedHashMap<>();
    private final List<CriteriaProblem> problems = new ArrayList<>();

    private CriteriaChecker(Framework framework, Collection<EvidenceKey> baseVocabulary) {
        this.framework = framework;
        baseVocabulary.forEach(k -> baseKeys.put(k.key(), k));
    }

    /**
     * Checks the criteria of a base pack and its variants.
     *
     * @param framework the base pack's levels, domains and capabilities
     * @param vocabularies each pack's evidence keys, by pack id
     * @param base the base pack's criteria
     * @param variants the variants' criteria
     * @param custom criteria of the base pack written in DRL, by id, which variants may replace or waive too
     * @param claims whether to report variants that change the same criterion: lint does, as they can never apply together;
     *        the engine loads them and refuses only an assessment to which both apply
     * @return every problem found, in pack and file order
     */
    public static List<CriteriaProblem> check(Framework framework, Map<String, List<EvidenceKey>> vocabularies, PackCriteria base,
            List<PackCriteria> variants, Map<String, Placement> custom, boolean claims) {
        CriteriaChecker checker = new CriteriaChecker(framework, vocabularies.getOrDefault(base.pack(), List.of()));
        Map<String, Placement> baseIds = new HashMap<>(custom);
        base.criteria().forEach(c -> baseIds.put(c.id(), new Placement(c.capability(), c.level())));
        checker.checkPack(base, checker.baseKeys, baseIds);
        Map<String, String> claimedBy = new HashMap<>();
        for (PackCriteria variant : variants) {
            Map<String, EvidenceKey> keys = new LinkedHashMap<>(checker.baseKeys);
            vocabularies.getOrDefault(variant.pack(), List.of()).forEach(k -> keys.put(k.key(), k));
            checker.checkPack(variant, keys, baseIds);
            if (claims) {
                checker.checkClaims(variant, claimedBy);
            }
        }
        return List.copyOf(checker.problems);
    }

    private void checkPack(PackCriteria pack, Map<String, EvidenceKey> keys, Map<String, Placement> baseIds) {
        Map<String, Where> seen = new HashMap<>();
        for (CriterionDefinition criterion : pack.criteria()) {
            Where first = seen.putIfAbsent(criterion.id(), criterion.where());
            // The reader reports an id given twice in one file; this is for ids given in two files of the pack.
            if (first != null && !first.file().equals(criterion.where().file())) {
                problem(criterion.where(), "criterion " + criterion.id() + " is defined twice in pack " + pack.pack() + ", also at " + first);
            }
            checkCriterion(criterion, keys);
        }
        if (!pack.variant()) {
            for (CriterionDefinition criterion : pack.criteria()) {
                if (!criterion.id().startsWith("C")) {
                    problem(criterion.where(), "criterion " + criterion.id() + ": base criteria ids start with C and the capability,"
                            + " e.g. C01.L1.name; only variants add a prefix");
                }
            }
            return;
        }
        String prefix = pack.addedIdPrefix();
        for (CriterionDefinition added : pack.adds()) {
            if (!added.id().startsWith(prefix)) {
                problem(added.where(), "criterion " + added.id() + " is added by variant " + pack.pack() + ", so its id starts with "
                        + prefix + ", e.g. " + prefix + added.id().replaceFirst("^[A-Z][A-Z0-9-]*\\.(?=C\\d)", ""));
            }
        }
        for (CriterionDefinition replacement : pack.replaces()) {
            Placement replaced = baseIds.get(replacement.id());
            if (replaced == null) {
                problem(replacement.where(), "replaces criterion " + replacement.id() + ", which the base pack does not define"
                        + hint(replacement.id(), baseIds.keySet()));
            } else if (replaced.capability() != replacement.capability() || replaced.level() != replacement.level()) {
                problem(replacement.where(), "replaces " + replacement.id() + " but changes its capability or level; a replacement keeps"
                        + " both (capability " + replaced.capability() + ", level " + replaced.level() + ")");
            }
        }
        Map<String, Where> replacedAt = new HashMap<>();
        pack.replaces().forEach(r -> replacedAt.put(r.id(), r.where()));
        Map<String, Where> waivedAt = new HashMap<>();
        for (WaiverDefinition waiver : pack.waives()) {
            if (!baseIds.containsKey(waiver.id())) {
                problem(waiver.where(), "waives criterion " + waiver.id() + ", which the base pack does not define"
                        + hint(waiver.id(), baseIds.keySet()));
            }
            if (replacedAt.containsKey(waiver.id())) {
                problem(waiver.where(), "variant " + pack.pack() + " both replaces (at " + replacedAt.get(waiver.id()) + ") and waives "
                        + waiver.id() + "; keep one");
            }
            Where first = waivedAt.putIfAbsent(waiver.id(), waiver.where());
            if (first != null) {
                problem(waiver.where(), "variant " + pack.pack() + " waives " + waiver.id() + " twice, also at " + first);
            }
        }
    }

    /** Two variants that change the same base criterion cannot apply together, so the engine refuses them as soon as both do. */
    private void checkClaims(PackCriteria variant, Map<String, String> claimedBy) {
        Map<String, Where> claims = new LinkedHashMap<>();
        variant.replaces().forEach(r -> claims.putIfAbsent(r.id(), r.where()));
        variant.waives().forEach(w -> claims.putIfAbsent(w.id(), w.where()));
        claims.forEach((id, where) -> {
            String other = claimedBy.putIfAbsent(id, variant.pack());
            if (other != null && !other.equals(variant.pack())) {
                problem(where, "variants " + other + " and " + variant.pack() + " both replace or waive criterion " + id
                        + ", so they cannot apply to the same country; let one of them change it");
            }
        });
    }

    private void checkCriterion(CriterionDefinition criterion, Map<String, EvidenceKey> keys) {
        String name = "criterion " + criterion.id() + ": ";
        if (framework.capability(criterion.capability()).isEmpty()) {
            problem(criterion.where(), name + "capability " + criterion.capability() + " is not a capability of the base pack ("
                    + capabilityRange() + ")");
        }
        List<Condition> leaves = criterion.when().leaves();
        if (criterion.when() instanceof Condition.CountAtLeast count && count.count() > leaves.size()) {
            problem(criterion.where(), name + "countAtLeast " + count.count() + " of " + leaves.size() + " conditions can never be true;"
                    + " count at most " + leaves.size());
        }
        for (int i = 0; i < leaves.size(); i++) {
            Condition leaf = leaves.get(i);
            Where where = criterion.placeOf(i);
            if (leaf instanceof Condition.LevelAtLeast level) {
                checkLevel(name, criterion, level, where);
            } else {
                Condition.KeyCondition keyed = (Condition.KeyCondition) leaf;
                EvidenceKey key = keys.get(keyed.key());
                if (key == null) {
                    problem(where, name + "reads evidence key " + keyed.key() + ", which no vocabulary of its packs defines"
                            + hint(keyed.key(), keys.keySet()));
                } else {
                    if (key.retired()) {
                        problem(where, name + "reads evidence key " + key.key() + ", retired since version " + key.retiredSince()
                                + (key.replacedBy() == null ? "" : "; read " + key.replacedBy() + " instead"));
                    }
                    checkComparison(name, keyed, key, where);
                }
            }
        }
    }

    private void checkLevel(String name, CriterionDefinition criterion, Condition.LevelAtLeast level, Where where) {
        if (framework.capability(level.capability()).isEmpty()) {
            problem(where, name + "reads the level of capability " + level.capability() + ", which the base pack does not define ("
                    + capabilityRange() + ")");
        } else if (level.capability() == criterion.capability()) {
            problem(where, name + "reads the level of its own capability, which is decided by this very criterion");
        }
        if (level.level() > Framework.TOP_LEVEL) {
            problem(where, name + "levelAtLeast " + level.level() + " can never be true: the highest level is " + Framework.TOP_LEVEL);
        } else if (level.level() < 1) {
            problem(where, name + "levelAtLeast " + level.level() + " is always true; the lowest level worth asking for is 1");
        }
    }

    private void checkComparison(String name, Condition.KeyCondition leaf, EvidenceKey key, Where where) {
        String subject = name + key.key() + " is " + article(key.type()) + " key";
        ValueType type = key.type();
        if (leaf instanceof Condition.Equals equals) {
            if (equals.value() instanceof Boolean flag) {
                if (type != ValueType.BOOLEAN) {
                    problem(where, subject + ", so equals: " + flag + " can never be true; " + fix(type));
                }
            } else if (type == ValueType.BOOLEAN) {
                problem(where, subject + ", so equals: '" + equals.value() + "' can never be true; write equals: true or equals: false");
            } else if (type == ValueType.ENUM) {
                checkValues(name, key, List.of((String) equals.value()), where);
            } else {
                problem(where, subject + ", so equals: '" + equals.value() + "' can never be true; " + fix(type));
            }
        } else if (leaf instanceof Condition.OneOf oneOf) {
            if (type == ValueType.ENUM) {
                checkValues(name, key, oneOf.values(), where);
            } else {
                problem(where, subject + ", so oneOf can never be true; " + fix(type));
            }
        } else if (leaf instanceof Condition.IncludesAll includes) {
            if (type == ValueType.SET) {
                checkValues(name, key, includes.members(), where);
            } else {
                problem(where, subject + ", so includesAll can never be true; " + fix(type));
            }
        } else if (leaf instanceof Condition.WithinYears) {
            if (type != ValueType.DATE) {
                problem(where, subject + ", so withinYears can never be true; " + fix(type));
            }
        } else {
            boolean least = leaf instanceof Condition.AtLeast;
            String operator = least ? "atLeast" : "atMost";
            BigDecimal bound = least ? ((Condition.AtLeast) leaf).bound() : ((Condition.AtMost) leaf).bound();
            if (type == ValueType.ENUM) {
                problem(where, subject + " whose values have no order, so " + operator + " cannot compare it; list the values that meet"
                        + " the criterion with oneOf: [" + String.join(", ", key.values()) + "]");
            } else if (type != ValueType.NUMBER) {
                problem(where, subject + ", so " + operator + " can never be true; " + fix(type));
            } else {
                checkRange(name, key, operator, least, bound, where);
            }
        }
    }

    private void checkRange(String name, EvidenceKey key, String operator, boolean least, BigDecimal bound, Where where) {
        String range = "its values run from " + (key.min() == null ? "any number" : key.min().toPlainString()) + " to "
                + (key.max() == null ? "any number" : key.max().toPlainString());
        String written = operator + " " + bound.toPlainString();
        if (least && key.max() != null && bound.compareTo(key.max()) > 0 || !least && key.min() != null && bound.compareTo(key.min()) < 0) {
            problem(where, name + written + " on " + key.key() + " can never be true: " + range);
        } else if (least && key.min() != null && bound.compareTo(key.min()) < 0
                || !least && key.max() != null && bound.compareTo(key.max()) > 0) {
            problem(where, name + written + " on " + key.key() + " is true of every value it can have (" + range
                    + "), so it only checks that the key is given; use a bound inside the range");
        }
    }

    private void checkValues(String name, EvidenceKey key, List<String> values, Where where) {
        for (String value : values) {
            if (!key.values().contains(value)) {
                String hint = Suggestion.hint(value, key.values());
                problem(where, name + "'" + value + "' is not a value of " + key.key() + (hint == null ? "" : "; " + hint)
                        + " (its values: " + String.join(", ", key.values()) + ")");
            }
        }
    }

    private static String fix(ValueType type) {
        return switch (type) {
            case BOOLEAN -> "compare it with equals: true or equals: false";
            case NUMBER -> "compare it with atLeast or atMost and a number";
            case DATE -> "compare it with withinYears";
            case ENUM -> "compare it with equals or oneOf and its values";
            case SET -> "compare it with includesAll and its values";
        };
    }

    private static String article(ValueType type) {
        return switch (type) {
            case BOOLEAN -> "a yes/no (boolean)";
            case NUMBER -> "a number";
            case DATE -> "a date";
            case ENUM -> "an enum";
            case SET -> "a set";
        };
    }

    private String capabilityRange() {
        Set<Integer> ids = framework.capabilities().stream().map(c -> c.id()).collect(Collectors.toCollection(TreeSet::new));
        return ids.isEmpty() ? "it defines none" : "capabilities " + ((TreeSet<Integer>) ids).first() + " to " + ((TreeSet<Integer>) ids).last();
    }

    private static String hint(String input, Collection<String> candidates) {
        String hint = Suggestion.hint(input, candidates);
        return hint == null ? "" : "; " + hint;
    }

    private void problem(Where where, String message) {
        problems.add(new CriteriaProblem(where, message));
    }
}
