package org.mnr.engine.model;

import java.util.List;

/**
 * One of the MNR's domains, grouping capabilities.
 *
 * @param id the domain id, e.g. {@code D1}
 * @param name the domain name, e.g. {@code Policy and Governance}
 * @param capabilities the ids of the domain's capabilities, in order
 */
public record Domain(String id, String name, List<Integer> capabilities) {

    /** Copies the capability list. */
    public Domain {
        capabilities = List.copyOf(capabilities);
    }
}
