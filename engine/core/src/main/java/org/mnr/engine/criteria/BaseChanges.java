package org.mnr.engine.criteria;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The base criteria that changed since a variant's replacements and waivers were written against them, as their
 * recorded {@linkplain CriterionFingerprint fingerprints} show; shared by loading (a warning) and lint (a problem).
 */
@API(status = INTERNAL, since = "1.1")
public final class BaseChanges {

    /**
     * One base criterion that changed under a variant.
     *
     * @param id the base criterion's id
     * @param how {@code replaces} or {@code waives}
     * @param where where the variant's entry is written
     * @param changes what changed, in words
     * @param now the base criterion's fingerprint now, to write as {@code against} once reviewed
     */
    public record Change(String id, String how, Where where, String changes, String now) {

        /** The change as a sentence naming the variant. */
        public String describe(String variant) {
            return "variant " + variant + " " + how + " " + id + " as it was written against it, but the base pack has changed it"
                    + " since (" + changes + "); review the " + (how.equals("replaces") ? "replacement" : "waiver")
                    + ", then write against: " + now;
        }
    }

    /**
     * What a variant's replacement or waiver written outside its criteria files, e.g. a DRL rule's {@code @against},
     * records (since 1.2).
     *
     * @param id the base criterion's id
     * @param how {@code replaces} or {@code waives}
     * @param against the fingerprint recorded, or null when none is
     * @param where where the variant's entry is written
     */
    @API(status = INTERNAL, since = "1.2")
    public record Recorded(String id, String how, String against, Where where) {
    }

    private BaseChanges() {
    }

    /** The changes under a variant's replacements and waivers of criteria of the base's criteria files. */
    public static List<Change> of(PackCriteria base, PackCriteria variant) {
        return of(fingerprints(base), variant);
    }

    /** The fingerprint of each criterion of a pack's criteria files, by id. */
    public static Map<String, String> fingerprints(PackCriteria criteria) {
        Map<String, String> byId = new HashMap<>();
        criteria.criteria().forEach(c -> byId.putIfAbsent(c.id(), CriterionFingerprint.of(c)));
        return byId;
    }

    /**
     * The changes under a variant's replacements and waivers that record what they were written against.
     *
     * @param base the fingerprint of every base criterion now, by id, whether a criteria file or a DRL rule defines it
     * @param variant the variant's criteria files
     */
    public static List<Change> of(Map<String, String> base, PackCriteria variant) {
        return of(base, variant, List.of());
    }

    /**
     * The changes under a variant's replacements and waivers, in its criteria files and elsewhere (its DRL rules), that
     * record what they were written against (since 1.2).
     *
     * @param base the fingerprint of every base criterion now, by id
     * @param variant the variant's criteria files
     * @param elsewhere what the variant's other entries record, e.g. its DRL replacements' {@code @against}
     */
    @API(status = INTERNAL, since = "1.2")
    public static List<Change> of(Map<String, String> base, PackCriteria variant, List<Recorded> elsewhere) {
        Map<String, String> byId = base;
        List<Change> changes = new ArrayList<>();
        for (CriterionDefinition replacement : variant.replaces()) {
            check(replacement.id(), "replaces", replacement.against(), replacement.where(), byId, changes);
        }
        for (WaiverDefinition waiver : variant.waives()) {
            check(waiver.id(), "waives", waiver.against(), waiver.where(), byId, changes);
        }
        for (Recorded recorded : elsewhere) {
            check(recorded.id(), recorded.how(), recorded.against(), recorded.where(), byId, changes);
        }
        return changes;
    }

    private static void check(String id, String how, String against, Where where, Map<String, String> base,
            List<Change> changes) {
        String now = base.get(id);
        if (against == null || now == null) {
            // Nothing recorded, or nothing left to compare with: a criterion that is gone is reported as such elsewhere.
            return;
        }
        CriterionFingerprint.changes(against, now).ifPresent(words -> changes.add(new Change(id, how, where, words, now)));
    }
}
