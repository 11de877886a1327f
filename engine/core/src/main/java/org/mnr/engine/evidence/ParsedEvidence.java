package org.mnr.engine.evidence;

import java.util.List;

/**
 * The outcome of reading an evidence file: what could be read, and every problem found.
 *
 * @param evidence the evidence read, or null when the file is not a complete evidence document
 * @param partial what could be read of the items and memberships when the document is incomplete, so
 *     that their problems are reported too; null when nothing could be
 * @param problems every problem found, in file order
 */
public record ParsedEvidence(Evidence evidence, Partial partial, List<Problem> problems) {

    /** Copies the problems. */
    public ParsedEvidence {
        problems = List.copyOf(problems);
    }

    /** A document without its own problems, or with problems and nothing read. */
    public ParsedEvidence(Evidence evidence, List<Problem> problems) {
        this(evidence, null, problems);
    }

    /**
     * The readable parts of an incomplete document.
     *
     * @param items the evidence items that could be read
     * @param memberships the memberships that could be read
     */
    public record Partial(List<EvidenceItem> items, List<String> memberships) {

        /** Copies the lists. */
        public Partial {
            items = List.copyOf(items);
            memberships = List.copyOf(memberships);
        }
    }

    /** Whether any problem is an error. */
    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
    }
}
