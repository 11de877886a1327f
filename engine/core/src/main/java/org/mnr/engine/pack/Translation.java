package org.mnr.engine.pack;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One translation file of a pack ({@code translations:} in {@code pack.yaml}): its texts in one language, by the id of what
 * they translate. Each map holds only what the file gives; what it lacks is shown in English (see {@code PackTexts}).
 *
 * @param language the language code, e.g. {@code fr}
 * @param file the file, as a path or jar entry, for messages
 * @param levels level names by level, 0 to 4 (base pack only)
 * @param domains domain names by domain id (base pack only)
 * @param capabilityNames capability names by capability number (base pack only)
 * @param capabilitySummaries capability summaries by capability number (base pack only)
 * @param criteria criterion titles by criterion id
 * @param keys evidence key descriptions by key
 * @param reasons waiver and exemption reasons by criterion id
 */
@API(status = EXPERIMENTAL, since = "1.2")
public record Translation(String language, String file, Map<Integer, String> levels, Map<String, String> domains,
        Map<Integer, String> capabilityNames, Map<Integer, String> capabilitySummaries, Map<String, String> criteria,
        Map<String, String> keys, Map<String, String> reasons) {

    /** Validates the fields and copies the maps, sorted by id. */
    public Translation {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(file, "file");
        levels = sorted(levels);
        domains = sorted(domains);
        capabilityNames = sorted(capabilityNames);
        capabilitySummaries = sorted(capabilitySummaries);
        criteria = sorted(criteria);
        keys = sorted(keys);
        reasons = sorted(reasons);
    }

    private static <K, V> Map<K, V> sorted(Map<K, V> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(map));
    }
}
