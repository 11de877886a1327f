package org.mnr.engine.result;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A pack an assessment used.
 *
 * @param id the pack id
 * @param version the pack version
 */
@JsonPropertyOrder({"id", "version"})
@API(status = STABLE, since = "1.0")
public record PackVersion(String id, String version) {
}
