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
 */
@JsonPropertyOrder({"id", "name", "score", "level", "levelName"})
@API(status = STABLE, since = "1.0")
public record DomainResult(String id, String name, double score, int level, String levelName) {
}
