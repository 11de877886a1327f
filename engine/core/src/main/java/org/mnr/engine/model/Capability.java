package org.mnr.engine.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * One of the MNR's capabilities.
 *
 * @param id the capability number, 1 to 21 in the base model
 * @param name the capability's name, e.g. {@code Leadership}
 * @param domain the id of the domain it belongs to
 * @param summary what the capability looks like when mature
 */
@API(status = STABLE, since = "1.0")
public record Capability(int id, String name, String domain, String summary) {
}
