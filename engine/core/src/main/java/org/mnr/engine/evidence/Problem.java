package org.mnr.engine.evidence;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.apiguardian.api.API;

import java.util.Locale;
import java.util.Objects;
import org.mnr.engine.error.ProblemCode;
import org.mnr.engine.internal.evidence.Printable;
import org.mnr.engine.internal.evidence.ProblemTexts;
import org.mnr.engine.text.Punctuation;

/**
 * One thing wrong (or worth a warning) in an evidence file.
 *
 * @param severity whether it stops scoring
 * @param file the file's name as the user gave it, or a label such as {@code <input>}
 * @param place where in the file
 * @param message what is wrong, naming the offending value
 * @param hint how to fix it, or null
 * @param code the stable code of what is wrong, for applications (the message is for people)
 * @param wording what the message says, as a key of the engine's problem texts and its arguments, so that
 *     {@link #message(Locale)}, {@link #hint(Locale)} and {@link #toString(Locale)} can say it in French or Spanish;
 *     null for a problem made with its text alone, which is then said in English in every language (since 1.2). It is
 *     not part of the problem's JSON.
 */
@API(status = STABLE, since = "1.0")
public record Problem(Severity severity, String file, Place place, String message, String hint, ProblemCode code,
        @API(status = EXPERIMENTAL, since = "1.2") @JsonIgnore Wording wording) {

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

    /** A problem with its text alone: said in English in every language. */
    public Problem(Severity severity, String file, Place place, String message, String hint, ProblemCode code) {
        this(severity, file, place, message, hint, code, null);
    }

    /** A problem with the generic code {@link ProblemCode#EVIDENCE_INVALID}. */
    public Problem(Severity severity, String file, Place place, String message, String hint) {
        this(severity, file, place, message, hint, ProblemCode.EVIDENCE_INVALID);
    }

    /**
     * A problem said in the engine's problem texts: its message is the wording's English, its hint the English of the
     * wording's {@code .hint} text when there is one, else null (since 1.2).
     */
    @API(status = EXPERIMENTAL, since = "1.2")
    public static Problem of(Severity severity, ProblemCode code, String file, Place place, Wording wording) {
        return new Problem(severity, file, place, ProblemTexts.english(wording), ProblemTexts.englishHint(wording).orElse(null), code,
                wording);
    }

    /** An error said in the engine's problem texts (since 1.2). */
    @API(status = EXPERIMENTAL, since = "1.2")
    public static Problem error(ProblemCode code, String file, Place place, Wording wording) {
        return of(Severity.ERROR, code, file, place, wording);
    }

    /** A warning said in the engine's problem texts (since 1.2). */
    @API(status = EXPERIMENTAL, since = "1.2")
    public static Problem warning(ProblemCode code, String file, Place place, Wording wording) {
        return of(Severity.WARNING, code, file, place, wording);
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

    /**
     * The same problem with another hint, e.g. one a command line adds for its own options. The message keeps its
     * wording; the new hint is the caller's own words, said as given in every language.
     */
    public Problem withHint(String newHint) {
        return new Problem(severity, file, place, message, newHint, code, wording);
    }

    /** The same problem at another place (since 1.2). */
    @API(status = EXPERIMENTAL, since = "1.2")
    public Problem at(Place newPlace) {
        return new Problem(severity, file, newPlace, message, hint, code, wording);
    }

    /**
     * The message in a language: French or Spanish when asked for and the problem has a wording, else the English
     * {@link #message()} (since 1.2).
     */
    @API(status = EXPERIMENTAL, since = "1.2")
    public String message(Locale locale) {
        return wording == null ? message : wording.in(locale);
    }

    /**
     * The hint in a language, or null without one: translated when it came from the problem texts, else the hint as
     * given (a caller's own words, see {@link #withHint(String)}) (since 1.2).
     */
    @API(status = EXPERIMENTAL, since = "1.2")
    public String hint(Locale locale) {
        if (wording == null || hint == null) {
            return hint;
        }
        String key = wording.key() + ".hint";
        // The hint is the texts' own only while it is still their English; a hint put in its place is the caller's.
        return ProblemTexts.englishHint(wording).filter(hint::equals).map(english -> ProblemTexts.format(locale, key, wording)).orElse(hint);
    }

    /**
     * One line, as compilers write it: {@code file:line:column: pointer: message; hint}, with a
     * {@code warning:} in front of the message for warnings; for a spreadsheet, {@code file: sheet
     * Evidence, row 12, column F (value): message; hint}. Control characters are escaped, so that it
     * stays one line whatever the file holds, and a very long pointer is shortened.
     */
    @Override
    public String toString() {
        return line(message, hint, "warning: ", Punctuation.of(Locale.ROOT));
    }

    /**
     * The same line in a language (since 1.2): the message and hint as {@link #message(Locale)} and
     * {@link #hint(Locale)} say them, {@code avertissement :} or {@code advertencia:} in front of a warning, and in
     * French a space before the colon and semicolon that separate the parts. The file, line and column stay as
     * compilers write them.
     */
    @API(status = EXPERIMENTAL, since = "1.2")
    public String toString(Locale locale) {
        String language = locale == null ? "" : locale.getLanguage();
        return switch (language) {
            case "fr" -> line(message(locale), hint(locale), "avertissement : ", Punctuation.of(locale));
            case "es" -> line(message(locale), hint(locale), "advertencia: ", Punctuation.of(locale));
            default -> toString();
        };
    }

    private String line(String said, String hinted, String warning, Punctuation punctuation) {
        String colon = punctuation.colon();
        StringBuilder line = new StringBuilder(Printable.escape(file));
        if (!place.lineAndColumn().isEmpty()) {
            line.append(':').append(place.lineAndColumn());
        }
        line.append(": ");
        if (severity == Severity.WARNING) {
            line.append(warning);
        }
        if (!place.where().isEmpty()) {
            line.append(place.label() != null ? place.label() : Printable.abbreviate(place.pointer(), MAX_POINTER)).append(colon);
        }
        line.append(Printable.escape(said));
        if (hinted != null) {
            line.append(punctuation.semicolon()).append(Printable.escape(hinted));
        }
        return line.toString();
    }
}
