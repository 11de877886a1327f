package org.mnr.engine.evidence;

import java.util.Objects;

/**
 * One item of evidence as given: a key, its value and where the value comes from.
 *
 * <p>The value is as read: a {@link Boolean}, a {@link java.math.BigDecimal}, a {@link String} (enum
 * values and ISO dates), a {@link java.time.LocalDate}, a {@link java.util.List} of strings (sets), or
 * null for "not known", which counts as no evidence. The engine checks it against the key's type.
 *
 * @param key the evidence key
 * @param value the value, or null when not known
 * @param source what proves it, or null
 * @param note a free note, or null
 * @param place where the item is in its file
 */
public record EvidenceItem(String key, Object value, String source, String note, Place place) {

    /** Validates the fields. */
    public EvidenceItem {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(place, "place");
    }
}
