package org.mnr.engine.evidence;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The outcome of reading an evidence file: what could be read, and every problem found.
 *
 * @param evidence the evidence read, or null when the file is not a complete evidence document
 * @param partial what could be read of the items and memberships when the document is incomplete, so
 *     that their problems are reported too; null when nothing could be
 * @param problems every problem found, in file order
 * @param origin the file's name as given, for problems found later
 * @param places where each value read is in the file, by JSON pointer, so that problems found later
 *     name the line and column too
 */
@API(status = EXPERIMENTAL, since = "1.0")
public record ParsedEvidence(Evidence evidence, Partial partial, List<Problem> problems, String origin, Map<String, Place> places) {

    /** Copies the fields. */
    public ParsedEvidence {
        problems = List.copyOf(problems);
        places = Map.copyOf(places);
    }

    /** A document read without keeping where its values are. */
    public ParsedEvidence(Evidence evidence, Partial partial, List<Problem> problems) {
        this(evidence, partial, problems, originOf(evidence, problems), Map.of());
    }

    /** A document without its own problems, or with problems and nothing read. */
    public ParsedEvidence(Evidence evidence, List<Problem> problems) {
        this(evidence, null, problems);
    }

    private static String originOf(Evidence evidence, List<Problem> problems) {
        if (evidence != null) {
            return evidence.origin();
        }
        return problems.isEmpty() ? "<input>" : problems.get(0).file();
    }

    /**
     * The readable parts of an incomplete document.
     *
     * @param items the evidence items that could be read
     * @param memberships the memberships that could be read
     * @param countryCode the country code, when it could be read; else null
     */
    public record Partial(List<EvidenceItem> items, List<String> memberships, String countryCode) {

        /** Copies the lists. */
        public Partial {
            items = List.copyOf(items);
            memberships = List.copyOf(memberships);
        }

        /** The readable parts of a document whose country code could not be read. */
        public Partial(List<EvidenceItem> items, List<String> memberships) {
            this(items, memberships, null);
        }
    }

    /** Whether any problem is an error. */
    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
    }

    /**
     * Problems found after reading, such as a country code that is not ISO, given the line and column of
     * their JSON pointer in this file (or, for a problem that has none, of the pointer's closest parent),
     * and sorted in file order.
     */
    public List<Problem> located(List<Problem> found) {
        List<Problem> located = new ArrayList<>(found.size());
        for (Problem problem : found) {
            located.add(problem.file().equals(origin) ? locate(problem) : problem);
        }
        located.sort(IN_FILE_ORDER);
        return located;
    }

    /** Problems by line and column; those without a line last, in the order given. */
    public static final Comparator<Problem> IN_FILE_ORDER = Comparator
            .comparingInt((Problem p) -> p.place().line() == 0 ? Integer.MAX_VALUE : p.place().line())
            .thenComparingInt(p -> p.place().column());

    private Problem locate(Problem problem) {
        String pointer = problem.place().pointer();
        Place exact = places.get(pointer);
        if (problem.place().line() > 0 && (exact == null || exact.line() == 0)) {
            return problem;
        }
        for (String candidate = pointer; ; candidate = candidate.substring(0, candidate.lastIndexOf('/'))) {
            Place place = places.get(candidate);
            if (place != null && place.line() > 0) {
                return problem.at(new Place(pointer, place.line(), place.column()));
            }
            if (candidate.isEmpty()) {
                return problem;
            }
        }
    }
}
