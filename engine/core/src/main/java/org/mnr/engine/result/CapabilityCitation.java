package org.mnr.engine.result;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Another capability's level that a cross-capability criterion read.
 *
 * @param capability the capability number
 * @param level the level it reached
 */
@JsonPropertyOrder({"capability", "level"})
public record CapabilityCitation(int capability, int level) {
}
