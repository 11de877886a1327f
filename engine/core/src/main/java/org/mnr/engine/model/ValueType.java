package org.mnr.engine.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

import java.util.Locale;
import java.util.Optional;

/** The type of an evidence key's value, as an evidence file writes it. */
@API(status = STABLE, since = "1.0")
public enum ValueType {
    /** A JSON {@code true} or {@code false}. */
    BOOLEAN,
    /** A JSON number, within the key's {@code min} and {@code max} where given. */
    NUMBER,
    /** An ISO {@code yyyy-mm-dd} date string. */
    DATE,
    /** One string among the key's allowed values. */
    ENUM,
    /** A JSON array of distinct strings among the key's allowed values. */
    SET;

    /** The name used in descriptors and evidence documentation, e.g. {@code boolean}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Finds a type by its descriptor name. */
    public static Optional<ValueType> fromId(String id) {
        for (ValueType type : values()) {
            if (type.id().equals(id)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
