package org.mnr.engine.evidence;

import java.util.Objects;
import org.mnr.engine.internal.evidence.Printable;

/**
 * One thing wrong (or worth a warning) in an evidence file.
 *
 * @param severity whether it stops scoring
 * @param file the file's name as the user gave it, or a label such as {@code <input>}
 * @param place where in the file
 * @param message what is wrong, naming the offending value
 * @param hint how to fix it, or null
 */
public record Problem(Severity severity, String file, Place place, String message, String hint) {

    /** How serious a problem is. */
    public enum Severity {
        /** The input is rejected: nothing is scored from it. */
        ERROR,
        /** The input is scored; something was ignored. */
        WARNING
    }

    private static final int MAX_POINTER = 200;

    /** Validates the fields. */
    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(message, "message");
    }

    /** An error. */
    public static Problem error(String file, Place place, String message, String hint) {
        return new Problem(Severity.ERROR, file, place, message, hint);
    }

    /** A warning. */
    public static Problem warning(String file, Place place, String message, String hint) {
        return new Problem(Severity.WARNING, file, place, message, hint);
    }

    /**
     * One line, as compilers write it: {@code file:line:column: pointer: message; hint}, with a
     * {@code warning:} in front of the message for warnings; for a spreadsheet, {@code file: sheet
     * Evidence, row 12, column F (value): message; hint}. Control characters are escaped, so that it
     * stays one line whatever the file holds, and a very long pointer is shortened.
     */
    @Override
    public String toString() {
        StringBuilder line = new StringBuilder(Printable.escape(file));
        if (!place.lineAndColumn().isEmpty()) {
            line.append(':').append(place.lineAndColumn());
        }
        line.append(": ");
        if (severity == Severity.WARNING) {
            line.append("warning: ");
        }
        if (!place.where().isEmpty()) {
            line.append(place.label() != null ? place.label() : Printable.abbreviate(place.pointer(), MAX_POINTER)).append(": ");
        }
        line.append(Printable.escape(message));
        if (hint != null) {
            line.append("; ").append(Printable.escape(hint));
        }
        return line.toString();
    }
}
