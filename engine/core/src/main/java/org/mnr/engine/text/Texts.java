package org.mnr.engine.text;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.IntFunction;
import org.apiguardian.api.API;

/**
 * One bundle of words ({@code name*.properties}, UTF-8) in English, French or Spanish: English for any other language,
 * and never a language chosen by the system's default locale, so the same input reads the same on every machine.
 * Public only so that the project's libraries read their words the way the engine reads its own.
 */
@API(status = INTERNAL, since = "1.2")
public final class Texts {

    /** The languages the project is written in, English (the base bundle) first. */
    public static final List<String> LANGUAGES = List.of("en", "fr", "es");

    /** Only the bundles asked for and the base one: without this, a French JVM would hand French to a German caller. */
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    /** More digits than an int holds are no placeholder; nine always fit. */
    private static final int MAX_INDEX_DIGITS = 9;

    private final ResourceBundle bundle;
    private final String name;
    private final String what;

    private Texts(ResourceBundle bundle, String name, String what) {
        this.bundle = bundle;
        this.name = name;
        this.what = what;
    }

    /**
     * The words of a bundle in a locale's language: French or Spanish when asked for, else English.
     *
     * @param name the bundle's base name, e.g. {@code org.mnr.reports.messages}
     * @param what what a key names, for the error when one is missing, e.g. {@code the report text}
     * @param loader the class loader that holds the bundle (the caller's own)
     * @param locale the language wanted; {@code null} means English
     */
    public static Texts of(String name, String what, ClassLoader loader, Locale locale) {
        String language = locale == null ? "" : locale.getLanguage();
        // The base bundle is the English one: ask for Locale.ROOT, so that no name_en is looked for.
        Locale chosen = LANGUAGES.contains(language) && !language.equals("en") ? Locale.forLanguageTag(language) : Locale.ROOT;
        return new Texts(ResourceBundle.getBundle(name, chosen, loader, NO_DEFAULT_LOCALE), name, what);
    }

    /** The language the words are in, e.g. {@code fr}; {@code en} for the base bundle. */
    public String language() {
        String language = bundle.getLocale().getLanguage();
        return language.isEmpty() ? "en" : language;
    }

    /** How this bundle's language writes colons, semicolons and decimals. */
    public Punctuation punctuation() {
        return Punctuation.of(Locale.forLanguageTag(language()));
    }

    /** The bundle itself, for those that hand it on (picocli's help) or list its keys. */
    public ResourceBundle bundle() {
        return bundle;
    }

    /** Whether the words have a key. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /**
     * The words for a key.
     *
     * @throws IllegalStateException naming the key and the bundle when the key is missing
     */
    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException(what + " '" + key + "' is missing from " + name, e);
        }
    }

    /**
     * The words for a key with {@code {0}}, {@code {1}}... replaced by the arguments as {@link String#valueOf(Object)}
     * writes them. Unlike MessageFormat, an apostrophe is just an apostrophe, as French needs, and no number is formatted
     * by locale; a placeholder without an argument stays as written.
     */
    public String format(String key, Object... arguments) {
        return substitute(key, n -> n < arguments.length ? String.valueOf(arguments[n]) : null);
    }

    /**
     * The words for a key with each {@code {n}} replaced by {@code argument.apply(n)}, or left as written where that
     * is {@code null}: for callers whose arguments are words themselves (a phrase said in the same language).
     */
    public String substitute(String key, IntFunction<String> argument) {
        String text = get(key);
        StringBuilder out = new StringBuilder(text.length() + 32);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int close = c == '{' ? text.indexOf('}', i) : -1;
            String replacement = close > i + 1 && close - i - 1 <= MAX_INDEX_DIGITS
                    && text.substring(i + 1, close).chars().allMatch(Character::isDigit)
                    ? argument.apply(Integer.parseInt(text.substring(i + 1, close)))
                    : null;
            if (replacement != null) {
                out.append(replacement);
                i = close;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
