package org.mnr.diff;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.mnr.diff.Comparison.CapabilityChange;
import org.mnr.diff.Comparison.Cause;
import org.mnr.diff.Comparison.CriterionChange;
import org.mnr.diff.Comparison.EvidenceChange;
import org.mnr.diff.Comparison.Figure;
import org.mnr.diff.Comparison.LevelChange;
import org.mnr.diff.Comparison.OverallChange;
import org.mnr.diff.Comparison.Rules;
import org.mnr.diff.Comparison.Side;
import org.mnr.engine.pack.PackTexts;
import org.mnr.engine.result.Assessment;
import org.mnr.engine.result.CapabilityCitation;
import org.mnr.engine.result.CapabilityResult;
import org.mnr.engine.result.CitedEvidence;
import org.mnr.engine.result.CriterionResult;
import org.mnr.engine.result.PackVersion;

/**
 * Compares two assessments of a country and says, for each criterion whose status changed, whether its
 * evidence, another capability, the memberships, the assessment date or the rules moved it.
 */
@API(status = EXPERIMENTAL, since = "1.0")
public final class Comparer {

    private Comparer() {
    }

    /** The comparison of an earlier and a later assessment, in English with the results' own names. */
    public static Comparison compare(Assessed before, Assessed after) {
        return compare(before, after, Locale.ENGLISH, null);
    }

    /**
     * The comparison of an earlier and a later assessment with its sentences (warnings, where the changes come from, why
     * each criterion moved) in a language: English, French or Spanish, English for any other; capability names, criterion
     * titles and level names from the packs' texts in that language where they have them.
     *
     * @param before the earlier assessment
     * @param after the later assessment
     * @param locale the language of the sentences
     * @param texts the packs' texts in that language, e.g. from {@code MaturityEngine.texts(language)}, or null for the
     *     results' own names
     */
    @API(status = EXPERIMENTAL, since = "1.1")
    public static Comparison compare(Assessed before, Assessed after, Locale locale, PackTexts texts) {
        DiffWords w = DiffWords.of(locale);
        Assessment old = before.assessment();
        Assessment now = after.assessment();
        Rules rules = rules(before, after, w);
        Set<String> keys = new TreeSet<>(union(before.values().keySet(), after.values().keySet()));
        keys.removeIf(key -> !before.knows(key) || !after.knows(key));
        List<EvidenceChange> evidence = evidenceChanges(before.values(), after.values(), keys);
        List<CapabilityChange> capabilities = new ArrayList<>();
        Map<Integer, CapabilityResult> oldCapabilities = byId(old.capabilities());
        Map<Integer, CapabilityResult> newCapabilities = byId(now.capabilities());
        for (Integer id : new TreeSet<>(union(oldCapabilities.keySet(), newCapabilities.keySet()))) {
            CapabilityResult was = oldCapabilities.get(id);
            CapabilityResult is = newCapabilities.get(id);
            if (was == null || is == null) {
                continue;
            }
            capabilities.add(new CapabilityChange(id, texts == null ? is.name() : or(texts.capabilityName(id), is.name()),
                    new LevelChange(was.level(), levelName(was.level(), was.levelName(), texts), is.level(),
                            levelName(is.level(), is.levelName(), texts)),
                    new Figure(was.score(), is.score()), new Figure(was.coverage(), is.coverage()),
                    criteria(was, is, before, after, rules, w, texts)));
        }
        if (!rules.changed() && capabilities.stream().flatMap(c -> c.criteria().stream()).anyMatch(c -> c.cause() == Cause.RULES)) {
            // Same versions and hashes, yet a criterion moved with its evidence unchanged: never say both (issue 16).
            rules = new Rules(false, rules.summary().replace(w.get("rules.from-evidence"), w.get("rules.same-versions-other-rules")), rules.details());
        }
        return new Comparison(side(before), side(after), rules, warnings(old, now, w),
                new OverallChange(new Figure(old.overall().score(), now.overall().score()),
                        new Figure(old.overall().coverage(), now.overall().coverage())),
                evidence, capabilities);
    }

    private static Side side(Assessed assessed) {
        Assessment a = assessed.assessment();
        return new Side(assessed.file(), assessed.kind().id(), a.country().code(), a.country().name(),
                a.country().memberships() == null ? List.of() : a.country().memberships(), a.assessedOn(),
                a.engine() == null ? null : a.engine().version(), a.packs());
    }

    private static String levelName(int level, String english, PackTexts texts) {
        return texts == null ? english : or(texts.levelName(level), english);
    }

    private static String or(String translated, String english) {
        return translated == null ? english : translated;
    }

    private static List<String> warnings(Assessment old, Assessment now, DiffWords w) {
        List<String> warnings = new ArrayList<>();
        if (!Objects.equals(old.country().code(), now.country().code())) {
            warnings.add(w.format("warning.countries", name(old), name(now)));
        }
        if (now.assessedOn().isBefore(old.assessedOn())) {
            warnings.add(w.format("warning.older", now.assessedOn(), old.assessedOn()));
        }
        return warnings;
    }

    private static String name(Assessment a) {
        return a.country().name() == null ? a.country().code() : a.country().name() + " (" + a.country().code() + ")";
    }

    private static Rules rules(Assessed before, Assessed after, DiffWords w) {
        Assessment old = before.assessment();
        Assessment now = after.assessment();
        Map<String, String> oldPacks = packs(old, w);
        Map<String, String> newPacks = packs(now, w);
        List<String> details = new ArrayList<>();
        String oldEngine = old.engine() == null ? "?" : old.engine().version();
        String newEngine = now.engine() == null ? "?" : now.engine().version();
        if (!oldEngine.equals(newEngine)) {
            details.add(w.format("rules.engine", oldEngine, newEngine));
        }
        for (String id : new TreeSet<>(union(oldPacks.keySet(), newPacks.keySet()))) {
            String was = oldPacks.get(id);
            String is = newPacks.get(id);
            if (was != null && is != null && !was.equals(is)) {
                details.add(id + " " + was + " -> " + is);
            }
        }
        boolean changed = !details.isEmpty();
        List<String> variants = new ArrayList<>();
        for (String id : new TreeSet<>(union(oldPacks.keySet(), newPacks.keySet()))) {
            if (!oldPacks.containsKey(id)) {
                variants.add(w.format("rules.variant.after", id));
            } else if (!newPacks.containsKey(id)) {
                variants.add(w.format("rules.variant.before", id));
            }
        }
        String packs = newPacks.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
        String summary;
        if (changed) {
            summary = w.format("rules.changed", String.join(w.semicolon(), details));
        } else if (before.kind() == Assessed.Kind.EVIDENCE && after.kind() == Assessed.Kind.EVIDENCE) {
            summary = w.format("rules.same.evidence", packs, newEngine, w.get("rules.from-evidence"));
        } else {
            summary = w.format("rules.same.results", newEngine, packs, w.get("rules.from-evidence"));
        }
        if (!variants.isEmpty()) {
            summary += " " + (Objects.equals(old.country().memberships(), now.country().memberships())
                    ? w.format("rules.variants", String.join(", ", variants))
                    : w.format("rules.variants.memberships", String.join(", ", variants), memberships(old, w), memberships(now, w)));
            details.addAll(variants);
        }
        return new Rules(changed, summary, details);
    }

    private static String memberships(Assessment a, DiffWords w) {
        List<String> memberships = a.country().memberships();
        return memberships == null || memberships.isEmpty() ? w.get("value.none") : String.join(", ", memberships);
    }

    /** Each pack's version, and for a local pack its source and the start of its hash: a local pack's version says little. */
    private static Map<String, String> packs(Assessment a, DiffWords w) {
        Map<String, String> packs = new LinkedHashMap<>();
        for (PackVersion pack : a.packs()) {
            String hash = pack.hash() == null ? w.get("rules.no-hash") : pack.hash().replaceFirst("^sha256:", "").substring(0, Math.min(12,
                    pack.hash().replaceFirst("^sha256:", "").length()));
            packs.put(pack.id(), pack.local() ? w.format("rules.local", pack.version(), hash) : pack.version());
        }
        return packs;
    }

    private static List<CriterionChange> criteria(CapabilityResult was, CapabilityResult is, Assessed before, Assessed after, Rules rules,
            DiffWords w, PackTexts texts) {
        Map<String, CriterionResult> old = new TreeMap<>();
        was.criteria().forEach(c -> old.put(c.id(), c));
        Map<String, CriterionResult> now = new TreeMap<>();
        is.criteria().forEach(c -> now.put(c.id(), c));
        List<CriterionChange> changes = new ArrayList<>();
        for (String id : new TreeSet<>(union(old.keySet(), now.keySet()))) {
            CriterionResult o = old.get(id);
            CriterionResult n = now.get(id);
            if (o != null && n != null && o.status() == n.status()) {
                continue;
            }
            changes.add(change(o, n, before, after, rules, w, texts));
        }
        return changes;
    }

    private static CriterionChange change(CriterionResult o, CriterionResult n, Assessed before, Assessed after, Rules rules,
            DiffWords w, PackTexts texts) {
        CriterionResult any = n != null ? n : o;
        String oldStatus = o == null ? null : o.status().id();
        String newStatus = n == null ? null : n.status().id();
        Set<String> keys = new TreeSet<>();
        keysOf(o, before, keys);
        keysOf(n, after, keys);
        List<EvidenceChange> moved = evidenceChanges(before.values(), after.values(), keys);
        boolean membershipsMoved = !Objects.equals(before.assessment().country().memberships(), after.assessment().country().memberships());
        Cause cause;
        String why;
        if (o == null || n == null) {
            String pack = any.pack();
            boolean variantMoved = !packs(before.assessment(), w).containsKey(pack) || !packs(after.assessment(), w).containsKey(pack);
            cause = variantMoved && membershipsMoved && !rules.changed() ? Cause.MEMBERSHIPS : Cause.RULES;
            why = w.format(o == null ? "why.after-only.variant" : "why.before-only.variant", pack);
            if (!variantMoved) {
                why = w.format(o == null ? "why.after-only.pack" : "why.before-only.pack", pack);
            }
        } else if (!moved.isEmpty()) {
            cause = Cause.EVIDENCE;
            why = w.format("why.evidence", moved.stream().map(EvidenceChange::key).collect(Collectors.joining(", ")));
        } else if (dependencyMoved(o, n, w) != null) {
            cause = Cause.DEPENDENCY;
            why = dependencyMoved(o, n, w);
        } else if (!Objects.equals(o.waivedBy(), n.waivedBy()) || !Objects.equals(o.pack(), n.pack())) {
            cause = membershipsMoved && !rules.changed() ? Cause.MEMBERSHIPS : Cause.RULES;
            why = n.waivedBy() != null ? w.format("why.waived", n.waivedBy(), reason(n, texts))
                    : o.waivedBy() != null ? w.format("why.unwaived", o.waivedBy())
                    : w.format("why.pack", o.pack(), n.pack());
        } else if (rules.changed()) {
            cause = Cause.RULES;
            String details = String.join(w.semicolon(), rules.details());
            why = dateMoved(before, after)
                    ? w.format("why.rules-and-date", details, before.assessment().assessedOn(), after.assessment().assessedOn())
                    : w.format("why.rules", details);
        } else if (dateMoved(before, after)) {
            cause = Cause.DATE;
            why = w.format("why.date", before.assessment().assessedOn(), after.assessment().assessedOn());
        } else {
            cause = Cause.RULES;
            why = w.get("why.same");
        }
        return new CriterionChange(any.id(), any.level(), title(any, texts), oldStatus, newStatus, cause, why, moved);
    }

    /** A criterion's title as the pack that decided it writes it: a variant's replacement has a title of its own. */
    private static String title(CriterionResult criterion, PackTexts texts) {
        if (texts == null || criterion.pack() == null) {
            return criterion.title();
        }
        return or(texts.criterionTitle(criterion.id(), criterion.pack()), criterion.title());
    }

    /** Why a criterion is waived, as the pack that waived it says. */
    private static String reason(CriterionResult criterion, PackTexts texts) {
        return texts == null || criterion.reason() == null ? criterion.reason()
                : or(texts.reason(criterion.id(), criterion.waivedBy()), criterion.reason());
    }

    private static boolean dateMoved(Assessed before, Assessed after) {
        return !before.assessment().assessedOn().equals(after.assessment().assessedOn());
    }

    /** The keys a criterion reads: those the engine knows for a side scored now, and those its result cites or misses. */
    private static void keysOf(CriterionResult criterion, Assessed side, Set<String> keys) {
        if (criterion == null) {
            return;
        }
        keys.addAll(side.reads().getOrDefault(criterion.id(), List.of()));
        criterion.evidence().stream().map(CitedEvidence::key).forEach(keys::add);
        keys.addAll(criterion.missing());
    }

    /** Which capability it reads moved level, or null. */
    private static String dependencyMoved(CriterionResult o, CriterionResult n, DiffWords w) {
        Map<Integer, Integer> old = new TreeMap<>();
        o.capabilities().forEach(c -> old.put(c.capability(), c.level()));
        for (CapabilityCitation citation : n.capabilities()) {
            Integer was = old.get(citation.capability());
            if (was != null && was != citation.level()) {
                return w.format("why.dependency", citation.capability(), was, citation.level());
            }
        }
        return null;
    }

    private static List<EvidenceChange> evidenceChanges(Map<String, Assessed.Value> before, Map<String, Assessed.Value> after, Set<String> keys) {
        List<EvidenceChange> changes = new ArrayList<>();
        for (String key : keys) {
            EvidenceChange change = EvidenceChange.of(key, before.get(key), after.get(key));
            if (change != null) {
                changes.add(change);
            }
        }
        return changes;
    }

    private static Map<Integer, CapabilityResult> byId(List<CapabilityResult> capabilities) {
        Map<Integer, CapabilityResult> byId = new TreeMap<>();
        capabilities.forEach(c -> byId.put(c.id(), c));
        return byId;
    }

    private static <T> Set<T> union(Set<T> a, Set<T> b) {
        Set<T> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
