package org.mnr.server.view;

/**
 * One option of a list or multi-select.
 *
 * @param value the value written in the evidence
 * @param label what the person sees
 * @param selected whether it is chosen now
 */
public record Choice(String value, String label, boolean selected) {
}
