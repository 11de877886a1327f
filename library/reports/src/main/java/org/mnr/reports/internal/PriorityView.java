package org.mnr.reports.internal;

import java.util.List;

/**
 * One of the few priorities a summary names: a criterion that blocks a capability's next level, with
 * what to do about it.
 *
 * @param capability the capability number
 * @param capabilityName its name
 * @param criterion the criterion id
 * @param title what the criterion requires
 * @param needs for evidence to collect, the keys and levels to find out; for a change, what each key must become
 */
public record PriorityView(int capability, String capabilityName, String criterion, String title, List<String> needs) {

    /** Copies the list. */
    public PriorityView {
        needs = List.copyOf(needs);
    }
}
