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
 * @param level its level as scored when the page was made, in the reports' words: {@code Not assessed} when no
 *     criterion is settled, {@code 1 Building, up to 3 Established} while evidence is missing, else {@code 2 Developing};
 *     empty when not scored
 * @param coverage its coverage then, e.g. {@code 75%}
 * @param next its next step then
 * @param provisional whether its level may still rise as evidence is given (level below its highest reachable level)
 * @param assessed whether any of its criteria is settled (coverage above 0)
 * @param confidence the strongest confidence on which it keeps its level, e.g. {@code documented}; a dash at level 0
 *     or when not scored
 */
public record CapabilityForm(int id, String name, String domain, String summary, List<KeyField> keys, String level, String coverage,
        String next, boolean provisional, boolean assessed, String confidence) {

    /** Copies the list. */
    public CapabilityForm {
        keys = List.copyOf(keys);
    }
}
