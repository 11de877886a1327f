package org.mnr.engine.result;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

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
 * @param missing the keys its condition names that have no evidence item, sorted, when it is unknown
 * @param missingLevels the capabilities it reads whose level is still open and could reach what it requires,
 *     ascending, when it is unknown; empty otherwise (since 1.1)
 * @param rule the rule that decides it
 * @param pack the pack whose rule decides it
 * @param addedBy the variant that added it, or null
 * @param replacedBy the variant that replaced the base criterion, or null
 * @param replacedTitle the replaced base criterion's title, or null
 * @param waivedBy the variant that waived it, or null
 * @param reason why it was waived, or null
 * @param exemptFor the country it is not in force for, when the pack that defines it exempts the evidence's country;
 *     then {@code waivedBy} is that pack and {@code reason} the exemption's reason; null otherwise (since 1.2)
 */
@JsonPropertyOrder({"id", "level", "weight", "status", "title", "evidence", "capabilities", "missing", "missingLevels", "rule", "pack",
    "addedBy", "replacedBy", "replacedTitle", "waivedBy", "reason", "exemptFor"})
@API(status = STABLE, since = "1.0")
public record CriterionResult(
        String id,
        int level,
        int weight,
        Status status,
        String title,
        List<CitedEvidence> evidence,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<CapabilityCitation> capabilities,
        List<String> missing,
        List<Integer> missingLevels,
        String rule,
        String pack,
        @JsonInclude(JsonInclude.Include.NON_NULL) String addedBy,
        @JsonInclude(JsonInclude.Include.NON_NULL) String replacedBy,
        @JsonInclude(JsonInclude.Include.NON_NULL) String replacedTitle,
        @JsonInclude(JsonInclude.Include.NON_NULL) String waivedBy,
        @JsonInclude(JsonInclude.Include.NON_NULL) String reason,
        @API(status = EXPERIMENTAL, since = "1.2") @JsonInclude(JsonInclude.Include.NON_NULL) String exemptFor) {

    /** Copies the lists; a null list is empty. */
    public CriterionResult {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        capabilities = capabilities == null ? List.of() : List.copyOf(capabilities);
        missing = missing == null ? List.of() : List.copyOf(missing);
        missingLevels = missingLevels == null ? List.of() : List.copyOf(missingLevels);
    }

    /** A criterion result exempt for no country, as 1.1 results wrote them. */
    public CriterionResult(String id, int level, int weight, Status status, String title, List<CitedEvidence> evidence,
            List<CapabilityCitation> capabilities, List<String> missing, List<Integer> missingLevels, String rule, String pack,
            String addedBy, String replacedBy, String replacedTitle, String waivedBy, String reason) {
        this(id, level, weight, status, title, evidence, capabilities, missing, missingLevels, rule, pack, addedBy, replacedBy,
                replacedTitle, waivedBy, reason, null);
    }

    /** A criterion result without open levels, as 1.0 results wrote them. */
    public CriterionResult(String id, int level, int weight, Status status, String title, List<CitedEvidence> evidence,
            List<CapabilityCitation> capabilities, List<String> missing, String rule, String pack, String addedBy,
            String replacedBy, String replacedTitle, String waivedBy, String reason) {
        this(id, level, weight, status, title, evidence, capabilities, missing, List.of(), rule, pack, addedBy, replacedBy,
                replacedTitle, waivedBy, reason);
    }
}
