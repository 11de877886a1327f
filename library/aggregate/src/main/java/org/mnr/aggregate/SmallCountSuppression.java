package org.mnr.aggregate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Withholds the counts of a row that could point at a few countries.
 *
 * <p>Every count below the minimum group size is suppressed, zero included, as the rule reads; a
 * reader then knows only that each suppressed cell holds 0 to minimum group - 1 countries. Because
 * every row adds up to the number of countries, which is published, that is not enough on its own:
 *
 * <ul>
 *   <li>a single suppressed cell would be the total minus the rest. So whenever a row has exactly
 *       one suppressed cell, whatever its count, the first shown cell (lowest level) is hidden too.
 *       The choice depends only on which cells are suppressed, never on their counts, so that it
 *       gives nothing away itself; and a hidden cell, known only to hold minimum group or more, can
 *       absorb any remainder.
 *   <li>several suppressed cells whose remainder is their largest possible sum must each hold
 *       minimum group - 1. Hiding one more cell would not help, since a reader who knows this rule
 *       would know why it was hidden; so the whole row is withheld, and a reader learns only that
 *       some levels, not which, hold minimum group - 1. When every level holds minimum group - 1,
 *       even that gives them away, and the row cannot be published at all.
 * </ul>
 */
final class SmallCountSuppression {

    private SmallCountSuppression() {
    }

    /**
     * The cells of one row, or nothing when the row cannot be published without pinning a count.
     *
     * @param counts the number of countries at each level
     * @param minGroup the smallest count that may be shown, at least 2
     */
    static Optional<List<Cell>> apply(int[] counts, int minGroup) {
        int suppressed = 0;
        int remainder = 0;
        int firstShown = -1;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] < minGroup) {
                suppressed++;
                remainder += counts[i];
            } else if (firstShown < 0) {
                firstShown = i;
            }
        }
        if (suppressed > 1 && remainder > 0 && remainder == suppressed * (minGroup - 1)) {
            return suppressed == counts.length ? Optional.empty() : Optional.of(Collections.nCopies(counts.length, Cell.withheld()));
        }
        int hidden = suppressed == 1 ? firstShown : -1;
        List<Cell> cells = new ArrayList<>(counts.length);
        for (int i = 0; i < counts.length; i++) {
            cells.add(i == hidden ? Cell.hidden() : counts[i] < minGroup ? Cell.belowMinGroup() : Cell.shown(counts[i]));
        }
        return Optional.of(cells);
    }
}
