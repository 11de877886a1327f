package org.mnr.engine.result;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The engine that produced a result.
 *
 * @param name the engine's name
 * @param version the engine's version
 */
@JsonPropertyOrder({"name", "version"})
public record EngineVersion(String name, String version) {
}
