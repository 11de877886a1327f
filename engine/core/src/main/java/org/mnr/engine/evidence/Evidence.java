package org.mnr.engine.evidence;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.mnr.engine.internal.evidence.EvidenceReader;
import org.mnr.engine.internal.evidence.EvidenceSyntax;

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
 */
public record Evidence(Country country, LocalDate assessedOn, List<EvidenceItem> items, String origin, Map<String, Place> places) {

    /** Validates and copies the fields. */
    public Evidence {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(assessedOn, "assessedOn");
        items = List.copyOf(items);
        Objects.requireNonNull(origin, "origin");
        places = Map.copyOf(places);
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
        return orThrow(new EvidenceReader(EvidenceSyntax.forFileName(name), EvidenceLimits.DEFAULTS).read(json, name));
    }

    /** Reads an evidence file within the default limits, returning what was read together with every problem found. */
    public static ParsedEvidence parse(Path file) {
        return parse(file, EvidenceLimits.DEFAULTS);
    }

    /**
     * Reads an evidence file within the given limits, YAML when its name ends in {@code .yaml} or
     * {@code .yml}, JSON otherwise, returning what was read together with every problem found.
     */
    public static ParsedEvidence parse(Path file, EvidenceLimits limits) {
        return new EvidenceReader(limits).read(file);
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

        /** The evidence built. */
        public Evidence build() {
            return new Evidence(new Country(code, name, memberships), assessedOn, items, "<code>");
        }
    }
}
