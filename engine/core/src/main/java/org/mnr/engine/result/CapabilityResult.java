package org.mnr.engine.result;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.mnr.engine.evidence.Confidence;

/**
 * One capability's maturity for one country.
 *
 * @param id the capability number
 * @param name the capability's name
 * @param domain the id of its domain
 * @param level the level reached, 0 to 4
 * @param levelName the level's name
 * @param levelMax the highest level it could reach once its unknown criteria are settled, {@code >= level} (since 1.1)
 * @param levelMaxName that level's name (since 1.1)
 * @param score 100 x met weight / all weight, rounded half-up to 1 decimal
 * @param scoreMax 100 x met and unknown weight / all weight, rounded half-up to 1 decimal (since 1.1)
 * @param coverage the share of criteria with a known status, rounded half-up to 3 decimals
 * @param confidence the highest confidence whose evidence alone still reaches {@code level}; null at level 0 (since 1.1)
 * @param next the next level and what blocks it; null at level 4
 * @param criteria its criteria, by id
 */
@JsonPropertyOrder({"id", "name", "domain", "level", "levelName", "levelMax", "levelMaxName", "score", "scoreMax", "coverage",
    "confidence", "next", "criteria"})
@API(status = STABLE, since = "1.0")
public record CapabilityResult(
        int id,
        String name,
        String domain,
        int level,
        String levelName,
        int levelMax,
        String levelMaxName,
        double score,
        double scoreMax,
        double coverage,
        @JsonInclude(JsonInclude.Include.ALWAYS) Confidence confidence,
        @JsonInclude(JsonInclude.Include.ALWAYS) NextStep next,
        List<CriterionResult> criteria) {

    /** Copies the list; a null list is empty. */
    public CapabilityResult {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
    }

    /**
     * A capability result as 1.0 results wrote it: its range is derived from the statuses of its criteria (met or
     * unknown), never narrower than the level and score given; its confidence is {@code reported} above level 0. So
     * it is never more certain than the result was. The upper level's name is known when it is the level or the
     * next step's level, and null otherwise.
     */
    public CapabilityResult(int id, String name, String domain, int level, String levelName, double score, double coverage,
            NextStep next, List<CriterionResult> criteria) {
        this(id, name, domain, level, levelName, Ranges.levelMax(level, criteria), Ranges.levelMaxName(level, levelName, next, criteria),
                score, Ranges.scoreMax(score, criteria), coverage, level > 0 ? Confidence.REPORTED : null, next, criteria);
    }

    /** Whether its level is still open: it could reach more than {@code level} once its unknowns are settled. */
    public boolean provisional() {
        return level < levelMax;
    }

    /** Whether any of its criteria has a known status; one with coverage 0 is "Not assessed". */
    public boolean assessed() {
        return coverage > 0;
    }
}
