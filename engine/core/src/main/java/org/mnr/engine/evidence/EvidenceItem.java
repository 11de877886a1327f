package org.mnr.engine.evidence;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

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
 * @param confidence how solid the item is, as given; null when the file gives none, which counts as
 *     {@link Confidence#REPORTED} (see {@link #effectiveConfidence()})
 * @param place where the item's value is in its file
 * @param keyPlace where the item's key is in its file
 */
@API(status = STABLE, since = "1.0")
public record EvidenceItem(String key, Object value, String source, String note, Confidence confidence, Place place,
        Place keyPlace) {

    /** Validates the fields. */
    public EvidenceItem {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(keyPlace, "keyPlace");
    }

    /** An item that gives no confidence, whose key is at {@code keyPlace}. */
    public EvidenceItem(String key, Object value, String source, String note, Place place, Place keyPlace) {
        this(key, value, source, note, null, place, keyPlace);
    }

    /**
     * An item of a text file, whose key is named at the value's line and column with the pointer
     * {@code .../key} in place of {@code .../value}.
     */
    public EvidenceItem(String key, Object value, String source, String note, Confidence confidence, Place place) {
        this(key, value, source, note, confidence, place,
                new Place(place.pointer().replaceFirst("/value$", "/key"), place.line(), place.column(), place.label()));
    }

    /** An item of a text file that gives no confidence (see {@link #EvidenceItem(String, Object, String, String, Confidence, Place)}). */
    public EvidenceItem(String key, Object value, String source, String note, Place place) {
        this(key, value, source, note, (Confidence) null, place);
    }

    /** The confidence the item counts with: as given, or {@link Confidence#REPORTED} when it gives none. */
    public Confidence effectiveConfidence() {
        return confidence == null ? Confidence.REPORTED : confidence;
    }

    /** This item with the given confidence. */
    public EvidenceItem withConfidence(Confidence newConfidence) {
        return new EvidenceItem(key, value, source, note, newConfidence, place, keyPlace);
    }
}
