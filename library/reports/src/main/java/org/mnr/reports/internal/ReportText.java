package org.mnr.reports.internal;

import java.util.Locale;
import org.mnr.engine.text.Texts;

/**
 * The reports' own words in one language, from {@code org/mnr/reports/messages*.properties}: English,
 * French or Spanish, English for any other language. The system's default locale never decides which,
 * so the same input gives the same report on every machine.
 */
public final class ReportText {

    private static final String BUNDLE = "org.mnr.reports.messages";

    private final Texts texts;

    private ReportText(Texts texts) {
        this.texts = texts;
    }

    /** The words for a locale: its language's when there is a translation, else English. */
    public static ReportText of(Locale locale) {
        return new ReportText(Texts.of(BUNDLE, "the report text", ReportText.class.getClassLoader(), locale));
    }

    /** The language the words are in, e.g. {@code fr}. */
    public String language() {
        return texts.language();
    }

    /**
     * What separates a label from what it introduces, as the language writes it: {@code ": "}, or in French
     * {@code " : "}, which puts a space before a colon.
     */
    public String colon() {
        return texts.punctuation().colon();
    }

    /** What separates the items of a list that contain commas: {@code "; "}, or in French {@code " ; "}. */
    public String semicolon() {
        return texts.punctuation().semicolon();
    }

    /** A figure written with a decimal point, e.g. {@code 71.6}, with the language's separator: {@code 71,6} in French. */
    public String decimal(String figure) {
        return texts.punctuation().decimal(figure);
    }

    /** The words for a key. */
    public String get(String key) {
        return texts.get(key);
    }

    /**
     * The words for a key with {@code {0}}, {@code {1}}... replaced by the arguments. Unlike MessageFormat,
     * an apostrophe is just an apostrophe, as French needs, and no number is formatted by locale.
     */
    public String format(String key, Object... arguments) {
        return texts.format(key, arguments);
    }
}
