package org.mnr.engine.pack;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

import java.util.List;
import java.util.stream.Collectors;

/** A pack cannot be loaded or used: its message names the pack's file or jar and what is wrong. */
@API(status = STABLE, since = "1.0")
public final class PackException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<PackProblem> problems;

    /** A pack problem with no underlying exception. */
    public PackException(String message) {
        super(message);
        this.problems = List.of();
    }

    /** A pack problem caused by another exception. */
    public PackException(String message, Throwable cause) {
        super(message, cause);
        this.problems = List.of();
    }

    /** Every problem found in a pack's files, one per line of the message. */
    public PackException(List<PackProblem> problems) {
        super(problems.stream().map(PackProblem::toString).collect(Collectors.joining(System.lineSeparator())));
        this.problems = List.copyOf(problems);
    }

    /** The problems with their files and lines, when the pack's files were read; else empty. */
    public List<PackProblem> problems() {
        return problems;
    }
}
