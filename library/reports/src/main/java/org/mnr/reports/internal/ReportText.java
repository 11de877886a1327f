package org.mnr.reports.internal;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The reports' own words in one language, from {@code org/mnr/reports/messages*.properties}: English,
 * French or Spanish, English for any other language. The system's default locale never decides which,
 * so the same input gives the same report on every machine.
 */
public final class ReportText {

    private static final String BUNDLE = "org.mnr.reports.messages";
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;
    private final String language;

    private ReportText(ResourceBundle bundle, String language) {
        this.bundle = bundle;
        this.language = language;
    }

    /** The words for a locale: its language's when there is a translation, else English. */
    public static ReportText of(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(locale.getLanguage()),
                ReportText.class.getClassLoader(), NO_DEFAULT_LOCALE);
        String language = bundle.getLocale().getLanguage().isEmpty() ? "en" : bundle.getLocale().getLanguage();
        return new ReportText(bundle, language);
    }

    /** The language the words are in, e.g. {@code fr}. */
    public String language() {
        return language;
    }

    /**
     * What separates a label from what it introduces, as the language writes it: {@code ": "}, or in French
     * {@code " : "}, which puts a space before a colon (the bundle's {@code typography.space-before-marks}).
     */
    public String colon() {
        return spaceBeforeMarks() ? " : " : ": ";
    }

    /** What separates the items of a list that contain commas: {@code "; "}, or in French {@code " ; "}. */
    public String semicolon() {
        return spaceBeforeMarks() ? " ; " : "; ";
    }

    private boolean spaceBeforeMarks() {
        return Boolean.parseBoolean(get("typography.space-before-marks"));
    }

    /** The words for a key. */
    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("the report text '" + key + "' is missing from " + BUNDLE, e);
        }
    }

    /**
     * The words for a key with {@code {0}}, {@code {1}}... replaced by the arguments. Unlike MessageFormat,
     * an apostrophe is just an apostrophe, as French needs, and no number is formatted by locale.
     */
    public String format(String key, Object... arguments) {
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
}
