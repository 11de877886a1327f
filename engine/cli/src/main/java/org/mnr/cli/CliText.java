package org.mnr.cli;

import java.util.Locale;
import java.util.ResourceBundle;
import org.mnr.engine.text.Texts;

/**
 * The command line's own words in one language, from {@code org/mnr/cli/messages*.properties}: its messages
 * ({@code msg.*} keys) and, for picocli, its help in French and Spanish (English help is in the annotations).
 * Any other language gets English; the system's default locale never picks the bundle behind our back.
 */
final class CliText {

    private static final String BUNDLE = "org.mnr.cli.messages";

    /** The English words, for messages made before a language is known (exceptions' own text). */
    static final CliText ENGLISH = of(Locale.ENGLISH);

    private final Texts texts;

    private CliText(Texts texts) {
        this.texts = texts;
    }

    /** The words for a locale: its language's when there is a translation, else English. */
    static CliText of(Locale locale) {
        return new CliText(Texts.of(BUNDLE, "the command line's text", CliText.class.getClassLoader(), locale));
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
        return texts.bundle();
    }

    /**
     * The words for a message key with {@code {0}}, {@code {1}}... replaced by the arguments. Unlike MessageFormat,
     * an apostrophe is just an apostrophe (French and English need many) and no number is formatted by locale.
     */
    String format(String key, Object... arguments) {
        return texts.substitute(key, n -> n < arguments.length ? text(arguments[n]) : null);
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
