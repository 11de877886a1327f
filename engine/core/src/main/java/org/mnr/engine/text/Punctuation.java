package org.mnr.engine.text;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * How a language writes the marks between words and inside numbers: French puts a space before {@code :} and
 * {@code ;}, French and Spanish write a decimal comma. A property of the language, not of any one bundle, so every
 * report, diff, plan and problem line of a language agrees; the system's locale never decides.
 *
 * @param spaceBeforeMarks whether a space goes before a colon or a semicolon
 * @param decimalSeparator what separates a number's whole part from its decimals
 */
@API(status = INTERNAL, since = "1.2")
public record Punctuation(boolean spaceBeforeMarks, String decimalSeparator) {

    private static final Punctuation ENGLISH = new Punctuation(false, ".");
    private static final Punctuation FRENCH = new Punctuation(true, ",");
    private static final Punctuation SPANISH = new Punctuation(false, ",");

    /** The punctuation of a locale's language: French or Spanish when asked for, else English; {@code null} is English. */
    public static Punctuation of(Locale locale) {
        return switch (locale == null ? "" : locale.getLanguage()) {
            case "fr" -> FRENCH;
            case "es" -> SPANISH;
            default -> ENGLISH;
        };
    }

    /** What separates a label from what it introduces: {@code ": "}, in French {@code " : "}. */
    public String colon() {
        return spaceBeforeMarks ? " : " : ": ";
    }

    /** What separates items that contain commas: {@code "; "}, in French {@code " ; "}. */
    public String semicolon() {
        return spaceBeforeMarks ? " ; " : "; ";
    }

    /** A figure written with a decimal point, e.g. {@code 71.6}, with this language's separator: {@code 71,6} in French. */
    public String decimal(String figure) {
        return figure.replace(".", decimalSeparator);
    }
}
