package org.mnr.engine.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One entry of a pack's evidence vocabulary: a key an evidence file may give, with its type.
 *
 * @param key the key, e.g. {@code governance.body.exists}
 * @param capability the capability the key informs
 * @param type the value's type
 * @param values the allowed values of an enum or set key, in the vocabulary's order; empty otherwise
 * @param min the smallest allowed number, or null
 * @param max the largest allowed number, or null
 * @param unit the unit of a number, or null
 * @param description what the key means and what proves it
 * @param pack the id of the pack that defines the key
 * @param retiredSince the pack version that retired the key, or null while it is in use
 * @param replacedBy the key to give instead of a retired one, or null
 * @param retiredReason why the key was retired, or null (since 1.2)
 * @param instrument the id of the instrument (in its pack's instruments file) the key asks about, or null (since 1.2)
 */
@API(status = STABLE, since = "1.0")
public record EvidenceKey(
        String key,
        int capability,
        ValueType type,
        List<String> values,
        BigDecimal min,
        BigDecimal max,
        String unit,
        String description,
        String pack,
        String retiredSince,
        String replacedBy,
        @API(status = EXPERIMENTAL, since = "1.2") String retiredReason,
        @API(status = EXPERIMENTAL, since = "1.2") String instrument) {

    /** Validates and copies the fields. */
    public EvidenceKey {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        values = List.copyOf(values);
        Objects.requireNonNull(pack, "pack");
    }

    /** A key as 1.1 knew it: no reason for retiring it, no instrument. */
    public EvidenceKey(String key, int capability, ValueType type, List<String> values, BigDecimal min, BigDecimal max, String unit,
            String description, String pack, String retiredSince, String replacedBy) {
        this(key, capability, type, values, min, max, unit, description, pack, retiredSince, replacedBy, null, null);
    }

    /** A key in use. */
    public EvidenceKey(String key, int capability, ValueType type, List<String> values, BigDecimal min, BigDecimal max, String unit,
            String description, String pack) {
        this(key, capability, type, values, min, max, unit, description, pack, null, null);
    }

    /** Whether the key is retired: evidence may still give it, with a warning, but no criterion reads it. */
    public boolean retired() {
        return retiredSince != null;
    }
}
