package org.mnr.engine.result;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.mnr.engine.evidence.AssessmentInfo;
import org.mnr.engine.evidence.Confidence;
import org.mnr.engine.evidence.Problem;
import org.mnr.engine.text.Punctuation;

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
 * @param warningProblems the evidence problems the warnings were made from, one for each warning, so that
 *     {@link #warnings(Locale)} can say them in French or Spanish; empty for a result read from JSON or made by hand
 *     (since 1.2). It is carried beside the result, not in it: it is not part of the result's JSON, nor of
 *     {@link #equals(Object)}, {@link #hashCode()} and {@link #toString()}, so that a result scored in this process
 *     and the same result read back from its JSON stay equal, and the JSON stays byte-identical. A trailing
 *     component rather than a table beside the record, because a table keyed by result would make the words depend
 *     on which equal result was seen first, and on the garbage collector.
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
        @API(status = EXPERIMENTAL, since = "1.2") @JsonInclude(JsonInclude.Include.NON_NULL) AssessmentInfo assessment,
        @API(status = EXPERIMENTAL, since = "1.2") @JsonIgnore List<Problem> warningProblems) {

    /**
     * The format of results this engine writes: the minor number rises with new optional fields, the major one
     * with changes an older reader could misread.
     */
    public static final String FORMAT_VERSION = "1.1";

    /** A result whose warnings are said in English only (since 1.2). */
    @API(status = EXPERIMENTAL, since = "1.2")
    public Assessment(String formatVersion, CountryRef country, LocalDate assessedOn, EngineVersion engine, List<PackVersion> packs,
            Confidence minConfidence, Overall overall, List<DomainResult> domains, List<CapabilityResult> capabilities,
            List<String> warnings, AssessmentInfo assessment) {
        this(formatVersion, country, assessedOn, engine, packs, minConfidence, overall, domains, capabilities, warnings, assessment,
                null);
    }

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
        // Problems that do not match the warnings one for one cannot say them: the English is then all there is.
        warningProblems = warningProblems == null || warningProblems.size() != warnings.size() ? List.of() : List.copyOf(warningProblems);
    }

    /**
     * The warnings in a language (since 1.2): in French or Spanish when this result was scored by this engine in this
     * process from problems with a {@link Problem#wording()}, each as {@code pointer : message} in French; else (a
     * result read from JSON, English, another language, a problem without wording) the English {@link #warnings()}.
     */
    @API(status = EXPERIMENTAL, since = "1.2")
    public List<String> warnings(Locale locale) {
        String language = locale == null ? "" : locale.getLanguage();
        if (warningProblems.isEmpty() || !(language.equals("fr") || language.equals("es"))) {
            return warnings;
        }
        String colon = Punctuation.of(locale).colon();
        ArrayList<String> said = new ArrayList<>(warnings.size());
        for (int i = 0; i < warnings.size(); i++) {
            Problem problem = warningProblems.get(i);
            said.add(problem.wording() == null ? warnings.get(i) : problem.place().where() + colon + problem.message(locale));
        }
        return List.copyOf(said);
    }

    /** This result with other assessment information, e.g. the command line's in place of the evidence file's. */
    @API(status = EXPERIMENTAL, since = "1.2")
    public Assessment withAssessment(AssessmentInfo info) {
        return new Assessment(formatVersion, country, assessedOn, engine, packs, minConfidence, overall, domains, capabilities, warnings,
                info, warningProblems);
    }

    /** Equal when every field of the result is equal; the {@link #warningProblems()} carried beside it do not count. */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Assessment that
                && Objects.equals(formatVersion, that.formatVersion) && Objects.equals(country, that.country)
                && Objects.equals(assessedOn, that.assessedOn) && Objects.equals(engine, that.engine)
                && packs.equals(that.packs) && minConfidence == that.minConfidence && Objects.equals(overall, that.overall)
                && domains.equals(that.domains) && capabilities.equals(that.capabilities) && warnings.equals(that.warnings)
                && Objects.equals(assessment, that.assessment);
    }

    /** The hash of the result's fields, without the {@link #warningProblems()}. */
    @Override
    public int hashCode() {
        return Objects.hash(formatVersion, country, assessedOn, engine, packs, minConfidence, overall, domains, capabilities, warnings,
                assessment);
    }

    /** The result's fields as a record says them, without the {@link #warningProblems()}. */
    @Override
    public String toString() {
        return "Assessment[formatVersion=" + formatVersion + ", country=" + country + ", assessedOn=" + assessedOn + ", engine=" + engine
                + ", packs=" + packs + ", minConfidence=" + minConfidence + ", overall=" + overall + ", domains=" + domains
                + ", capabilities=" + capabilities + ", warnings=" + warnings + ", assessment=" + assessment + "]";
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
