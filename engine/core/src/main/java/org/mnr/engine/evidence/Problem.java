package org.mnr.engine.evidence;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

import java.util.Objects;
import org.mnr.engine.error.ProblemCode;
import org.mnr.engine.internal.evidence.Printable;

/**
 * One thing wrong (or worth a warning) in an evidence file.
 *
 * @param severity whether it stops scoring
 * @param file the file's name as the user gave it, or a label such as {@code <input>}
 * @param place where in the file
 * @param message what is wrong, naming the offending value
 * @param hint how to fix it, or null
 * @param code the stable code of what is wrong, for applications (the message is for people)
 */
@API(status = STABLE, since = "1.0")
public record Problem(Severity severity, String file, Place place, String message, String hint, ProblemCode code) {

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
        Objects.requireNonNull(code, "code");
    }

    /** A problem with the generic code {@link ProblemCode#EVIDENCE_INVALID}. */
    public Problem(Severity severity, String file, Place place, String message, String hint) {
        this(severity, file, place, message, hint, ProblemCode.EVIDENCE_INVALID);
    }

    /** An error with the generic code {@link ProblemCode#EVIDENCE_INVALID}. */
    public static Problem error(String file, Place place, String message, String hint) {
        return new Problem(Severity.ERROR, file, place, message, hint);
    }

    /** An error with the given code. */
    public static Problem error(ProblemCode code, String file, Place place, String message, String hint) {
        return new Problem(Severity.ERROR, file, place, message, hint, code);
    }

    /** A warning with the given code. */
    public static Problem warning(ProblemCode code, String file, Place place, String message, String hint) {
        return new Problem(Severity.WARNING, file, place, message, hint, code);
    }

    /** The same problem with another hint, e.g. one a command line adds for its own options. */
    public Problem withHint(String newHint) {
        return new Problem(severity, file, place, message, newHint, code);
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
