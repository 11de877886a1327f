package org.mnr.engine.internal.planning;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.mnr.engine.evidence.Wording;
import org.mnr.engine.text.Texts;

/**
 * The words of a plan's requirements in English, French and Spanish, from {@code org/mnr/engine/planning/needs*.properties}
 * (UTF-8), read as the problem texts are: English is written there once and the requirements' English is formatted from
 * it; any language other than French or Spanish gets English; the system's default locale never picks a bundle.
 */
public final class NeedTexts {

    /** The bundle's base name. */
    public static final String BUNDLE = "org.mnr.engine.planning.needs";

    /** The languages with a translation, besides English. */
    public static final List<String> LANGUAGES = List.of("fr", "es");

    private NeedTexts() {
    }

    /** The bundle of a language: French or Spanish when asked for, else English. */
    public static ResourceBundle bundle(Locale locale) {
        return texts(locale).bundle();
    }

    private static Texts texts(Locale locale) {
        return Texts.of(BUNDLE, "the requirement text", NeedTexts.class.getClassLoader(), locale);
    }

    /**
     * A wording's text in a language with {@code {0}}, {@code {1}}... replaced by its arguments, which are data (keys,
     * values, numbers, dates) and never translated. Unlike MessageFormat, an apostrophe is just an apostrophe and nothing
     * is formatted by locale, so that values come out as an evidence file writes them.
     */
    public static String format(Locale locale, Wording wording) {
        return texts(locale).format(wording.key(), wording.arguments().toArray());
    }
}
