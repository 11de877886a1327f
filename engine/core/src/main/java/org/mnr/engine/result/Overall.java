package org.mnr.engine.result;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The country's overall figures; there is deliberately no overall level and no rank.
 *
 * @param score the mean of every capability's exact score, rounded half-up to 1 decimal
 * @param scoreMax the mean of every capability's exact {@code scoreMax}, rounded half-up to 1 decimal (since 1.1)
 * @param coverage the share of all criteria with a known status, rounded half-up to 3 decimals
 */
@JsonPropertyOrder({"score", "scoreMax", "coverage"})
@API(status = STABLE, since = "1.0")
public record Overall(double score, double scoreMax, double coverage) {

    /** Overall figures whose score is settled: {@code scoreMax} equals {@code score}. */
    public Overall(double score, double coverage) {
        this(score, score, coverage);
    }
}
