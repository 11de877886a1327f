package org.mnr.diff;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
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

    private static final String FROM_EVIDENCE = "every change comes from the evidence.";
    private static final String SAME_VERSIONS_OTHER_RULES = "yet a criterion changed with the same evidence, so the rules changed"
            + " without a new version; each criterion says which.";

    private Comparer() {
    }

    /** The comparison of an earlier and a later assessment. */
    public static Comparison compare(Assessed before, Assessed after) {
        Assessment old = before.assessment();
        Assessment now = after.assessment();
        Rules rules = rules(before, after);
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
            capabilities.add(new CapabilityChange(id, is.name(),
                    new LevelChange(was.level(), was.levelName(), is.level(), is.levelName()),
                    new Figure(was.score(), is.score()), new Figure(was.coverage(), is.coverage()),
                    criteria(was, is, before, after, rules)));
        }
        if (!rules.changed() && capabilities.stream().flatMap(c -> c.criteria().stream()).anyMatch(c -> c.cause() == Cause.RULES)) {
            // Same versions and hashes, yet a criterion moved with its evidence unchanged: never say both (issue 16).
            rules = new Rules(false, rules.summary().replace(FROM_EVIDENCE, SAME_VERSIONS_OTHER_RULES), rules.details());
        }
        return new Comparison(side(before), side(after), rules, warnings(old, now),
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

    private static List<String> warnings(Assessment old, Assessment now) {
        List<String> warnings = new ArrayList<>();
        if (!Objects.equals(old.country().code(), now.country().code())) {
            warnings.add("the two files describe different countries, " + name(old) + " before and " + name(now)
                    + " after: the comparison shows their differences, not what moved in one country");
        }
        if (now.assessedOn().isBefore(old.assessedOn())) {
            warnings.add("AFTER (" + now.assessedOn() + ") is older than BEFORE (" + old.assessedOn() + "); swap them to see what moved since");
        }
        return warnings;
    }

    private static String name(Assessment a) {
        return a.country().name() == null ? a.country().code() : a.country().name() + " (" + a.country().code() + ")";
    }

    private static Rules rules(Assessed before, Assessed after) {
        Assessment old = before.assessment();
        Assessment now = after.assessment();
        Map<String, String> oldPacks = packs(old);
        Map<String, String> newPacks = packs(now);
        List<String> details = new ArrayList<>();
        String oldEngine = old.engine() == null ? "?" : old.engine().version();
        String newEngine = now.engine() == null ? "?" : now.engine().version();
        if (!oldEngine.equals(newEngine)) {
            details.add("engine " + oldEngine + " -> " + newEngine);
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
                variants.add(id + " applies after only");
            } else if (!newPacks.containsKey(id)) {
                variants.add(id + " applied before only");
            }
        }
        String packs = newPacks.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
        String summary;
        if (changed) {
            summary = "The rules changed (" + String.join("; ", details) + "): a change may come from the rules as well as the evidence;"
                    + " each criterion says which.";
        } else if (before.kind() == Assessed.Kind.EVIDENCE && after.kind() == Assessed.Kind.EVIDENCE) {
            summary = "Both evidence files were scored now with the same packs (" + packs + "; engine " + newEngine
                    + "): " + FROM_EVIDENCE;
        } else {
            summary = "Both sides were scored with the same engine (" + newEngine + ") and pack versions (" + packs
                    + "): " + FROM_EVIDENCE;
        }
        if (!variants.isEmpty()) {
            String memberships = "memberships " + memberships(old) + " -> " + memberships(now);
            summary += " The variants that apply differ (" + String.join(", ", variants) + ")"
                    + (Objects.equals(old.country().memberships(), now.country().memberships()) ? "." : ", as the " + memberships + ".");
            details.addAll(variants);
        }
        return new Rules(changed, summary, details);
    }

    private static String memberships(Assessment a) {
        List<String> memberships = a.country().memberships();
        return memberships == null || memberships.isEmpty() ? "(none)" : String.join(", ", memberships);
    }

    /** Each pack's version, and for a local pack its source and the start of its hash: a local pack's version says little. */
    private static Map<String, String> packs(Assessment a) {
        Map<String, String> packs = new LinkedHashMap<>();
        for (PackVersion pack : a.packs()) {
            String hash = pack.hash() == null ? "no hash" : pack.hash().replaceFirst("^sha256:", "").substring(0, Math.min(12,
                    pack.hash().replaceFirst("^sha256:", "").length()));
            packs.put(pack.id(), pack.version() + (pack.local() ? " (local " + hash + ")" : ""));
        }
        return packs;
    }

    private static List<CriterionChange> criteria(CapabilityResult was, CapabilityResult is, Assessed before, Assessed after, Rules rules) {
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
            changes.add(change(o, n, before, after, rules));
        }
        return changes;
    }

    private static CriterionChange change(CriterionResult o, CriterionResult n, Assessed before, Assessed after, Rules rules) {
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
            boolean variantMoved = !packs(before.assessment()).containsKey(pack) || !packs(after.assessment()).containsKey(pack);
            cause = variantMoved && membershipsMoved && !rules.changed() ? Cause.MEMBERSHIPS : Cause.RULES;
            why = o == null ? "assessed after only: a criterion of pack " + pack + ", which did not apply before"
                    : "assessed before only: a criterion of pack " + pack + ", which no longer applies";
            if (!variantMoved) {
                why = o == null ? "assessed after only: pack " + pack + " now defines it" : "assessed before only: pack " + pack + " no longer defines it";
            }
        } else if (!moved.isEmpty()) {
            cause = Cause.EVIDENCE;
            why = "the evidence it reads changed: " + moved.stream().map(EvidenceChange::key).collect(Collectors.joining(", "));
        } else if (dependencyMoved(o, n) != null) {
            cause = Cause.DEPENDENCY;
            why = dependencyMoved(o, n);
        } else if (!Objects.equals(o.waivedBy(), n.waivedBy()) || !Objects.equals(o.pack(), n.pack())) {
            cause = membershipsMoved && !rules.changed() ? Cause.MEMBERSHIPS : Cause.RULES;
            why = n.waivedBy() != null ? "waived by " + n.waivedBy() + ": " + n.reason()
                    : o.waivedBy() != null ? "no longer waived by " + o.waivedBy()
                    : "decided by pack " + o.pack() + " before and " + n.pack() + " after";
        } else if (rules.changed()) {
            cause = Cause.RULES;
            why = "the evidence it reads is the same; the rules differ (" + String.join("; ", rules.details()) + ")"
                    + (dateMoved(before, after) ? ", and the assessment date moved from " + before.assessment().assessedOn() + " to "
                            + after.assessment().assessedOn() : "");
        } else if (dateMoved(before, after)) {
            cause = Cause.DATE;
            why = "the evidence it reads is the same; the assessment date moved from " + before.assessment().assessedOn() + " to "
                    + after.assessment().assessedOn() + ", and with it the window of a date condition";
        } else {
            cause = Cause.RULES;
            why = "the evidence it reads is the same";
        }
        return new CriterionChange(any.id(), any.level(), any.title(), oldStatus, newStatus, cause, why, moved);
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
    private static String dependencyMoved(CriterionResult o, CriterionResult n) {
        Map<Integer, Integer> old = new TreeMap<>();
        o.capabilities().forEach(c -> old.put(c.capability(), c.level()));
        for (CapabilityCitation citation : n.capabilities()) {
            Integer was = old.get(citation.capability());
            if (was != null && was != citation.level()) {
                return "capability " + citation.capability() + ", whose level it reads, went from level " + was + " to " + citation.level();
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
