package org.mnr.diff;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.mnr.engine.result.PackVersion;

/**
 * What moved between two assessments of a country, and why: the JSON form of {@code mnr diff}. Its sentences (warnings,
 * the rules' summary, why each criterion moved) and its names (capabilities, criteria, levels) are in the language it was
 * made in: English unless {@link Comparer#compare(Assessed, Assessed, Locale, org.mnr.engine.pack.PackTexts)} asked for
 * another.
 *
 * @param before the earlier side
 * @param after the later side
 * @param rules whether the rules differ between the two sides
 * @param warnings what makes the comparison doubtful, such as two different countries
 * @param overall the overall score and coverage, before and after
 * @param evidence every evidence key whose value was added, removed or changed, by key
 * @param capabilities every capability, 1 to 21, with its criteria whose status changed
 */
@JsonPropertyOrder({"before", "after", "rules", "warnings", "overall", "evidence", "capabilities"})
@API(status = EXPERIMENTAL, since = "1.0")
public record Comparison(Side before, Side after, Rules rules, List<String> warnings, OverallChange overall,
        List<EvidenceChange> evidence, List<CapabilityChange> capabilities) {

    /** Copies the lists. */
    public Comparison {
        warnings = List.copyOf(warnings);
        evidence = List.copyOf(evidence);
        capabilities = List.copyOf(capabilities);
    }

    /** The capabilities whose level, score or coverage moved, or any of whose criteria changed status. */
    public List<CapabilityChange> changedCapabilities() {
        return capabilities.stream().filter(CapabilityChange::changed).toList();
    }

    /**
     * One compared file.
     *
     * @param file the file as named
     * @param kind {@code evidence} (scored now) or {@code result} (written earlier)
     * @param code the country code
     * @param name the country's name, or null
     * @param memberships its memberships
     * @param assessedOn the date the evidence describes
     * @param engine the engine version that scored it
     * @param packs the packs that scored it
     */
    @JsonPropertyOrder({"file", "kind", "code", "name", "memberships", "assessedOn", "engine", "packs"})
    public record Side(String file, String kind, String code, String name, List<String> memberships, LocalDate assessedOn,
            String engine, List<PackVersion> packs) {

        /** Copies the lists. */
        public Side {
            memberships = List.copyOf(memberships);
            packs = List.copyOf(packs);
        }

        /** {@code Cordessa (XC)}, or the code alone. */
        public String country() {
            return name == null ? code : name + " (" + code + ")";
        }
    }

    /**
     * Whether the two sides were scored by the same rules.
     *
     * @param changed whether the engine or a pack's version differs, so changes may come from the rules
     * @param summary one sentence saying where the changes come from
     * @param details each difference, e.g. {@code coe 1.0.0 -> 1.1.0}
     */
    @JsonPropertyOrder({"changed", "summary", "details"})
    public record Rules(boolean changed, String summary, List<String> details) {

        /** Copies the list. */
        public Rules {
            details = List.copyOf(details);
        }
    }

    /**
     * A figure before and after.
     *
     * @param before its value before
     * @param after its value after
     */
    @JsonPropertyOrder({"before", "after"})
    public record Figure(double before, double after) {

        /** after minus before, as shown. */
        public double delta() {
            return after - before;
        }

        /** Whether it moved. */
        public boolean moved() {
            return Double.compare(before, after) != 0;
        }
    }

    /**
     * The overall figures.
     *
     * @param score the overall score
     * @param coverage the overall coverage
     */
    @JsonPropertyOrder({"score", "coverage"})
    public record OverallChange(Figure score, Figure coverage) {
    }

    /**
     * An evidence key whose value moved.
     *
     * @param key the key
     * @param change {@code added}, {@code removed} or {@code changed}
     * @param before its value before, or null when it had none
     * @param after its value after, or null when it has none
     * @param sourceBefore its source before, or null
     * @param sourceAfter its source after, or null
     */
    @JsonPropertyOrder({"key", "change", "before", "after", "sourceBefore", "sourceAfter"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EvidenceChange(String key, String change, Object before, Object after, String sourceBefore, String sourceAfter) {

        /** The change between two values, or null when they are the same. */
        static EvidenceChange of(String key, Assessed.Value before, Assessed.Value after) {
            Object old = before == null ? null : before.value();
            Object now = after == null ? null : after.value();
            if (Values.same(old, now)) {
                return null;
            }
            String change = old == null ? "added" : now == null ? "removed" : "changed";
            return new EvidenceChange(key, change, old, now, before == null ? null : before.source(), after == null ? null : after.source());
        }
    }

    /**
     * A level before and after.
     *
     * @param before the level before
     * @param beforeName its name
     * @param after the level after
     * @param afterName its name
     */
    @JsonPropertyOrder({"before", "beforeName", "after", "afterName"})
    public record LevelChange(int before, String beforeName, int after, String afterName) {

        /** Whether it moved. */
        public boolean moved() {
            return before != after;
        }
    }

    /**
     * One capability before and after.
     *
     * @param id the capability number
     * @param name its name
     * @param level its level
     * @param score its score
     * @param coverage its coverage
     * @param criteria its criteria whose status changed, or that are assessed on one side only, by id
     */
    @JsonPropertyOrder({"id", "name", "level", "score", "coverage", "criteria"})
    public record CapabilityChange(int id, String name, LevelChange level, Figure score, Figure coverage, List<CriterionChange> criteria) {

        /** Copies the list. */
        public CapabilityChange {
            criteria = List.copyOf(criteria);
        }

        /** Whether anything about it moved. */
        public boolean changed() {
            return level.moved() || score.moved() || coverage.moved() || !criteria.isEmpty();
        }
    }

    /**
     * A criterion whose status changed, with the reason.
     *
     * @param id the criterion id
     * @param level the level it is required for
     * @param title what it requires
     * @param before its status before, or null when it was not assessed
     * @param after its status after, or null when it is no longer assessed
     * @param cause what moved it
     * @param why how, in one sentence
     * @param evidence the values of the keys it reads that moved
     */
    @JsonPropertyOrder({"id", "level", "title", "before", "after", "cause", "why", "evidence"})
    public record CriterionChange(String id, int level, String title, String before, String after, Cause cause, String why,
            List<EvidenceChange> evidence) {

        /** Copies the list. */
        public CriterionChange {
            evidence = List.copyOf(evidence);
        }
    }

    /** What moved a criterion's status. */
    public enum Cause {
        /** A value of a key it reads was added, removed or changed. */
        EVIDENCE,
        /** Another capability whose level it reads moved (the systems approach). */
        DEPENDENCY,
        /** The memberships changed, and with them the variants that apply. */
        MEMBERSHIPS,
        /** Its evidence is the same; the assessment date moved, and with it the window of a date condition. */
        DATE,
        /** Its evidence is the same; the engine or a pack differs. */
        RULES;

        /** The name in output, e.g. {@code evidence}. */
        @JsonValue
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
