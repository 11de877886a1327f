package org.mnr.reports;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.mnr.engine.evidence.AssessmentInfo;

/**
 * Who made an assessment and for whom, and whether it is final: shown at the top of every report, and
 * a draft is marked "DRAFT" on every page.
 *
 * @param assessor who assessed, or null
 * @param organisation for whom, or null
 * @param draft whether the assessment is a draft (else final, or not said)
 * @param status the status as given, {@code draft} or {@code final}, or null when not given
 */
@API(status = EXPERIMENTAL, since = "1.1")
public record AssessmentMetadata(String assessor, String organisation, boolean draft, String status) {

    /** Nothing said. */
    public static final AssessmentMetadata NONE = new AssessmentMetadata(null, null, false, null);

    /** Metadata from the words of an evidence file; a status other than {@code draft} or {@code final} is rejected. */
    public static AssessmentMetadata of(String assessor, String organisation, String status) {
        if (status != null && !status.equals("draft") && !status.equals("final")) {
            throw new IllegalArgumentException("an assessment's status is draft or final, not " + status);
        }
        return new AssessmentMetadata(blankToNull(assessor), blankToNull(organisation), "draft".equals(status), status);
    }

    /** The metadata an assessment carries (from its evidence file, or as an application set it); none for null. */
    @API(status = EXPERIMENTAL, since = "1.2")
    public static AssessmentMetadata of(AssessmentInfo info) {
        if (info == null || info.isEmpty()) {
            return NONE;
        }
        return of(info.assessor(), info.organisation(), info.status() == null ? null : info.status().id());
    }

    /** Whether anything is said. */
    public boolean isEmpty() {
        return assessor == null && organisation == null && status == null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
