package org.mnr.testkit.cases;

import java.util.ArrayList;
import java.util.List;
import org.mnr.engine.result.Assessment;
import org.mnr.engine.result.CapabilityResult;
import org.mnr.engine.result.CriterionResult;
import org.mnr.engine.result.Status;

/** Collects what differs between expectations and a result, one line each, in the words a designer reads. */
final class Mismatches {

    private final Assessment actual;
    private final List<String> lines = new ArrayList<>();

    Mismatches(Assessment actual) {
        this.actual = actual;
    }

    void level(int capability, int expected) {
        CapabilityResult result = capability(capability);
        if (result != null && result.level() != expected) {
            String blocking = result.next() == null || result.next().blocking().isEmpty() ? ""
                    : " (blocking " + String.join(", ", result.next().blocking()) + ")";
            lines.add("capability " + capability + " level: expected " + expected + ", was " + result.level() + blocking);
        }
    }

    void score(int capability, double expected) {
        CapabilityResult result = capability(capability);
        if (result != null && Double.compare(result.score(), expected) != 0) {
            lines.add("capability " + capability + " score: expected " + expected + ", was " + result.score());
        }
    }

    void coverage(int capability, double expected) {
        CapabilityResult result = capability(capability);
        if (result != null && Double.compare(result.coverage(), expected) != 0) {
            lines.add("capability " + capability + " coverage: expected " + expected + ", was " + result.coverage());
        }
    }

    void status(String criterion, Status expected) {
        CriterionResult result = actual.criterion(criterion).orElse(null);
        if (result == null) {
            lines.add(criterion + ": expected " + expected.id() + ", but no such criterion applies");
        } else if (result.status() != expected) {
            String why = result.missing().isEmpty() ? "" : " (missing " + String.join(", ", result.missing()) + ")";
            lines.add(criterion + ": expected " + expected.id() + ", was " + result.status().id() + why);
        }
    }

    void add(String line) {
        lines.add(line);
    }

    private CapabilityResult capability(int id) {
        CapabilityResult result = actual.capability(id).orElse(null);
        if (result == null) {
            lines.add("capability " + id + ": expected, but the result has no such capability");
        }
        return result;
    }

    List<String> lines() {
        return List.copyOf(lines);
    }
}
