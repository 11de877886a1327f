package org.mnr.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mnr.testkit.PackCase;

/**
 * An immutable set of evidence items that tests combine, extend and trim before handing them to a
 * {@link PackCase}. Every operation returns a new map; later values replace earlier ones.
 */
final class EvidenceMap {

    private static final EvidenceMap EMPTY = new EvidenceMap(new LinkedHashMap<>());

    private final Map<String, Object> items;

    private EvidenceMap(Map<String, Object> items) {
        this.items = items;
    }

    /** No evidence at all. */
    static EvidenceMap none() {
        return EMPTY;
    }

    /** Evidence from alternating keys and values. */
    static EvidenceMap of(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values must alternate");
        }
        Map<String, Object> items = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            items.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return new EvidenceMap(items);
    }

    /** This evidence with one item added or replaced. */
    EvidenceMap with(String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(items);
        copy.put(key, value);
        return new EvidenceMap(copy);
    }

    /** This evidence with a set item given as its members. */
    EvidenceMap withMembers(String key, String... members) {
        return with(key, List.of(members));
    }

    /** This evidence without the given keys. */
    EvidenceMap without(String... keys) {
        Map<String, Object> copy = new LinkedHashMap<>(items);
        for (String key : keys) {
            if (copy.remove(key) == null) {
                throw new IllegalArgumentException("the evidence has no key " + key + " to remove");
            }
        }
        return new EvidenceMap(copy);
    }

    /** This evidence and the other's; the other's values win. */
    EvidenceMap and(EvidenceMap other) {
        Map<String, Object> copy = new LinkedHashMap<>(items);
        copy.putAll(other.items);
        return new EvidenceMap(copy);
    }

    /** The value given for a key, or null. */
    Object get(String key) {
        return items.get(key);
    }

    /** The items, read-only. */
    Map<String, Object> items() {
        return Collections.unmodifiableMap(items);
    }

    /** Gives every item to the case. */
    PackCase applyTo(PackCase packCase) {
        items.forEach(packCase::with);
        return packCase;
    }

    @Override
    public String toString() {
        return items.toString();
    }
}
