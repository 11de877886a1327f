package org.mnr.engine.result;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The engine that produced a result.
 *
 * @param name the engine's name
 * @param version the engine's version
 */
@JsonPropertyOrder({"name", "version"})
@API(status = STABLE, since = "1.0")
public record EngineVersion(String name, String version) {
}
