package org.mnr.engine.result;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One domain's maturity for one country.
 *
 * @param id the domain id
 * @param name the domain's name
 * @param score the mean of its capabilities' exact scores, rounded half-up to 1 decimal
 * @param level the lowest level among its capabilities
 * @param levelName that level's name
 * @param scoreMax the mean of its capabilities' exact {@code scoreMax}, rounded half-up to 1 decimal (since 1.1)
 * @param levelMax the lowest {@code levelMax} among its capabilities (since 1.1)
 * @param levelMaxName that level's name (since 1.1)
 */
@JsonPropertyOrder({"id", "name", "score", "scoreMax", "level", "levelName", "levelMax", "levelMaxName"})
@API(status = STABLE, since = "1.0")
public record DomainResult(String id, String name, double score, double scoreMax, int level, String levelName, int levelMax,
        String levelMaxName) {

    /** A domain whose level is settled: its range is the point {@code score}, {@code level}. */
    public DomainResult(String id, String name, double score, int level, String levelName) {
        this(id, name, score, score, level, levelName, level, levelName);
    }

    /** Whether its level is still open. */
    public boolean provisional() {
        return level < levelMax;
    }
}
