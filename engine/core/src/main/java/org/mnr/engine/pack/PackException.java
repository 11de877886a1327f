package org.mnr.engine.pack;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

import java.util.List;
import org.mnr.engine.error.MnrException;
import org.mnr.engine.error.ProblemCode;
import java.util.stream.Collectors;

/** A pack cannot be loaded or used: its message names the pack's file or jar and what is wrong. */
@API(status = STABLE, since = "1.0")
public final class PackException extends MnrException {

    private static final long serialVersionUID = 1L;

    private final transient List<PackProblem> problems;

    /** A pack problem with no underlying exception. */
    public PackException(String message) {
        this(ProblemCode.PACK_INVALID, message);
    }

    /** A pack problem of the given kind, with no underlying exception. */
    public PackException(ProblemCode code, String message) {
        super(code, message);
        this.problems = List.of();
    }

    /** A pack problem caused by another exception. */
    public PackException(String message, Throwable cause) {
        super(ProblemCode.PACK_INVALID, message, cause);
        this.problems = List.of();
    }

    /** Every problem found in a pack's files, one per line of the message. */
    public PackException(List<PackProblem> problems) {
        super(ProblemCode.PACK_INVALID, problems.stream().map(PackProblem::toString).collect(Collectors.joining(System.lineSeparator())));
        this.problems = List.copyOf(problems);
    }

    /** The problems with their files and lines, when the pack's files were read; else empty. */
    public List<PackProblem> problems() {
        return problems;
    }
}
