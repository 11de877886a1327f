package org.mnr.testkit.cases;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mnr.engine.result.Assessment;
import org.mnr.engine.result.Status;

/**
 * What a case's {@code expect} section asks of a result; any part may be empty.
 *
 * @param levels capability number to the level it must reach
 * @param scores capability number to its score
 * @param coverage capability number to its coverage
 * @param statuses criterion id to its status
 */
public record Expectations(Map<Integer, Integer> levels, Map<Integer, Double> scores, Map<Integer, Double> coverage,
        Map<String, Status> statuses) {

    /** Copies the maps, keeping the order in which the case file gives them. */
    public Expectations {
        levels = new LinkedHashMap<>(levels);
        scores = new LinkedHashMap<>(scores);
        coverage = new LinkedHashMap<>(coverage);
        statuses = new LinkedHashMap<>(statuses);
    }

    /** Whether nothing is expected at all. */
    public boolean isEmpty() {
        return levels.isEmpty() && scores.isEmpty() && coverage.isEmpty() && statuses.isEmpty();
    }

    /** Every expectation the result does not meet, one line each: what was expected and what it was. */
    public List<String> check(Assessment actual) {
        Mismatches mismatches = new Mismatches(actual);
        levels.forEach(mismatches::level);
        scores.forEach(mismatches::score);
        coverage.forEach(mismatches::coverage);
        statuses.forEach(mismatches::status);
        return mismatches.lines();
    }
}
