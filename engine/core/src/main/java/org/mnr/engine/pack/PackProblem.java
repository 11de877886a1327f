package org.mnr.engine.pack;

/**
 * One thing wrong with a pack, where a designer can find it.
 *
 * @param file the file, as a path or jar entry
 * @param line the 1-based line, or 0 when the problem concerns the whole file
 * @param column the 1-based column, or 0 when not known
 * @param message what is wrong and how to fix it
 */
public record PackProblem(String file, int line, int column, String message) {

    /** A problem at a line, column not known. */
    public PackProblem(String file, int line, String message) {
        this(file, line, 0, message);
    }

    /** {@code FILE:LINE:COLUMN: message}, as compilers write it, leaving out what is not known. */
    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + message;
    }
}
