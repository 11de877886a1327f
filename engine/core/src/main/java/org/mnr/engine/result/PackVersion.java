package org.mnr.engine.result;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A pack an assessment used.
 *
 * @param id the pack id
 * @param version the pack version
 */
@JsonPropertyOrder({"id", "version"})
public record PackVersion(String id, String version) {
}
