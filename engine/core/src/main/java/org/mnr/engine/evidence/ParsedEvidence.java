package org.mnr.engine.evidence;

import java.util.List;

/**
 * The outcome of reading an evidence file: what could be read, and every problem found.
 *
 * @param evidence the evidence read, or null when the file is not a readable evidence document
 * @param problems every problem found, in file order
 */
public record ParsedEvidence(Evidence evidence, List<Problem> problems) {

    /** Copies the problems. */
    public ParsedEvidence {
        problems = List.copyOf(problems);
    }

    /** Whether any problem is an error. */
    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
    }
}
