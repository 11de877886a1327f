package org.mnr.engine.model;

/**
 * A maturity level of a capability.
 *
 * @param level the level, 0 (not in place) to 4 (mature)
 * @param name the level's name, e.g. {@code Established}
 */
public record Level(int level, String name) {
}
