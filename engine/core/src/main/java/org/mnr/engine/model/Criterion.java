package org.mnr.engine.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

import java.util.List;
import java.util.Objects;

/**
 * A maturity criterion of a pack: written as data in a criteria file, or as a hand-written Drools rule with
 * its metadata on the rule.
 *
 * @param id the criterion id, which is the rule's name, e.g. {@code C01.L1.coordination-body}
 * @param capability the capability it belongs to
 * @param level the level it is required for, 1 to 4
 * @param weight its positive weight in the capability's score
 * @param title a one-line statement of what is true when it is met, with no trailing period
 * @param reads the evidence keys its condition names, sorted
 * @param dependsOn the capabilities whose level its condition reads, sorted
 * @param rule where the rule lives
 * @param when its condition in the forms of the model, or null for a hand-written rule ({@code custom: drl})
 * @param source the documents it rests on (the MNR's text, an instrument and article, a study), or null when its pack
 *        gives none; documentation only, it changes no result (since 1.2)
 * @param rationale why its level or threshold is what it is, or null (since 1.2)
 * @param exempt the countries for which it is not in force, with the reasons; empty for most (since 1.2)
 */
@API(status = STABLE, since = "1.0")
public record Criterion(
        String id,
        int capability,
        int level,
        int weight,
        String title,
        List<String> reads,
        List<Integer> dependsOn,
        RuleRef rule,
        Condition when,
        @API(status = EXPERIMENTAL, since = "1.2") String source,
        @API(status = EXPERIMENTAL, since = "1.2") String rationale,
        @API(status = EXPERIMENTAL, since = "1.2") List<Exemption> exempt) {

    /** Validates and copies the fields; a null list of exemptions is empty. */
    public Criterion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        reads = List.copyOf(reads);
        dependsOn = List.copyOf(dependsOn);
        Objects.requireNonNull(rule, "rule");
        exempt = exempt == null ? List.of() : List.copyOf(exempt);
    }

    /** A criterion without source, rationale or exemptions, as 1.1 knew them. */
    public Criterion(String id, int capability, int level, int weight, String title, List<String> reads, List<Integer> dependsOn,
            RuleRef rule, Condition when) {
        this(id, capability, level, weight, title, reads, dependsOn, rule, when, null, null, List.of());
    }

    /** A criterion of a hand-written rule, whose condition only the rule knows. */
    public Criterion(String id, int capability, int level, int weight, String title, List<String> reads, List<Integer> dependsOn,
            RuleRef rule) {
        this(id, capability, level, weight, title, reads, dependsOn, rule, null);
    }

    /** The reason the criterion is not in force for a country, when it is exempt there. */
    @API(status = EXPERIMENTAL, since = "1.2")
    public java.util.Optional<Exemption> exemptionFor(String country) {
        return exempt.stream().filter(e -> e.country().equals(country)).findFirst();
    }

    /** Whether a hand-written rule decides it, rather than a condition in the forms of the model. */
    public boolean custom() {
        return when == null;
    }
}
