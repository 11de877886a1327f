package org.mnr.engine.internal.evidence;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import org.mnr.engine.evidence.Wording;

/**
 * The words of evidence problems in English, French and Spanish, from {@code org/mnr/engine/evidence/problems*.properties}
 * (UTF-8). English is written there once: the engine's problems are formatted from it. Any language other than French
 * or Spanish gets English; the system's default locale never picks a bundle behind the caller's back.
 */
public final class ProblemTexts {

    /** The bundle's base name. */
    public static final String BUNDLE = "org.mnr.engine.evidence.problems";

    /** The languages with a translation, besides English. */
    public static final List<String> LANGUAGES = List.of("fr", "es");

    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ProblemTexts() {
    }

    /** The bundle of a language: French or Spanish when asked for, else English. */
    public static ResourceBundle bundle(Locale locale) {
        String language = locale == null ? "" : locale.getLanguage();
        Locale chosen = LANGUAGES.contains(language) ? Locale.forLanguageTag(language) : Locale.ROOT;
        return ResourceBundle.getBundle(BUNDLE, chosen, ProblemTexts.class.getClassLoader(), NO_DEFAULT_LOCALE);
    }

    /** A wording's text in English. */
    public static String english(Wording wording) {
        return format(Locale.ROOT, wording.key(), wording);
    }

    /** The English of a wording's hint ({@code <key>.hint}), when the texts have one. */
    public static Optional<String> englishHint(Wording wording) {
        return has(wording.key() + ".hint") ? Optional.of(format(Locale.ROOT, wording.key() + ".hint", wording)) : Optional.empty();
    }

    /** Whether the texts have a key. */
    public static boolean has(String key) {
        return bundle(Locale.ROOT).containsKey(key);
    }

    /**
     * The text of a key in a language with {@code {0}}, {@code {1}}... replaced by a wording's arguments, then its phrases
     * said in the same language. Unlike MessageFormat, an apostrophe is just an apostrophe and nothing is formatted by
     * locale, so that the values the user wrote come out as written.
     */
    public static String format(Locale locale, String key, Wording wording) {
        String text;
        try {
            text = bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("the problem text '" + key + "' is missing from " + BUNDLE, e);
        }
        List<String> arguments = wording.arguments();
        StringBuilder out = new StringBuilder(text.length() + 32);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int close = c == '{' ? text.indexOf('}', i) : -1;
            if (close > i + 1 && close - i < 4 && text.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                int n = Integer.parseInt(text.substring(i + 1, close));
                if (n < arguments.size()) {
                    out.append(arguments.get(n));
                } else if (n - arguments.size() < wording.phrases().size()) {
                    Wording phrase = wording.phrases().get(n - arguments.size());
                    out.append(format(locale, phrase.key(), phrase));
                } else {
                    out.append(text, i, close + 1);
                }
                i = close;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
