package org.mnr.testkit.cases;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.List;
import java.util.Objects;
import org.mnr.engine.evidence.Problem;

/**
 * What running one case found.
 *
 * @param name the case's name
 * @param verdict whether it passed
 * @param failures for a failed case, each unmet expectation with what it was instead
 * @param problems for an invalid case, what is wrong with it, each naming its file and line
 */
@API(status = EXPERIMENTAL, since = "1.0")
public record CaseOutcome(String name, Verdict verdict, List<String> failures, List<Problem> problems) {

    /** How a case ended. */
    public enum Verdict {
        /** Every expectation held. */
        PASS,
        /** Some expectation did not hold. */
        FAIL,
        /** The case, or a file it names, is invalid: nothing was checked. */
        ERROR
    }

    /** Validates and copies the fields. */
    public CaseOutcome {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(verdict, "verdict");
        failures = List.copyOf(failures);
        problems = List.copyOf(problems);
    }
}
