package org.mnr.cli;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The command line's own words in one language, from {@code org/mnr/cli/messages*.properties}: its messages
 * ({@code msg.*} keys) and, for picocli, its help in French and Spanish (English help is in the annotations).
 * Any other language gets English; the system's default locale never picks the bundle behind our back.
 */
final class CliText {

    private static final String BUNDLE = "org.mnr.cli.messages";
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** The English words, for messages made before a language is known (exceptions' own text). */
    static final CliText ENGLISH = of(Locale.ENGLISH);

    private final ResourceBundle bundle;

    private CliText(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** The words for a locale: its language's when there is a translation, else English. */
    static CliText of(Locale locale) {
        return new CliText(ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(locale.getLanguage()), CliText.class.getClassLoader(),
                NO_DEFAULT_LOCALE));
    }

    /**
     * Words to be told in the language of whoever prints them: a message key with its arguments, usable as an argument
     * of another message (a hint inside an error) and formatted in that message's language.
     */
    record Words(String key, Object... arguments) {
    }

    /** Words of a key, for nesting in another message. */
    static Words words(String key, Object... arguments) {
        return new Words(key, arguments.clone());
    }

    /** The bundle itself, for picocli's help. */
    ResourceBundle bundle() {
        return bundle;
    }

    /**
     * The words for a message key with {@code {0}}, {@code {1}}... replaced by the arguments. Unlike MessageFormat,
     * an apostrophe is just an apostrophe (French and English need many) and no number is formatted by locale.
     */
    String format(String key, Object... arguments) {
        String text;
        try {
            text = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("the command line's text '" + key + "' is missing from " + BUNDLE, e);
        }
        StringBuilder out = new StringBuilder(text.length() + 32);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int close = c == '{' ? text.indexOf('}', i) : -1;
            if (close > i + 1 && text.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                int n = Integer.parseInt(text.substring(i + 1, close));
                out.append(n < arguments.length ? text(arguments[n]) : text.substring(i, close + 1));
                i = close;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** An argument as text: nested words in this language, a list item by item with commas, anything else as it is. */
    private String text(Object argument) {
        if (argument instanceof Words words) {
            return format(words.key(), words.arguments());
        }
        if (argument instanceof java.util.List<?> list) {
            return String.join(", ", list.stream().map(this::text).toList());
        }
        return String.valueOf(argument);
    }
}
