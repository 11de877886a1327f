package org.mnr.aggregate;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.Objects;

/**
 * One count of an aggregate table as published: the number, or why it is withheld. A withheld
 * cell does not carry its count, so no renderer can leak it.
 *
 * @param count the number of countries, or null when withheld
 * @param kind whether it is shown, below the minimum group, or hidden to protect another cell
 */
@API(status = EXPERIMENTAL, since = "1.0")
public record Cell(Integer count, Kind kind) {

    /** Why a count is or is not shown. */
    public enum Kind {
        /** The count is at least the minimum group size and shown. */
        SHOWN,
        /** The count is below the minimum group size. */
        BELOW_MIN_GROUP,
        /** The count is at least the minimum group size, but hidden so that a suppressed count cannot be worked out from the rest. */
        HIDDEN,
        /** The whole row is withheld, because its suppressed counts could be worked out from the number of countries. */
        WITHHELD
    }

    /** Checks that only a shown cell has a count. */
    public Cell {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.SHOWN) != (count != null)) {
            throw new IllegalArgumentException("only a shown cell has a count");
        }
    }

    static Cell shown(int count) {
        return new Cell(count, Kind.SHOWN);
    }

    static Cell belowMinGroup() {
        return new Cell(null, Kind.BELOW_MIN_GROUP);
    }

    static Cell hidden() {
        return new Cell(null, Kind.HIDDEN);
    }

    static Cell withheld() {
        return new Cell(null, Kind.WITHHELD);
    }
}
