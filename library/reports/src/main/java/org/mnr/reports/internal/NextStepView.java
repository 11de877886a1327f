package org.mnr.reports.internal;

import java.util.List;

/**
 * What a capability needs for its next level: the criteria that block it, with their titles.
 *
 * @param level the next level
 * @param name that level's name
 * @param blocking the criteria up to that level that are not met
 */
public record NextStepView(int level, String name, List<CriterionView> blocking) {

    /** Copies the list. */
    public NextStepView {
        blocking = List.copyOf(blocking);
    }
}
