package org.mnr.diff;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The diff's own words in one language, from {@code org/mnr/diff/messages*.properties}: English, French or Spanish,
 * English for any other language. The system's default locale never decides which, so the same files give the same
 * comparison on every machine.
 */
final class DiffWords {

    private static final String BUNDLE = "org.mnr.diff.messages";
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;

    private DiffWords(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** The words for a locale: its language's when there is a translation, else English. */
    static DiffWords of(Locale locale) {
        return new DiffWords(ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(locale.getLanguage()), DiffWords.class.getClassLoader(),
                NO_DEFAULT_LOCALE));
    }

    /** The words for a key. */
    String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("the diff text '" + key + "' is missing from " + BUNDLE, e);
        }
    }

    /**
     * The words for a key with {@code {0}}, {@code {1}}... replaced by the arguments. Unlike MessageFormat, an apostrophe
     * is just an apostrophe, as French needs, and no number is formatted by locale.
     */
    String format(String key, Object... arguments) {
        String text = get(key);
        StringBuilder out = new StringBuilder(text.length() + 32);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int close = c == '{' ? text.indexOf('}', i) : -1;
            if (close > i + 1 && text.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                int n = Integer.parseInt(text.substring(i + 1, close));
                out.append(n < arguments.length ? String.valueOf(arguments[n]) : text.substring(i, close + 1));
                i = close;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** What separates a label from what follows: {@code ": "}, or in French {@code " : "}. */
    String colon() {
        return spaceBeforeMarks() ? " : " : ": ";
    }

    /** What separates items that contain commas: {@code "; "}, or in French {@code " ; "}. */
    String semicolon() {
        return spaceBeforeMarks() ? " ; " : "; ";
    }

    /** A label and a colon, e.g. {@code Before:} or in French {@code Avant :}. */
    String label(String key) {
        return get(key) + colon().stripTrailing();
    }

    /** A figure written with the language's decimal separator, e.g. {@code 71,6} in French for {@code 71.6}. */
    String decimal(String figure) {
        return figure.replace(".", get("number.decimal-separator"));
    }

    private boolean spaceBeforeMarks() {
        return Boolean.parseBoolean(get("typography.space-before-marks"));
    }
}
