package org.mnr.aggregate;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.List;

/**
 * How many countries are at each level of one capability, as published.
 *
 * @param id the capability number
 * @param name its name
 * @param domain the id of its domain
 * @param cells one per level, 0 to 4
 */
@API(status = EXPERIMENTAL, since = "1.0")
public record CapabilityCounts(int id, String name, String domain, List<Cell> cells) {

    /** Copies the list. */
    public CapabilityCounts {
        cells = List.copyOf(cells);
    }
}
