package org.mnr.engine.evidence;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

import java.util.Objects;

/**
 * Where something is in an evidence file.
 *
 * <p>A text file (JSON, YAML) places by line and column; a spreadsheet by a label naming the sheet,
 * row and column, which messages show instead. Both keep the JSON pointer of the equivalent JSON
 * document, so tools can match problems whatever the format.
 *
 * @param pointer the JSON pointer, e.g. {@code /evidence/3/value}; empty for the whole document
 * @param line the 1-based line, or 0 when unknown; for a spreadsheet cell, its row
 * @param column the 1-based column, or 0 when unknown; for a spreadsheet cell, its column number
 * @param label how to name the place to a person when it is not a line and column, e.g.
 *     {@code sheet Evidence, row 12, column F (value)}; null for text files
 */
@API(status = STABLE, since = "1.0")
public record Place(String pointer, int line, int column, String label) {

    /** Validates the fields. */
    public Place {
        Objects.requireNonNull(pointer, "pointer");
    }

    /** A place in a text file. */
    public Place(String pointer, int line, int column) {
        this(pointer, line, column, null);
    }

    /** A place known only by its pointer, as for evidence built in code. */
    public static Place at(String pointer) {
        return new Place(pointer, 0, 0, null);
    }

    /** A spreadsheet cell: its label names it in messages; row and column order problems. */
    public static Place cell(String pointer, int row, int column, String label) {
        return new Place(pointer, row, column, Objects.requireNonNull(label, "label"));
    }

    /** The place of a part of this value, e.g. the second member of a set, at the same line or cell. */
    public Place child(String segment) {
        return new Place(pointer + "/" + segment, line, column, label);
    }

    /** {@code line:column} when known for a text file, else empty. */
    public String lineAndColumn() {
        return line > 0 && label == null ? line + ":" + column : "";
    }

    /** The label when there is one, else the pointer: what a one-line message names. */
    public String where() {
        return label != null ? label : pointer;
    }
}
