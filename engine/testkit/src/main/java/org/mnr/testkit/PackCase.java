package org.mnr.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mnr.engine.MaturityEngine;
import org.mnr.engine.Variants;
import org.mnr.engine.evidence.Evidence;
import org.mnr.engine.evidence.InvalidEvidenceException;
import org.mnr.engine.result.Assessment;
import org.mnr.engine.result.CapabilityResult;
import org.mnr.engine.result.CriterionResult;
import org.mnr.engine.result.Status;

/**
 * One test case: a country's evidence and what the packs must make of it.
 *
 * <p>{@link #verify()} checks every expectation and fails once, listing each mismatch with what was
 * expected and what the engine found.
 */
public final class PackCase {

    private final MaturityEngine engine;
    private final String code;
    private LocalDate assessedOn = PackHarness.DEFAULT_DATE;
    private final List<String> memberships = new ArrayList<>();
    private Variants variants = Variants.fromMemberships();
    private final Map<String, Object> items = new LinkedHashMap<>();
    private final Map<String, Status> statuses = new LinkedHashMap<>();
    private final Map<Integer, Integer> levels = new LinkedHashMap<>();
    private final Map<Integer, Double> scores = new LinkedHashMap<>();

    PackCase(MaturityEngine engine, String code) {
        this.engine = engine;
        this.code = code;
    }

    /** Sets the assessment date, ISO {@code yyyy-mm-dd}. */
    public PackCase assessedOn(String date) {
        this.assessedOn = LocalDate.parse(date);
        return this;
    }

    /** Adds regional memberships, which select variants. */
    public PackCase memberships(String... codes) {
        memberships.addAll(List.of(codes));
        return this;
    }

    /** Uses exactly these variants, whatever the memberships. */
    public PackCase variants(String... ids) {
        this.variants = Variants.named(List.of(ids));
        return this;
    }

    /** Uses the base pack alone. */
    public PackCase noVariants() {
        this.variants = Variants.none();
        return this;
    }

    /**
     * Gives an evidence item: a boolean, a number, a string (enum value or ISO date), a
     * {@link LocalDate} or a collection of set members.
     */
    public PackCase with(String key, Object value) {
        Object normalised = value;
        if (value instanceof Integer || value instanceof Long) {
            normalised = BigDecimal.valueOf(((Number) value).longValue());
        } else if (value instanceof Double d) {
            normalised = BigDecimal.valueOf(d);
        } else if (value instanceof Collection<?> collection) {
            normalised = List.copyOf(collection);
        }
        items.put(key, normalised);
        return this;
    }

    /** Expects a criterion's status. */
    public PackCase expect(String criterion, Status status) {
        statuses.put(criterion, status);
        return this;
    }

    /** Expects criteria to be met. */
    public PackCase expectMet(String... criteria) {
        return expectAll(Status.MET, criteria);
    }

    /** Expects criteria to be unmet: evidence given, condition false. */
    public PackCase expectUnmet(String... criteria) {
        return expectAll(Status.UNMET, criteria);
    }

    /** Expects criteria to be unknown: not met, with evidence missing. */
    public PackCase expectUnknown(String... criteria) {
        return expectAll(Status.UNKNOWN, criteria);
    }

    /** Expects criteria to be waived by a variant. */
    public PackCase expectWaived(String... criteria) {
        return expectAll(Status.WAIVED, criteria);
    }

    /** Expects a capability's level. */
    public PackCase expectLevel(int capability, int level) {
        levels.put(capability, level);
        return this;
    }

    /** Expects a capability's score. */
    public PackCase expectScore(int capability, double score) {
        scores.put(capability, score);
        return this;
    }

    private PackCase expectAll(Status status, String... criteria) {
        for (String criterion : criteria) {
            statuses.put(criterion, status);
        }
        return this;
    }

    /** The evidence this case gives. */
    public Evidence evidence() {
        Evidence.Builder builder = Evidence.builder(code, assessedOn).memberships(memberships.toArray(String[]::new));
        items.forEach((key, value) -> builder.item(key, value, null));
        return builder.build();
    }

    /** Assesses the evidence without checking expectations. */
    public Assessment assess() {
        return engine.assess(evidence(), variants);
    }

    /**
     * Assesses the evidence and checks every expectation.
     *
     * @return the assessment, for further assertions
     * @throws AssertionError listing every expectation that failed
     */
    public Assessment verify() {
        Assessment assessment;
        try {
            assessment = assess();
        } catch (InvalidEvidenceException e) {
            throw new AssertionError("the case's evidence is invalid:" + System.lineSeparator() + e.getMessage(), e);
        }
        List<String> failures = new ArrayList<>();
        statuses.forEach((id, expected) -> {
            CriterionResult actual = assessment.criterion(id).orElse(null);
            if (actual == null) {
                failures.add(id + ": expected " + expected.id() + " but no such criterion applies");
            } else if (actual.status() != expected) {
                failures.add(id + ": expected " + expected.id() + " but was " + actual.status().id()
                        + (actual.missing().isEmpty() ? "" : " (missing " + String.join(", ", actual.missing()) + ")"));
            }
        });
        levels.forEach((capability, expected) -> {
            CapabilityResult actual = assessment.capability(capability).orElse(null);
            if (actual == null) {
                failures.add("capability " + capability + ": no such capability");
            } else if (actual.level() != expected) {
                failures.add("capability " + capability + ": expected level " + expected + " but was " + actual.level()
                        + (actual.next() == null ? "" : " (blocking " + String.join(", ", actual.next().blocking()) + ")"));
            }
        });
        scores.forEach((capability, expected) -> {
            CapabilityResult actual = assessment.capability(capability).orElse(null);
            if (actual != null && Double.compare(actual.score(), expected) != 0) {
                failures.add("capability " + capability + ": expected score " + expected + " but was " + actual.score());
            }
        });
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.size() + " expectation(s) failed for " + code + ":" + System.lineSeparator()
                    + "  " + String.join(System.lineSeparator() + "  ", failures));
        }
        return assessment;
    }

    /**
     * Checks that the evidence is rejected, with a problem whose text contains each fragment.
     *
     * @return the problems' text
     */
    public String verifyInvalid(String... fragments) {
        try {
            assess();
        } catch (InvalidEvidenceException e) {
            for (String fragment : fragments) {
                if (!e.getMessage().contains(fragment)) {
                    throw new AssertionError("expected a problem mentioning '" + fragment + "' but got:" + System.lineSeparator()
                            + e.getMessage(), e);
                }
            }
            return e.getMessage();
        }
        throw new AssertionError("expected the evidence of " + code + " to be rejected, but it was scored");
    }
}
