package org.mnr.server.view;

import java.util.List;

/**
 * The comparison of two assessments of a country.
 *
 * @param before the earlier file
 * @param after the later file
 * @param text what moved and why, as {@code mnr diff} prints it
 * @param problems why it could not be compared, one line each; empty when it was
 */
public record CompareView(String before, String after, String text, List<String> problems) {

    /** Copies the list. */
    public CompareView {
        problems = List.copyOf(problems);
    }
}
