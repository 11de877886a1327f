package org.mnr.engine.evidence;

/**
 * Where something is in an evidence file.
 *
 * @param pointer the JSON pointer, e.g. {@code /evidence/3/value}; empty for the whole document
 * @param line the 1-based line, or 0 when unknown
 * @param column the 1-based column, or 0 when unknown
 */
public record Place(String pointer, int line, int column) {

    /** A place known only by its pointer, as for evidence built in code. */
    public static Place at(String pointer) {
        return new Place(pointer, 0, 0);
    }

    /** {@code line:column} when known, else empty. */
    public String lineAndColumn() {
        return line > 0 ? line + ":" + column : "";
    }
}
