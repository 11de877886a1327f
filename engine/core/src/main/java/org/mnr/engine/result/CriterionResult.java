package org.mnr.engine.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.mnr.engine.result.Status;

/**
 * One criterion's status for one country, with its reasons and provenance.
 *
 * @param id the criterion id
 * @param level the level it is required for
 * @param weight its weight
 * @param status met, unmet, unknown or waived
 * @param title what it requires
 * @param evidence the evidence the status rests on: for met, what the rule matched; otherwise the
 *     items given for the keys it reads
 * @param capabilities the other capabilities' levels it reads, if any
 * @param missing the keys it reads that have no evidence; providing them could change the status
 * @param rule the rule that decides it
 * @param pack the pack whose rule decides it
 * @param addedBy the variant that added it, or null
 * @param replacedBy the variant that replaced the base criterion, or null
 * @param replacedTitle the replaced base criterion's title, or null
 * @param waivedBy the variant that waived it, or null
 * @param reason why it was waived, or null
 */
@JsonPropertyOrder({"id", "level", "weight", "status", "title", "evidence", "capabilities", "missing", "rule", "pack",
    "addedBy", "replacedBy", "replacedTitle", "waivedBy", "reason"})
public record CriterionResult(
        String id,
        int level,
        int weight,
        Status status,
        String title,
        List<CitedEvidence> evidence,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<CapabilityCitation> capabilities,
        List<String> missing,
        String rule,
        String pack,
        @JsonInclude(JsonInclude.Include.NON_NULL) String addedBy,
        @JsonInclude(JsonInclude.Include.NON_NULL) String replacedBy,
        @JsonInclude(JsonInclude.Include.NON_NULL) String replacedTitle,
        @JsonInclude(JsonInclude.Include.NON_NULL) String waivedBy,
        @JsonInclude(JsonInclude.Include.NON_NULL) String reason) {

    /** Copies the lists. */
    public CriterionResult {
        evidence = List.copyOf(evidence);
        capabilities = List.copyOf(capabilities);
        missing = List.copyOf(missing);
    }
}
