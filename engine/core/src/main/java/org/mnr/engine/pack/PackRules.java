package org.mnr.engine.pack;

import java.util.List;
import java.util.Objects;
import org.mnr.engine.model.Criterion;
import org.mnr.engine.pack.Pack;

/**
 * A pack together with the criteria its rules define.
 *
 * @param pack the pack
 * @param criteria its criteria, sorted by id
 */
public record PackRules(Pack pack, List<Criterion> criteria) {

    /** Validates and copies the fields. */
    public PackRules {
        Objects.requireNonNull(pack, "pack");
        criteria = List.copyOf(criteria);
    }
}
