package org.mnr.engine.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

import java.util.List;
import java.util.Objects;

/**
 * A maturity criterion: a Drools rule of a pack, with the metadata the rule carries.
 *
 * @param id the criterion id, which is the rule's name, e.g. {@code C01.L1.coordination-body}
 * @param capability the capability it belongs to
 * @param level the level it is required for, 1 to 4
 * @param weight its positive weight in the capability's score
 * @param title a one-line statement of what is true when it is met, with no trailing period
 * @param reads the evidence keys its condition names, sorted
 * @param dependsOn the capabilities whose level its condition reads, sorted
 * @param rule where the rule lives
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
        RuleRef rule) {

    /** Validates and copies the fields. */
    public Criterion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        reads = List.copyOf(reads);
        dependsOn = List.copyOf(dependsOn);
        Objects.requireNonNull(rule, "rule");
    }
}
