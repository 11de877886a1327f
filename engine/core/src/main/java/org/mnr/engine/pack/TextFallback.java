package org.mnr.engine.pack;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.Objects;

/**
 * A pack that has no text in a language for some of its texts, which are shown in English instead.
 *
 * @param pack the pack's id
 * @param count how many of its texts have no translation in that language
 */
@API(status = EXPERIMENTAL, since = "1.2")
public record TextFallback(String pack, int count) implements Comparable<TextFallback> {

    /** Validates the fields. */
    public TextFallback {
        Objects.requireNonNull(pack, "pack");
        if (count < 1) {
            throw new IllegalArgumentException("a fallback counts at least one text, not " + count);
        }
    }

    /** By pack id. */
    @Override
    public int compareTo(TextFallback other) {
        return pack.compareTo(other.pack);
    }
}
