package org.mnr.engine.pack;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

import java.util.Objects;
import org.mnr.engine.error.ProblemCode;

/**
 * One thing wrong with a pack, where a designer can find it.
 *
 * @param file the file, as a path or jar entry
 * @param line the 1-based line, or 0 when the problem concerns the whole file
 * @param column the 1-based column, or 0 when not known
 * @param message what is wrong and how to fix it
 * @param code the stable code of what is wrong, for applications
 */
@API(status = STABLE, since = "1.0")
public record PackProblem(String file, int line, int column, String message, ProblemCode code) {

    /** Validates the fields. */
    public PackProblem {
        Objects.requireNonNull(code, "code");
    }

    /** A problem with the generic code {@link ProblemCode#PACK_INVALID}. */
    public PackProblem(String file, int line, int column, String message) {
        this(file, line, column, message, ProblemCode.PACK_INVALID);
    }

    /** A problem at a line, column not known, with the given code. */
    public PackProblem(String file, int line, String message, ProblemCode code) {
        this(file, line, 0, message, code);
    }

    /** A problem at a line, column not known, with the generic code {@link ProblemCode#PACK_INVALID}. */
    public PackProblem(String file, int line, String message) {
        this(file, line, 0, message);
    }

    /** {@code FILE:LINE:COLUMN: message}, as compilers write it, leaving out what is not known. */
    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + message;
    }
}
