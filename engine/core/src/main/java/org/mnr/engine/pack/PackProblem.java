package org.mnr.engine.pack;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * One thing wrong with a pack, where a designer can find it.
 *
 * @param file the file, as a path or jar entry
 * @param line the 1-based line, or 0 when the problem concerns the whole file
 * @param message what is wrong and how to fix it
 */
@API(status = STABLE, since = "1.0")
public record PackProblem(String file, int line, String message) {

    /** {@code FILE:LINE: message}, as compilers write it. */
    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
