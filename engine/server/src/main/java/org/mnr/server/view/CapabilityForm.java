package org.mnr.server.view;

import java.util.List;

/**
 * One capability's part of the form: its keys, and its result as last scored.
 *
 * @param id the capability number
 * @param name its name
 * @param domain its domain's name
 * @param summary what it looks like when mature
 * @param keys its evidence keys
 * @param level its level as scored when the page was made, e.g. {@code 2 Developing}; empty when not scored
 * @param coverage its coverage then, e.g. {@code 75%}
 * @param next its next step then
 */
public record CapabilityForm(int id, String name, String domain, String summary, List<KeyField> keys, String level, String coverage,
        String next) {

    /** Copies the list. */
    public CapabilityForm {
        keys = List.copyOf(keys);
    }
}
