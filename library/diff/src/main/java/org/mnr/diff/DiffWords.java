package org.mnr.diff;

import java.util.Locale;
import org.mnr.engine.text.Texts;

/**
 * The diff's own words in one language, from {@code org/mnr/diff/messages*.properties}: English, French or Spanish,
 * English for any other language. The system's default locale never decides which, so the same files give the same
 * comparison on every machine.
 */
final class DiffWords {

    private static final String BUNDLE = "org.mnr.diff.messages";

    private final Texts texts;

    private DiffWords(Texts texts) {
        this.texts = texts;
    }

    /** The words for a locale: its language's when there is a translation, else English. */
    static DiffWords of(Locale locale) {
        return new DiffWords(Texts.of(BUNDLE, "the diff text", DiffWords.class.getClassLoader(), locale));
    }

    /** The words for a key. */
    String get(String key) {
        return texts.get(key);
    }

    /**
     * The words for a key with {@code {0}}, {@code {1}}... replaced by the arguments. Unlike MessageFormat, an apostrophe
     * is just an apostrophe, as French needs, and no number is formatted by locale.
     */
    String format(String key, Object... arguments) {
        return texts.format(key, arguments);
    }

    /** What separates a label from what follows: {@code ": "}, or in French {@code " : "}. */
    String colon() {
        return texts.punctuation().colon();
    }

    /** What separates items that contain commas: {@code "; "}, or in French {@code " ; "}. */
    String semicolon() {
        return texts.punctuation().semicolon();
    }

    /** A label and a colon, e.g. {@code Before:} or in French {@code Avant :}. */
    String label(String key) {
        return get(key) + colon().stripTrailing();
    }

    /** A figure written with the language's decimal separator, e.g. {@code 71,6} in French for {@code 71.6}. */
    String decimal(String figure) {
        return texts.punctuation().decimal(figure);
    }
}
