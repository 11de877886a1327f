package org.mnr.server.view;

import java.util.List;

/**
 * One evidence key in the form, with the control its type needs.
 *
 * @param key the key
 * @param type boolean, number, date, enum or set
 * @param description what it means and what proves it
 * @param range the allowed range or values, as a person reads them
 * @param pack the pack that defines it
 * @param variant whether that pack is a regional variant
 * @param value the value now, as the control holds it ({@code true}, {@code 12}, {@code 2026-01-31}); empty when not known
 * @param choices the options of a list or multi-select, or of yes/no
 * @param min the smallest number allowed, or empty
 * @param max the largest number allowed, or empty
 * @param none whether a set is given as empty (none of its members), as opposed to not known
 * @param source what proves it
 * @param note a free note
 * @param confidences the confidences an item may give, the one it gives chosen
 */
public record KeyField(String key, String type, String description, String range, String pack, boolean variant, String value, List<Choice> choices,
        String min, String max, boolean none, String source, String note, List<Choice> confidences) {

    /** Copies the lists. */
    public KeyField {
        choices = List.copyOf(choices);
        confidences = List.copyOf(confidences);
    }

    /** The id of the element of the control, unique in the page. */
    public String id() {
        return "k-" + key.replaceAll("[^A-Za-z0-9_-]", "-");
    }
}
