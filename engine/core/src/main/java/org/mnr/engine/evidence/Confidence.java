package org.mnr.engine.evidence;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * How solid an evidence item is, strongest first (docs/model.md, "Confidence").
 *
 * <p>An item that gives none counts as {@link #REPORTED}.
 */
@API(status = STABLE, since = "1.1")
public enum Confidence {
    /** Checked against its source by someone other than the person who supplied it. */
    VERIFIED,
    /** Backed by a cited official document, not independently checked. */
    DOCUMENTED,
    /** Stated without a document. */
    REPORTED;

    /** Every confidence's word, strongest first, as files write them. */
    public static List<String> words() {
        return Arrays.stream(values()).map(Confidence::word).toList();
    }

    /** The word files and results write, e.g. {@code documented}. */
    @JsonValue
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The confidence a word names, exactly as {@link #word()} writes it; empty for null or any other text. */
    public static Optional<Confidence> parse(String word) {
        if (word == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(c -> c.word().equals(word)).findFirst();
    }

    /** Reads a confidence from JSON; an unknown word fails the reading. */
    @JsonCreator
    static Confidence fromJson(String word) {
        return parse(word).orElseThrow(() -> new IllegalArgumentException("not a confidence: " + word));
    }

    /** Whether this confidence is {@code other} or stronger. */
    public boolean atLeast(Confidence other) {
        return compareTo(other) <= 0;
    }

    @Override
    public String toString() {
        return word();
    }
}
