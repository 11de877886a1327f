package org.mnr.engine.result;

import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * The upper ends of a capability's ranges derived from the statuses its criteria list, for results that do not
 * give them (written before 1.1): never narrower than the level and score given.
 *
 * <p>The arithmetic is that of docs/model.md, as the engine's scoring does it; it is repeated here because the
 * scoring reads this package's {@link Status}, and a result read back must not depend on the engine's internals.
 */
final class Ranges {

    private static final int TOP_LEVEL = 4;
    private static final BigFraction HUNDRED = BigFraction.of(100);

    private Ranges() {
    }

    private static boolean counted(CriterionResult criterion) {
        return criterion.status() != Status.WAIVED;
    }

    private static boolean metAtBest(CriterionResult criterion) {
        return criterion.status() == Status.MET || criterion.status() == Status.UNKNOWN;
    }

    /** The highest level whose criteria, and those of every level below, are met or unknown; never below {@code level}. */
    static int levelMax(int level, List<CriterionResult> criteria) {
        List<CriterionResult> given = criteria == null ? List.of() : criteria;
        int levelMax = 0;
        for (int next = 1; next <= TOP_LEVEL; next++) {
            int wanted = next;
            if (!given.stream().filter(c -> counted(c) && c.level() == wanted).allMatch(Ranges::metAtBest)) {
                break;
            }
            levelMax = next;
        }
        return Math.max(level, levelMax);
    }

    static String levelMaxName(int level, String levelName, NextStep next, List<CriterionResult> criteria) {
        int levelMax = levelMax(level, criteria);
        if (levelMax == level) {
            return levelName;
        }
        return next != null && next.level() == levelMax ? next.name() : null;
    }

    /** 100 x the weight of met and unknown criteria / all weight, not rounded; 100 when every criterion is waived. */
    static BigFraction exactScoreMax(List<CriterionResult> criteria) {
        List<CriterionResult> given = criteria == null ? List.of() : criteria;
        long total = given.stream().filter(Ranges::counted).mapToLong(CriterionResult::weight).sum();
        long possible = given.stream().filter(c -> counted(c) && metAtBest(c)).mapToLong(CriterionResult::weight).sum();
        return total == 0 ? HUNDRED : HUNDRED.multiply(BigFraction.of(possible, total));
    }

    /** The exact score rounded half up to 1 decimal, never below {@code score}. */
    static double scoreMax(double score, List<CriterionResult> criteria) {
        return Math.max(score, round(exactScoreMax(criteria)));
    }

    static double round(BigFraction value) {
        return value.bigDecimalValue(1, RoundingMode.HALF_UP).doubleValue();
    }

    static double mean(Collection<BigFraction> values) {
        if (values.isEmpty()) {
            return 0.0;
        }
        BigFraction sum = BigFraction.ZERO;
        for (BigFraction value : values) {
            sum = sum.add(value);
        }
        return round(sum.divide(values.size()));
    }
}
