package org.mnr.diff;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.mnr.engine.evidence.Evidence;
import org.mnr.engine.evidence.EvidenceItem;
import org.mnr.engine.result.Assessment;
import org.mnr.engine.result.CapabilityResult;
import org.mnr.engine.result.CitedEvidence;
import org.mnr.engine.result.CriterionResult;

/**
 * One side of a comparison: a result, with the evidence values it rests on and, for an evidence file
 * scored now, the keys each criterion reads.
 *
 * @param file the file as the user named it
 * @param kind whether the file was evidence, scored now, or a result written earlier
 * @param assessment the result
 * @param values the known evidence values by key: every item of an evidence file, or every item a
 *     result cites
 * @param reads the keys each criterion reads, by criterion id, for a side scored now; empty for a result file
 * @param covered for a result file, the keys whose value or absence it shows (cited or missing somewhere);
 *     empty for an evidence file, which shows every key
 */
@API(status = EXPERIMENTAL, since = "1.0")
public record Assessed(String file, Kind kind, Assessment assessment, Map<String, Value> values, Map<String, List<String>> reads,
        Set<String> covered) {

    /** What a compared file was. */
    public enum Kind {
        /** An evidence file, scored with the installed packs. */
        EVIDENCE,
        /** A result written by {@code mnr score}. */
        RESULT;

        /** The name in output, e.g. {@code evidence}. */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * An evidence value with its source.
     *
     * @param value the value, normalised by {@link Values#normal(Object)}
     * @param source what proves it, or null
     */
    public record Value(Object value, String source) {
    }

    /** Validates and copies the fields. */
    public Assessed {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(assessment, "assessment");
        values = Map.copyOf(values);
        reads = Map.copyOf(reads);
        covered = Set.copyOf(covered);
    }

    /**
     * Whether this side says if the key had a value: an evidence file always does; a result only for the
     * keys its criteria cite or miss, so a key it is silent about is not taken as removed or added.
     */
    public boolean knows(String key) {
        return kind == Kind.EVIDENCE || covered.contains(key);
    }

    /** An evidence file scored now: its values are every item with a known value; its criteria's keys come from the engine. */
    public static Assessed ofEvidence(String file, Evidence evidence, Assessment assessment, Map<String, List<String>> reads) {
        Map<String, Value> values = new TreeMap<>();
        for (EvidenceItem item : evidence.items()) {
            if (item.value() != null) {
                values.putIfAbsent(item.key(), new Value(Values.normal(item.value()), item.source()));
            }
        }
        return new Assessed(file, Kind.EVIDENCE, assessment, values, reads, Set.of());
    }

    /** A result written earlier: its values are those its criteria cite. */
    public static Assessed ofResult(String file, Assessment assessment) {
        Map<String, Value> values = new TreeMap<>();
        Set<String> covered = new HashSet<>();
        for (CapabilityResult capability : assessment.capabilities()) {
            for (CriterionResult criterion : capability.criteria()) {
                for (CitedEvidence cited : criterion.evidence()) {
                    covered.add(cited.key());
                    if (cited.value() != null) {
                        values.putIfAbsent(cited.key(), new Value(Values.normal(cited.value()), cited.source()));
                    }
                }
                covered.addAll(criterion.missing());
            }
        }
        return new Assessed(file, Kind.RESULT, assessment, values, Map.of(), covered);
    }
}
