package org.mnr.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class SmallCountSuppressionTest {

    @Test
    void showsCountsAtOrAboveTheMinimumGroupAndSuppressesTheRestZeroIncluded() {
        assertThat(SmallCountSuppression.apply(new int[] {0, 5, 6, 0, 0}, 5).orElseThrow())
                .containsExactly(Cell.belowMinGroup(), Cell.shown(5), Cell.shown(6), Cell.belowMinGroup(), Cell.belowMinGroup());
    }

    @Test
    void hidesTheFirstShownCountWhenASingleSuppressedCountWouldBeTheTotalMinusTheRest() {
        // 3 = 29 - 6 - 5 - 7 - 8 if only the 3 were withheld.
        assertThat(SmallCountSuppression.apply(new int[] {6, 5, 3, 7, 8}, 5).orElseThrow())
                .containsExactly(Cell.hidden(), Cell.shown(5), Cell.belowMinGroup(), Cell.shown(7), Cell.shown(8));
        // Even a single zero, so that hiding says nothing about the suppressed count.
        assertThat(SmallCountSuppression.apply(new int[] {0, 5, 6, 7, 8}, 5).orElseThrow())
                .containsExactly(Cell.belowMinGroup(), Cell.hidden(), Cell.shown(6), Cell.shown(7), Cell.shown(8));
    }

    @Test
    void withholdsARowWhoseSuppressedCountsMustAllBeAtTheTopOfTheirRange() {
        // Remainder 8 over two cells below 5 means 4 and 4.
        assertThat(SmallCountSuppression.apply(new int[] {4, 4, 9, 9, 9}, 5).orElseThrow()).containsOnly(Cell.withheld()).hasSize(5);
        assertThat(SmallCountSuppression.apply(new int[] {4, 3, 9, 9, 9}, 5).orElseThrow())
                .containsExactly(Cell.belowMinGroup(), Cell.belowMinGroup(), Cell.shown(9), Cell.shown(9), Cell.shown(9));
    }

    @Test
    void fewerCountriesThanTheMinimumGroupWithholdsEveryCount() {
        assertThat(SmallCountSuppression.apply(new int[] {0, 1, 2, 1, 0}, 5).orElseThrow()).allMatch(c -> c.kind() == Cell.Kind.BELOW_MIN_GROUP);
    }

    @Test
    void aRowWhereTheTotalPinsEveryLevelIsNotPublished() {
        assertThat(SmallCountSuppression.apply(new int[] {4, 4, 4, 4, 4}, 5)).isEmpty();
        assertThat(SmallCountSuppression.apply(new int[] {4, 4, 4, 4, 3}, 5)).isPresent();
        assertThat(SmallCountSuppression.apply(new int[] {4, 4, 4, 4, 5}, 5).orElseThrow()).containsOnly(Cell.withheld());
    }

    /**
     * For every row of up to 10 countries and every minimum group from 2 to 5: no count below the
     * minimum is shown, and a reader who knows the published cells, the total and this very rule
     * cannot pin any count below the minimum to one number other than zero: every row that the
     * rule would publish the same way is tried. The rule refuses only rows whose every count is
     * minimum group - 1.
     */
    @Test
    void noSuppressedCountCanBeWorkedOutFromWhatIsPublished() {
        int rows = 0;
        int refused = 0;
        for (int minGroup = 2; minGroup <= 5; minGroup++) {
            for (int total = 0; total <= 10; total++) {
                int group = minGroup;
                Map<List<Cell>, List<int[]>> byPublication = new HashMap<>();
                for (int[] counts : rowsWithTotal(total)) {
                    Optional<List<Cell>> cells = SmallCountSuppression.apply(counts, minGroup);
                    int top = minGroup - 1;
                    assertThat(cells.isEmpty()).as("refused %s", Arrays.toString(counts))
                            .isEqualTo(Arrays.stream(counts).allMatch(c -> c == top));
                    if (cells.isEmpty()) {
                        refused++;
                    }
                    cells.ifPresent(published -> byPublication.computeIfAbsent(published, k -> new ArrayList<>()).add(counts));
                }
                for (Map.Entry<List<Cell>, List<int[]>> publication : byPublication.entrySet()) {
                    List<Cell> cells = publication.getKey();
                    for (int[] counts : publication.getValue()) {
                        for (int i = 0; i < counts.length; i++) {
                            switch (cells.get(i).kind()) {
                                case SHOWN -> assertThat(cells.get(i).count()).isEqualTo(counts[i]).isGreaterThanOrEqualTo(minGroup);
                                case BELOW_MIN_GROUP -> assertThat(counts[i]).isLessThan(minGroup);
                                case HIDDEN -> assertThat(counts[i]).isGreaterThanOrEqualTo(minGroup);
                                case WITHHELD -> assertThat(cells).containsOnly(Cell.withheld());
                            }
                        }
                        rows++;
                    }
                    for (int i = 0; i < cells.size(); i++) {
                        int cell = i;
                        Set<Integer> possible = new TreeSet<>();
                        publication.getValue().forEach(counts -> possible.add(counts[cell]));
                        boolean small = publication.getValue().stream().anyMatch(counts -> counts[cell] > 0 && counts[cell] < group);
                        if (cells.get(i).kind() != Cell.Kind.SHOWN && small) {
                            assertThat(possible).as("cell %d of %s, min group %d", cell, cells, minGroup).hasSizeGreaterThan(1);
                        }
                    }
                }
            }
        }
        assertThat(rows + refused).isEqualTo(4 * 3003);
        assertThat(refused).isPositive().isLessThan(rows / 20);
    }

    private static List<int[]> rowsWithTotal(int total) {
        List<int[]> rows = new ArrayList<>();
        fill(new int[5], 0, total, rows);
        return rows;
    }

    private static void fill(int[] row, int index, int left, List<int[]> rows) {
        if (index == row.length - 1) {
            row[index] = left;
            rows.add(row.clone());
            return;
        }
        for (int value = 0; value <= left; value++) {
            row[index] = value;
            fill(row, index + 1, left - value, rows);
        }
    }
}
