package org.mnr.engine.model;

/**
 * One of the MNR's capabilities.
 *
 * @param id the capability number, 1 to 21 in the base model
 * @param name the capability's name, e.g. {@code Leadership}
 * @param domain the id of the domain it belongs to
 * @param summary what the capability looks like when mature
 */
public record Capability(int id, String name, String domain, String summary) {
}
