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
 * @param message what is wrong and how to fix it
 * @param code the stable code of what is wrong, for applications
 */
@API(status = STABLE, since = "1.0")
public record PackProblem(String file, int line, String message, ProblemCode code) {

    /** Validates the fields. */
    public PackProblem {
        Objects.requireNonNull(code, "code");
    }

    /** A problem with the generic code {@link ProblemCode#PACK_INVALID}. */
    public PackProblem(String file, int line, String message) {
        this(file, line, message, ProblemCode.PACK_INVALID);
    }

    /** {@code FILE:LINE: message}, as compilers write it. */
    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
