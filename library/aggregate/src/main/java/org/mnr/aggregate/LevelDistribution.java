package org.mnr.aggregate;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mnr.engine.model.Framework;
import org.mnr.engine.model.Level;
import org.mnr.engine.result.Assessment;
import org.mnr.engine.result.CapabilityResult;

/**
 * How many countries are at each level of each capability, with no country named and small counts
 * withheld by {@link SmallCountSuppression}.
 *
 * <p>A country assessed more than once counts once, with its latest assessment. Two on the same date are
 * told apart by their figures, never by the order of the inputs: the higher overall coverage, then the lower
 * overall score, then the lower levels, capability by capability, so that a tie never overstates a country.
 *
 * @param countries how many countries are counted
 * @param minGroup the smallest count shown
 * @param levels the levels, 0 to 4
 * @param capabilities the counts per capability, in order
 */
@API(status = EXPERIMENTAL, since = "1.0")
public record LevelDistribution(int countries, int minGroup, List<Level> levels, List<CapabilityCounts> capabilities) {

    /** The smallest minimum group allowed: a group of one is a country. */
    public static final int SMALLEST_MIN_GROUP = 2;

    /** Copies the lists. */
    public LevelDistribution {
        levels = List.copyOf(levels);
        capabilities = List.copyOf(capabilities);
    }

    /**
     * Counts the assessments.
     *
     * @param assessments every valid assessment, in input order
     * @param framework the model, for the levels
     * @param minGroup the smallest count shown, at least {@link #SMALLEST_MIN_GROUP}
     * @throws UnsafeAggregateException when a capability's counts cannot be protected
     */
    public static LevelDistribution of(List<Assessment> assessments, Framework framework, int minGroup) {
        if (minGroup < SMALLEST_MIN_GROUP) {
            throw new IllegalArgumentException("the minimum group must be at least " + SMALLEST_MIN_GROUP + ", not " + minGroup);
        }
        Collection<Assessment> counted = latestPerCountry(assessments);
        int levelCount = Framework.TOP_LEVEL + 1;
        Map<Integer, int[]> counts = new LinkedHashMap<>();
        Map<Integer, CapabilityResult> described = new LinkedHashMap<>();
        for (Assessment assessment : counted) {
            for (CapabilityResult capability : assessment.capabilities()) {
                counts.computeIfAbsent(capability.id(), id -> new int[levelCount])[capability.level()]++;
                described.putIfAbsent(capability.id(), capability);
            }
        }
        List<CapabilityCounts> rows = new ArrayList<>();
        counts.forEach((id, row) -> {
            CapabilityResult capability = described.get(id);
            List<Cell> cells = SmallCountSuppression.apply(row, minGroup).orElseThrow(() -> new UnsafeAggregateException(
                    "the counts of capability " + id + " (" + capability.name() + ") cannot be published: the number of countries"
                    + " would show that each of its levels holds " + (minGroup - 1) + "; choose another --min-group"));
            rows.add(new CapabilityCounts(id, capability.name(), capability.domain(), cells));
        });
        return new LevelDistribution(counted.size(), minGroup, framework.levels(), rows);
    }

    /** The one assessment of each country that is counted, in the order the countries first appear. */
    static Collection<Assessment> latestPerCountry(List<Assessment> assessments) {
        Map<String, Assessment> latest = new LinkedHashMap<>();
        for (Assessment assessment : assessments) {
            latest.merge(assessment.country().code(), assessment, (kept, next) -> COUNTED_FIRST.compare(kept, next) <= 0 ? kept : next);
        }
        return latest.values();
    }

    /** The order in which one country's assessments are preferred; see the class comment. */
    private static final Comparator<Assessment> COUNTED_FIRST = Comparator.comparing(Assessment::assessedOn).reversed()
            .thenComparing(Comparator.comparingDouble((Assessment a) -> a.overall().coverage()).reversed())
            .thenComparingDouble(a -> a.overall().score())
            .thenComparing(LevelDistribution::levels, Arrays::compare);

    private static int[] levels(Assessment assessment) {
        return assessment.capabilities().stream().mapToInt(CapabilityResult::level).toArray();
    }

    /** Whether some capability's counts are withheld whole. */
    public boolean hasWithheldRows() {
        return capabilities.stream().anyMatch(c -> c.cells().stream().anyMatch(cell -> cell.kind() == Cell.Kind.WITHHELD));
    }

    /** Whether fewer countries are counted than the minimum group, so that every count is withheld. */
    public boolean tooFewCountries() {
        return countries < minGroup;
    }
}
