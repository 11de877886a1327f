package org.mnr.engine.internal.planning;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.mnr.engine.evidence.Wording;

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

    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private NeedTexts() {
    }

    /** The bundle of a language: French or Spanish when asked for, else English. */
    public static ResourceBundle bundle(Locale locale) {
        String language = locale == null ? "" : locale.getLanguage();
        Locale chosen = LANGUAGES.contains(language) ? Locale.forLanguageTag(language) : Locale.ROOT;
        return ResourceBundle.getBundle(BUNDLE, chosen, NeedTexts.class.getClassLoader(), NO_DEFAULT_LOCALE);
    }

    /**
     * A wording's text in a language with {@code {0}}, {@code {1}}... replaced by its arguments, which are data (keys,
     * values, numbers, dates) and never translated. Unlike MessageFormat, an apostrophe is just an apostrophe and nothing
     * is formatted by locale, so that values come out as an evidence file writes them.
     */
    public static String format(Locale locale, Wording wording) {
        String text;
        try {
            text = bundle(locale).getString(wording.key());
        } catch (MissingResourceException e) {
            throw new IllegalStateException("the requirement text '" + wording.key() + "' is missing from " + BUNDLE, e);
        }
        List<String> arguments = wording.arguments();
        StringBuilder out = new StringBuilder(text.length() + 32);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int close = c == '{' ? text.indexOf('}', i) : -1;
            if (close > i + 1 && close - i < 4 && text.substring(i + 1, close).chars().allMatch(Character::isDigit)
                    && Integer.parseInt(text.substring(i + 1, close)) < arguments.size()) {
                out.append(arguments.get(Integer.parseInt(text.substring(i + 1, close))));
                i = close;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
