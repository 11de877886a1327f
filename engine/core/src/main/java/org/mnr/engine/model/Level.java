package org.mnr.engine.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * A maturity level of a capability.
 *
 * @param level the level, 0 (not in place) to 4 (mature)
 * @param name the level's name, e.g. {@code Established}
 */
@API(status = STABLE, since = "1.0")
public record Level(int level, String name) {
}
