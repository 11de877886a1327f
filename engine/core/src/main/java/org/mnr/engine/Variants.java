package org.mnr.engine;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

import java.util.List;
import java.util.Objects;

/**
 * Which regional variants an assessment uses.
 *
 * @param mode how they are chosen
 * @param ids the variant ids, for {@link Mode#NAMED}
 */
@API(status = STABLE, since = "1.0")
public record Variants(Mode mode, List<String> ids) {

    /** How variants are chosen. */
    public enum Mode {
        /** Every variant whose {@code appliesTo} meets the country's memberships. */
        FROM_MEMBERSHIPS,
        /** Exactly the named variants, whatever the memberships. */
        NAMED,
        /** None: the base pack alone. */
        NONE
    }

    /** Validates and copies the fields. */
    public Variants {
        Objects.requireNonNull(mode, "mode");
        ids = List.copyOf(ids);
    }

    /** The variants the country's memberships select; the default. */
    public static Variants fromMemberships() {
        return new Variants(Mode.FROM_MEMBERSHIPS, List.of());
    }

    /** Exactly these variants. */
    public static Variants named(List<String> ids) {
        return new Variants(Mode.NAMED, ids);
    }

    /** The base pack alone. */
    public static Variants none() {
        return new Variants(Mode.NONE, List.of());
    }
}
