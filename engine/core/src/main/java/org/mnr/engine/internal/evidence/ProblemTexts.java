package org.mnr.engine.internal.evidence;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.mnr.engine.evidence.Wording;
import org.mnr.engine.text.Texts;

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

    private ProblemTexts() {
    }

    /** The bundle of a language: French or Spanish when asked for, else English. */
    public static ResourceBundle bundle(Locale locale) {
        return texts(locale).bundle();
    }

    private static Texts texts(Locale locale) {
        return Texts.of(BUNDLE, "the problem text", ProblemTexts.class.getClassLoader(), locale);
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
        return texts(Locale.ROOT).has(key);
    }

    /**
     * The text of a key in a language with {@code {0}}, {@code {1}}... replaced by a wording's arguments, then its phrases
     * said in the same language. Unlike MessageFormat, an apostrophe is just an apostrophe and nothing is formatted by
     * locale, so that the values the user wrote come out as written.
     */
    public static String format(Locale locale, String key, Wording wording) {
        List<String> arguments = wording.arguments();
        List<Wording> phrases = wording.phrases();
        return texts(locale).substitute(key, n -> {
            if (n < arguments.size()) {
                return arguments.get(n);
            }
            if (n - arguments.size() < phrases.size()) {
                Wording phrase = phrases.get(n - arguments.size());
                return format(locale, phrase.key(), phrase);
            }
            return null;
        });
    }
}
