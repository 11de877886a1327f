package org.mnr.cli.aggregate;

import java.util.ArrayList;
import java.util.List;

/**
 * Withholds the counts of a row that could point at a few countries.
 *
 * <p>Every count below the minimum group size is suppressed, zero included, as the rule reads.
 * Suppression alone is not enough, because every row adds up to the number of countries, which is
 * published: a single suppressed cell would be that total minus the rest. So the smallest shown
 * counts are hidden as well, until no suppressed count other than zero can be worked out from the
 * total, the shown counts and what the markers say (a suppressed count is below the minimum group,
 * a hidden one is not).
 */
final class SmallCountSuppression {

    private SmallCountSuppression() {
    }

    /**
     * The cells of one row.
     *
     * @param counts the number of countries at each level
     * @param minGroup the smallest count that may be shown, at least 2
     */
    static List<Cell> apply(int[] counts, int minGroup) {
        Cell.Kind[] kinds = new Cell.Kind[counts.length];
        for (int i = 0; i < counts.length; i++) {
            kinds[i] = counts[i] < minGroup ? Cell.Kind.BELOW_MIN_GROUP : Cell.Kind.SHOWN;
        }
        while (disclosesASuppressedCount(counts, kinds, minGroup)) {
            int smallest = -1;
            for (int i = 0; i < counts.length; i++) {
                if (kinds[i] == Cell.Kind.SHOWN && (smallest < 0 || counts[i] < counts[smallest])) {
                    smallest = i;
                }
            }
            if (smallest < 0) {
                break;
            }
            kinds[smallest] = Cell.Kind.HIDDEN;
        }
        List<Cell> cells = new ArrayList<>(counts.length);
        for (int i = 0; i < counts.length; i++) {
            cells.add(kinds[i] == Cell.Kind.SHOWN ? Cell.shown(counts[i]) : kinds[i] == Cell.Kind.HIDDEN ? Cell.hidden() : Cell.belowMinGroup());
        }
        return cells;
    }

    /**
     * Whether a reader could pin a suppressed cell to one count above zero. The reader knows the
     * remainder (the total minus the shown counts), that each suppressed cell is from 0 to
     * minGroup - 1 and that each hidden cell is minGroup or more; a suppressed cell is then between
     * the remainder less what the others can hold at most, and the remainder less what they need at
     * least.
     */
    private static boolean disclosesASuppressedCount(int[] counts, Cell.Kind[] kinds, int minGroup) {
        int remainder = 0;
        int suppressed = 0;
        int hidden = 0;
        for (int i = 0; i < counts.length; i++) {
            switch (kinds[i]) {
                case SHOWN -> { }
                case BELOW_MIN_GROUP -> {
                    remainder += counts[i];
                    suppressed++;
                }
                case HIDDEN -> {
                    remainder += counts[i];
                    hidden++;
                }
            }
        }
        if (suppressed == 0) {
            return false;
        }
        int most = Math.min(minGroup - 1, remainder - hidden * minGroup);
        int least = hidden > 0 ? 0 : Math.max(0, remainder - (suppressed - 1) * (minGroup - 1));
        return least == most && most > 0;
    }
}
