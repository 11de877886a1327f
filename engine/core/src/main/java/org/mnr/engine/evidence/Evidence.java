package org.mnr.engine.evidence;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What is known about one country at one date: the input of an assessment.
 *
 * <p>Read it from JSON or YAML with {@link #read(Path)} or {@link #read(InputStream, String)}, or build
 * it in code with {@link #builder(String, LocalDate)}. Reading checks the document's shape; the engine
 * checks keys and values against the loaded packs when it assesses.
 *
 * @param country the country
 * @param assessedOn the date the evidence describes
 * @param items the evidence items, in the order given
 * @param origin the file it was read from, or a label such as {@code <code>}, for messages
 * @param places where the document's own fields are in its file, by JSON pointer (e.g.
 *     {@code /country/code}), for messages; items carry their own places
 * @param assessmentInfo who assessed, for whom, draft or final; null when the document does not say (since 1.2;
 *     {@link #assessment()} gives it as an optional)
 */
@API(status = STABLE, since = "1.0")
public record Evidence(Country country, LocalDate assessedOn, List<EvidenceItem> items, String origin, Map<String, Place> places,
        @API(status = EXPERIMENTAL, since = "1.2") AssessmentInfo assessmentInfo) {

    /** Validates and copies the fields; information that says nothing is none. */
    public Evidence {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(assessedOn, "assessedOn");
        items = List.copyOf(items);
        Objects.requireNonNull(origin, "origin");
        places = Map.copyOf(places);
        assessmentInfo = assessmentInfo == null || assessmentInfo.isEmpty() ? null : assessmentInfo;
    }

    /** Evidence that says nothing of who assessed it. */
    public Evidence(Country country, LocalDate assessedOn, List<EvidenceItem> items, String origin, Map<String, Place> places) {
        this(country, assessedOn, items, origin, places, null);
    }

    /** Who assessed, for whom, and whether the assessment is a draft or final, when the document says. */
    @API(status = EXPERIMENTAL, since = "1.2")
    public Optional<AssessmentInfo> assessment() {
        return Optional.ofNullable(assessmentInfo);
    }

    /** The same evidence with other items, keeping everything else. */
    @API(status = EXPERIMENTAL, since = "1.2")
    public Evidence withItems(List<EvidenceItem> newItems) {
        return new Evidence(country, assessedOn, newItems, origin, places, assessmentInfo);
    }

    /** The same evidence with other assessment information, e.g. the command line's in place of the file's. */
    @API(status = EXPERIMENTAL, since = "1.2")
    public Evidence withAssessment(AssessmentInfo info) {
        return new Evidence(country, assessedOn, items, origin, places, info);
    }

    /** Evidence whose document fields have no known place, as when built in code. */
    public Evidence(Country country, LocalDate assessedOn, List<EvidenceItem> items, String origin) {
        this(country, assessedOn, items, origin, Map.of());
    }

    /**
     * Reads an evidence file within the default {@link EvidenceLimits}: YAML when its name ends in
     * {@code .yaml} or {@code .yml}, JSON otherwise.
     *
     * @throws InvalidEvidenceException listing every problem, when the file is missing, not JSON (or
     *     YAML) or not shaped as an evidence document
     */
    public static Evidence read(Path file) {
        return orThrow(parse(file));
    }

    /**
     * Reads evidence from a stream within the default {@link EvidenceLimits}: YAML when {@code name} ends in
     * {@code .yaml} or {@code .yml}, JSON otherwise; {@code name} names it in problems.
     *
     * @throws InvalidEvidenceException listing every problem
     */
    public static Evidence read(InputStream json, String name) {
        Objects.requireNonNull(json, "json");
        EvidenceFormats formats = EvidenceFormats.available();
        String format = formats.forFileName(Objects.requireNonNull(name, "name")).map(EvidenceFormat::name).orElse("json");
        return orThrow(formats.read(json, format, name, EvidenceFormat.Context.defaults()));
    }

    /**
     * Reads one evidence document from a stream in the named format ({@code json}, {@code yaml}, or {@code xlsx}
     * with {@code org.mnr:mnr-workbook} on the class path), within the default {@link EvidenceLimits}; {@code origin}
     * names it in problems. Only the document's own shape is checked: an engine's
     * {@code MaturityEngine.read} then {@code assess} also checks keys and values against its packs, in one list.
     *
     * @throws InvalidEvidenceException listing every problem
     */
    public static Evidence read(InputStream input, String format, String origin) {
        return orThrow(parse(input, format, origin, EvidenceLimits.DEFAULTS));
    }

    /** Reads one evidence document from text in the named format ({@code json} or {@code yaml}); see {@link #read(InputStream, String, String)}. */
    public static Evidence read(String document, String format) {
        Objects.requireNonNull(document, "document");
        return read(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)), format, "<input>");
    }

    /** Reads one evidence document from bytes in the named format; see {@link #read(InputStream, String, String)}. */
    public static Evidence read(byte[] document, String format) {
        Objects.requireNonNull(document, "document");
        return read(new ByteArrayInputStream(document), format, "<input>");
    }

    /**
     * Reads one evidence document from a stream in the named format within the given limits, returning what was read
     * together with every problem found.
     */
    public static ParsedEvidence parse(InputStream input, String format, String origin, EvidenceLimits limits) {
        return EvidenceFormats.available().read(input, format, origin, new EvidenceFormat.Context(limits, Map.of()));
    }

    /** Reads an evidence file within the default limits, returning what was read together with every problem found. */
    public static ParsedEvidence parse(Path file) {
        return parse(file, EvidenceLimits.DEFAULTS);
    }

    /**
     * Reads an evidence file within the given limits, in the format its name gives (YAML for {@code .yaml} and
     * {@code .yml}, a workbook for {@code .xlsx} when mnr-workbook is on the class path, JSON otherwise), returning
     * what was read together with every problem found.
     */
    public static ParsedEvidence parse(Path file, EvidenceLimits limits) {
        return EvidenceFormats.available().read(Objects.requireNonNull(file, "file"), new EvidenceFormat.Context(limits, Map.of()));
    }

    private static Evidence orThrow(ParsedEvidence parsed) {
        if (parsed.hasErrors() || parsed.evidence() == null) {
            throw new InvalidEvidenceException(parsed.problems());
        }
        return parsed.evidence();
    }

    /** Starts building evidence in code for the country with this code. */
    public static Builder builder(String countryCode, LocalDate assessedOn) {
        return new Builder(countryCode, assessedOn);
    }

    /** Builds {@link Evidence} in code. */
    public static final class Builder {
        private final String code;
        private final LocalDate assessedOn;
        private String name;
        private final List<String> memberships = new ArrayList<>();
        private final List<EvidenceItem> items = new ArrayList<>();
        private AssessmentInfo assessment;

        private Builder(String code, LocalDate assessedOn) {
            this.code = Objects.requireNonNull(code, "code");
            this.assessedOn = Objects.requireNonNull(assessedOn, "assessedOn");
        }

        /** Sets the country's name. */
        public Builder name(String countryName) {
            this.name = countryName;
            return this;
        }

        /** Adds regional memberships, e.g. {@code CoE}. */
        public Builder memberships(String... codes) {
            memberships.addAll(List.of(codes));
            return this;
        }

        /** Adds a boolean item. */
        public Builder add(String key, boolean value) {
            return item(key, value, null);
        }

        /** Adds a number item. */
        public Builder add(String key, long value) {
            return item(key, BigDecimal.valueOf(value), null);
        }

        /** Adds a number item. */
        public Builder add(String key, BigDecimal value) {
            return item(key, value, null);
        }

        /** Adds an enum item. */
        public Builder add(String key, String value) {
            return item(key, value, null);
        }

        /** Adds a date item. */
        public Builder add(String key, LocalDate value) {
            return item(key, value, null);
        }

        /** Adds a set item. */
        public Builder add(String key, Collection<String> members) {
            return item(key, List.copyOf(members), null);
        }

        /** Adds an item of any type, with its source; the engine checks the value against the key's type. */
        public Builder item(String key, Object value, String source) {
            items.add(new EvidenceItem(key, value, source, null, Place.at("/evidence/" + items.size() + "/value")));
            return this;
        }

        /** Says who assessed, for whom, and whether it is a draft or final. */
        @API(status = EXPERIMENTAL, since = "1.2")
        public Builder assessment(AssessmentInfo info) {
            this.assessment = info;
            return this;
        }

        /** The evidence built. */
        public Evidence build() {
            return new Evidence(new Country(code, name, memberships), assessedOn, items, "<code>", Map.of(), assessment);
        }
    }
}
