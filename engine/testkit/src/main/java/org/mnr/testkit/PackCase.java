package org.mnr.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

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
import org.mnr.engine.model.Capability;
import org.mnr.engine.pack.PackRules;
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
@API(status = STABLE, since = "1.0")
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
    private boolean strict;

    PackCase(MaturityEngine engine, String code, boolean strict) {
        this.engine = engine;
        this.code = code;
        this.strict = strict;
    }

    /**
     * Makes this case fail on every criterion met that it did not expect with {@link #expectMet}, so that the test
     * lists everything its evidence meets; {@link PackHarness#strict()} does this for every case of a harness.
     */
    @API(status = EXPERIMENTAL, since = "1.1")
    public PackCase strict() {
        this.strict = true;
        return this;
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
     * @throws AssertionError listing every expectation that failed; also when the case expects nothing (it would pass
     *         whatever the packs did), and when it expects a capability or criterion that no loaded pack defines
     */
    public Assessment verify() {
        if (statuses.isEmpty() && levels.isEmpty() && scores.isEmpty() && !strict) {
            throw new AssertionError("the case for " + code + " expects nothing, so it would pass whatever the packs do;"
                    + " add an expectation (expectMet, expectUnmet, expectUnknown, expectWaived, expectLevel, expectScore),"
                    + " or call assess() instead of verify() to inspect the result yourself");
        }
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
                failures.add(id + ": expected " + expected.id() + " but " + absent(id));
            } else if (actual.status() != expected) {
                failures.add(id + ": expected " + expected.id() + " but was " + actual.status().id()
                        + (actual.missing().isEmpty() ? "" : " (missing " + String.join(", ", actual.missing()) + ")"));
            }
        });
        levels.forEach((capability, expected) -> {
            CapabilityResult actual = assessment.capability(capability).orElse(null);
            if (actual == null) {
                failures.add("capability " + capability + ": expected level " + expected + " but " + noCapability());
            } else if (actual.level() != expected) {
                failures.add("capability " + capability + ": expected level " + expected + " but was " + actual.level()
                        + (actual.next() == null ? "" : " (blocking " + String.join(", ", actual.next().blocking()) + ")"));
            }
        });
        scores.forEach((capability, expected) -> {
            CapabilityResult actual = assessment.capability(capability).orElse(null);
            if (actual == null) {
                failures.add("capability " + capability + ": expected score " + expected + " but " + noCapability());
            } else if (Double.compare(actual.score(), expected) != 0) {
                failures.add("capability " + capability + ": expected score " + expected + " but was " + actual.score());
            }
        });
        if (strict) {
            assessment.capabilities().stream().flatMap(c -> c.criteria().stream())
                    .filter(c -> c.status() == Status.MET && !statuses.containsKey(c.id()))
                    .forEach(c -> failures.add(c.id() + ": met, but the case does not expect it (strict); add expectMet(\""
                            + c.id() + "\") if it should be"));
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.size() + " expectation(s) failed for " + code + ":" + System.lineSeparator()
                    + "  " + String.join(System.lineSeparator() + "  ", failures));
        }
        return assessment;
    }

    /** Why a criterion is not in the result: a variant that does not apply, or no loaded pack at all. */
    private String absent(String id) {
        for (PackRules rules : engine.packRules()) {
            if (rules.criteria().stream().anyMatch(c -> c.id().equals(id))) {
                String pack = rules.pack().id();
                return "no such criterion applies (pack " + pack + " defines it, but does not apply to this case;"
                        + " add memberships(...) or variants(\"" + pack + "\"))";
            }
        }
        return "no such criterion applies (no loaded pack defines it; loaded: " + PackHarness.names(engine) + ")";
    }

    private String noCapability() {
        List<Capability> capabilities = engine.framework().capabilities();
        return "no such capability (the base pack defines " + capabilities.size() + ": "
                + capabilities.get(0).id() + " to " + capabilities.get(capabilities.size() - 1).id() + ")";
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
