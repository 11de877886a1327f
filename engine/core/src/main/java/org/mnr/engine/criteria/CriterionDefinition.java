package org.mnr.engine.criteria;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.mnr.engine.model.Condition;
import org.mnr.engine.model.Exemption;

/**
 * One criterion as a criteria file defines it.
 *
 * @param id the criterion id, e.g. {@code C01.L1.coordination-body}
 * @param capability the capability it belongs to
 * @param level the level it is required for, 1 to 4
 * @param weight its weight in the capability's score, 1 unless written
 * @param title a one-line statement of what is true when it is met
 * @param rationale why it matters, or null
 * @param source the document it comes from, or null
 * @param when its condition
 * @param where where the criterion starts in its file
 * @param leafPlaces where each of the condition's {@linkplain Condition#leaves() leaves} is written, in order
 * @param against for a variant's replacement, the {@link CriterionFingerprint} of the base criterion it was written
 *        against, or null when it does not say
 * @param exempt the countries for which it is not in force, with the reasons (since 1.2)
 */
@API(status = EXPERIMENTAL, since = "1.0")
public record CriterionDefinition(
        String id,
        int capability,
        int level,
        int weight,
        String title,
        String rationale,
        String source,
        Condition when,
        Where where,
        List<Where> leafPlaces,
        String against,
        List<Exemption> exempt) {

    /** Validates and copies the fields; a null list of exemptions is empty. */
    public CriterionDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(where, "where");
        leafPlaces = List.copyOf(leafPlaces);
        exempt = exempt == null ? List.of() : List.copyOf(exempt);
    }

    /** A criterion that exempts no country. */
    public CriterionDefinition(String id, int capability, int level, int weight, String title, String rationale, String source,
            Condition when, Where where, List<Where> leafPlaces, String against) {
        this(id, capability, level, weight, title, rationale, source, when, where, leafPlaces, against, List.of());
    }

    /** A criterion that records no base criterion it was written against. */
    public CriterionDefinition(String id, int capability, int level, int weight, String title, String rationale, String source,
            Condition when, Where where, List<Where> leafPlaces) {
        this(id, capability, level, weight, title, rationale, source, when, where, leafPlaces, null);
    }

    /** The evidence keys its condition names, sorted: derived, never written by hand. */
    public Set<String> reads() {
        return when.keys();
    }

    /** The capabilities whose level its condition reads, sorted: derived, never written by hand. */
    public Set<Integer> dependsOn() {
        return when.capabilities();
    }

    /** Where a leaf of the condition is written, or where the criterion starts when not known. */
    public Where placeOf(int leaf) {
        return leaf < leafPlaces.size() ? leafPlaces.get(leaf) : where;
    }
}
