package org.mnr.aggregate;

import java.util.List;

/**
 * How many countries are at each level of one capability, as published.
 *
 * @param id the capability number
 * @param name its name
 * @param domain the id of its domain
 * @param cells one per level, 0 to 4
 */
public record CapabilityCounts(int id, String name, String domain, List<Cell> cells) {

    /** Copies the list. */
    public CapabilityCounts {
        cells = List.copyOf(cells);
    }
}
