package org.mnr.engine.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

import java.util.List;

/**
 * One of the MNR's domains, grouping capabilities.
 *
 * @param id the domain id, e.g. {@code D1}
 * @param name the domain name, e.g. {@code Policy and Governance}
 * @param capabilities the ids of the domain's capabilities, in order
 */
@API(status = STABLE, since = "1.0")
public record Domain(String id, String name, List<Integer> capabilities) {

    /** Copies the capability list. */
    public Domain {
        capabilities = List.copyOf(capabilities);
    }
}
