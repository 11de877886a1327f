package org.mnr.testkit.cases;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.List;
import org.mnr.engine.error.MnrException;
import org.mnr.engine.error.ProblemCode;
import org.mnr.engine.evidence.Problem;

/** A case file, or a file it names, cannot be used: it carries every problem found, each naming its file and line. */
@API(status = EXPERIMENTAL, since = "1.0")
public final class InvalidCaseException extends MnrException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /** An exception for these problems, of which there is at least one. */
    public InvalidCaseException(List<Problem> problems) {
        super(ProblemCode.CASE_INVALID, problems.get(0).toString());
        this.problems = List.copyOf(problems);
    }

    static InvalidCaseException of(Problem problem) {
        return new InvalidCaseException(List.of(problem));
    }

    /** Every problem, one line each when printed. */
    public List<Problem> problems() {
        return problems;
    }
}
