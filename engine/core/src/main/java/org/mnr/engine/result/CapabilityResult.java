package org.mnr.engine.result;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One capability's maturity for one country.
 *
 * @param id the capability number
 * @param name the capability's name
 * @param domain the id of its domain
 * @param level the level reached, 0 to 4
 * @param levelName the level's name
 * @param score 100 x met weight / all weight, rounded half-up to 1 decimal
 * @param coverage the share of criteria with a known status, rounded half-up to 3 decimals
 * @param next the next level and what blocks it; null at level 4
 * @param criteria its criteria, by id
 */
@JsonPropertyOrder({"id", "name", "domain", "level", "levelName", "score", "coverage", "next", "criteria"})
@API(status = STABLE, since = "1.0")
public record CapabilityResult(
        int id,
        String name,
        String domain,
        int level,
        String levelName,
        double score,
        double coverage,
        @JsonInclude(JsonInclude.Include.ALWAYS) NextStep next,
        List<CriterionResult> criteria) {

    /** Copies the list. */
    public CapabilityResult {
        criteria = List.copyOf(criteria);
    }
}
