package org.mnr.engine.result;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Another capability's level that a cross-capability criterion read.
 *
 * @param capability the capability number
 * @param level the level it reached
 */
@JsonPropertyOrder({"capability", "level"})
@API(status = STABLE, since = "1.0")
public record CapabilityCitation(int capability, int level) {
}
