package org.mnr.engine.internal.lint;

import java.util.List;
import java.util.Map;

/**
 * A rule as its DRL text shows it, before any compilation.
 *
 * @param name the rule's name
 * @param file the DRL file
 * @param line the line of {@code rule}
 * @param metadata its metadata, as written
 * @param keys each evidence key its conditions compare, with how they compare it
 * @param capabilities the capabilities whose level its conditions read
 */
record ScannedRule(String name, String file, int line, Map<String, Object> metadata, List<KeyUse> keys, List<Integer> capabilities) {

    /**
     * One comparison of an evidence key in a rule's conditions.
     *
     * @param key the key
     * @param line the line it is named on
     * @param accessors the fact accessors compared for it: flag, number, text, date or members
     * @param values the enum or set values it is compared with
     */
    record KeyUse(String key, int line, List<String> accessors, List<String> values) {
    }
}
