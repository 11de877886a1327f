package org.mnr.engine.evidence;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Who made an assessment, for whom, and whether it is final: the optional {@code assessment} object of an evidence file,
 * carried into its result. It changes no score.
 *
 * @param assessor who assessed, or null
 * @param organisation for whom, or on whose behalf, or null
 * @param status whether the assessment is a draft or final, or null when not said
 */
@JsonPropertyOrder({"assessor", "organisation", "status"})
@API(status = EXPERIMENTAL, since = "1.2")
public record AssessmentInfo(@JsonInclude(JsonInclude.Include.NON_NULL) String assessor,
        @JsonInclude(JsonInclude.Include.NON_NULL) String organisation, @JsonInclude(JsonInclude.Include.NON_NULL) AssessmentStatus status) {

    /** Blank texts are none. */
    public AssessmentInfo {
        assessor = assessor == null || assessor.isBlank() ? null : assessor.strip();
        organisation = organisation == null || organisation.isBlank() ? null : organisation.strip();
    }

    /** Whether it says nothing at all. */
    @JsonIgnore
    public boolean isEmpty() {
        return assessor == null && organisation == null && status == null;
    }

    /**
     * This information with each field of another that is set in its place, as command-line options override a file's:
     * {@code file.overriddenBy(options)}.
     */
    public AssessmentInfo overriddenBy(AssessmentInfo other) {
        if (other == null) {
            return this;
        }
        return new AssessmentInfo(other.assessor != null ? other.assessor : assessor,
                other.organisation != null ? other.organisation : organisation, other.status != null ? other.status : status);
    }
}
