package org.mnr.engine.evidence;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

import java.util.List;
import org.mnr.engine.error.MnrException;
import org.mnr.engine.error.ProblemCode;
import java.util.stream.Collectors;

/** Evidence that cannot be scored; carries every problem found, not just the first. */
@API(status = STABLE, since = "1.0")
public final class InvalidEvidenceException extends MnrException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /** Rejects evidence for the given problems, of which at least one is an error. */
    public InvalidEvidenceException(List<Problem> problems) {
        super(ProblemCode.EVIDENCE_INVALID, problems.stream().map(Problem::toString).collect(Collectors.joining(System.lineSeparator())));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, errors and warnings, in file order. */
    public List<Problem> problems() {
        return problems;
    }
}
