package org.mnr.engine.result;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.mnr.engine.evidence.AssessmentInfo;
import org.mnr.engine.evidence.Confidence;

/**
 * The result of assessing one country: per capability a level, a score and the reasons.
 *
 * <p>Immutable. {@link ResultJson} writes it as the JSON result of docs/model.md, byte-identical for the same
 * evidence and packs.
 *
 * @param formatVersion the version of this result's format, {@value #FORMAT_VERSION} for results this engine
 *     writes (see docs/compatibility.md); null only in a result read from JSON written without it
 * @param country the country
 * @param assessedOn the date the evidence describes
 * @param engine the engine that produced it
 * @param packs every pack used, base first
 * @param minConfidence the least confidence an evidence item needed to count; weaker items counted as no evidence
 *     (since 1.1)
 * @param overall the overall score and coverage
 * @param domains the domains, in order
 * @param capabilities the capabilities, 1 to 21
 * @param warnings what was ignored in the evidence, one line each
 * @param assessment who assessed, for whom, draft or final, as the evidence (or the application) says; null when not said
 *     (since 1.2)
 */
@JsonPropertyOrder({"formatVersion", "country", "assessedOn", "assessment", "engine", "packs", "minConfidence", "overall", "domains",
    "capabilities", "warnings"})
@API(status = STABLE, since = "1.0")
public record Assessment(
        String formatVersion,
        CountryRef country,
        LocalDate assessedOn,
        EngineVersion engine,
        List<PackVersion> packs,
        Confidence minConfidence,
        Overall overall,
        List<DomainResult> domains,
        List<CapabilityResult> capabilities,
        List<String> warnings,
        @API(status = EXPERIMENTAL, since = "1.2") @JsonInclude(JsonInclude.Include.NON_NULL) AssessmentInfo assessment) {

    /**
     * The format of results this engine writes: the minor number rises with new optional fields, the major one
     * with changes an older reader could misread.
     */
    public static final String FORMAT_VERSION = "1.1";

    /** A result that says nothing of who assessed. */
    public Assessment(String formatVersion, CountryRef country, LocalDate assessedOn, EngineVersion engine, List<PackVersion> packs,
            Confidence minConfidence, Overall overall, List<DomainResult> domains, List<CapabilityResult> capabilities,
            List<String> warnings) {
        this(formatVersion, country, assessedOn, engine, packs, minConfidence, overall, domains, capabilities, warnings, null);
    }

    /** A result in this engine's format, {@value #FORMAT_VERSION}. */
    public Assessment(CountryRef country, LocalDate assessedOn, EngineVersion engine, List<PackVersion> packs,
            Confidence minConfidence, Overall overall, List<DomainResult> domains, List<CapabilityResult> capabilities,
            List<String> warnings) {
        this(FORMAT_VERSION, country, assessedOn, engine, packs, minConfidence, overall, domains, capabilities, warnings);
    }

    /** A result in this engine's format that counted every item, whatever its confidence. */
    public Assessment(CountryRef country, LocalDate assessedOn, EngineVersion engine, List<PackVersion> packs, Overall overall,
            List<DomainResult> domains, List<CapabilityResult> capabilities, List<String> warnings) {
        this(FORMAT_VERSION, country, assessedOn, engine, packs, Confidence.REPORTED, overall, domains, capabilities, warnings);
    }

    /** Copies the lists; a null list is empty, a null minimum confidence is {@code reported}. */
    public Assessment {
        packs = packs == null ? List.of() : List.copyOf(packs);
        minConfidence = minConfidence == null ? Confidence.REPORTED : minConfidence;
        domains = domains == null ? List.of() : List.copyOf(domains);
        capabilities = capabilities == null ? List.of() : List.copyOf(capabilities);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        assessment = assessment == null || assessment.isEmpty() ? null : assessment;
    }

    /** This result with other assessment information, e.g. the command line's in place of the evidence file's. */
    @API(status = EXPERIMENTAL, since = "1.2")
    public Assessment withAssessment(AssessmentInfo info) {
        return new Assessment(formatVersion, country, assessedOn, engine, packs, minConfidence, overall, domains, capabilities, warnings,
                info);
    }

    /** Finds a capability's result by number. */
    public Optional<CapabilityResult> capability(int id) {
        return capabilities.stream().filter(c -> c.id() == id).findFirst();
    }

    /** Finds a criterion's result by id, in whichever capability it is. */
    public Optional<CriterionResult> criterion(String id) {
        return capabilities.stream().flatMap(c -> c.criteria().stream()).filter(c -> c.id().equals(id)).findFirst();
    }

    /** This result as JSON. */
    public String toJson() {
        return ResultJson.write(this);
    }
}
