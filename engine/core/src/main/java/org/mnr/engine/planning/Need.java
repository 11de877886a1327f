package org.mnr.engine.planning;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * What one evidence key must be for a criterion's condition to hold, as its rule compares it.
 *
 * @param key the evidence key
 * @param requirement the requirement in words, e.g. {@code at least 18} or {@code includes production, possession}
 * @param value a value that meets it, as an evidence file would give it, or null when none can be derived
 */
@API(status = EXPERIMENTAL, since = "1.0")
public record Need(String key, String requirement, Object value) {
}
