package org.mnr.engine.evidence;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;
import org.mnr.engine.internal.evidence.ProblemTexts;

/**
 * What a problem says, as a key of the engine's problem texts and its arguments, so that it can be said again in
 * another language ({@link Problem#message(Locale)}).
 *
 * <p>The texts are {@code org/mnr/engine/evidence/problems*.properties} (English, French, Spanish). In a text,
 * {@code {0}}, {@code {1}}... stand for the arguments, then for the phrases: a phrase is a wording of its own, said in
 * the same language (e.g. "the string "x"" inside "a.key takes a number, not the string "x""). Arguments are what the
 * user wrote, key names, file names and codes: they are never translated.
 *
 * @param key the text's key, e.g. {@code evidence.key.unknown}; the hint's is the same key with {@code .hint}
 * @param arguments the arguments, in order
 * @param phrases the phrases, numbered after the arguments
 */
@API(status = EXPERIMENTAL, since = "1.2")
public record Wording(String key, List<String> arguments, List<Wording> phrases) {

    /** Validates and copies the fields. */
    public Wording {
        Objects.requireNonNull(key, "key");
        arguments = List.copyOf(arguments);
        phrases = List.copyOf(phrases);
    }

    /** A wording without phrases. */
    public Wording(String key, List<String> arguments) {
        this(key, arguments, List.of());
    }

    /** A wording of the given arguments, without phrases. */
    public static Wording of(String key, String... arguments) {
        return new Wording(key, List.of(arguments));
    }

    /** The same wording with a phrase more. */
    public Wording with(Wording phrase) {
        List<Wording> more = new java.util.ArrayList<>(phrases);
        more.add(phrase);
        return new Wording(key, arguments, more);
    }

    /** The text in a language: French or Spanish when asked for, else English. */
    public String in(Locale locale) {
        return ProblemTexts.format(locale, key, this);
    }
}
