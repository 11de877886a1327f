package org.mnr.engine.internal.scoring;

import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import org.apache.commons.numbers.fraction.BigFraction;
import org.mnr.engine.result.Status;

/**
 * The arithmetic of the model (docs/model.md): levels, scores, coverage and next steps.
 *
 * <p>Scores are kept as exact fractions until they are rounded once, half-up, so that a mean that
 * is exactly half-way is never pushed the wrong way by binary floating point.
 */
public final class Scoring {

    /** The highest level. */
    public static final int TOP_LEVEL = 4;

    private static final BigFraction HUNDRED = BigFraction.of(100);

    private Scoring() {
    }

    /**
     * The highest level L such that every criterion of level 1 to L is met; a level with no criteria
     * is passed through. Waived criteria count nowhere.
     */
    public static int level(Collection<Scored> criteria, Predicate<Scored> met) {
        int level = 0;
        for (int next = 1; next <= TOP_LEVEL; next++) {
            int wanted = next;
            boolean passed = criteria.stream()
                    .filter(c -> c.status() != Status.WAIVED && c.level() == wanted)
                    .allMatch(met);
            if (!passed) {
                break;
            }
            level = next;
        }
        return level;
    }

    /** Scores one capability from its criteria's statuses. */
    public static CapabilityScore capability(List<Scored> criteria) {
        List<Scored> counted = criteria.stream().filter(c -> c.status() != Status.WAIVED).toList();
        int level = level(counted, c -> c.status() == Status.MET);
        long totalWeight = counted.stream().mapToLong(Scored::weight).sum();
        long metWeight = counted.stream().filter(c -> c.status() == Status.MET).mapToLong(Scored::weight).sum();
        int levelMax = level(counted, Scoring::metAtBest);
        long possibleWeight = counted.stream().filter(Scoring::metAtBest).mapToLong(Scored::weight).sum();
        long known = counted.stream().filter(c -> c.status() != Status.UNKNOWN).count();
        // A capability whose criteria are all waived passes every level, so it scores as complete.
        BigFraction exact = totalWeight == 0 ? HUNDRED : HUNDRED.multiply(BigFraction.of(metWeight, totalWeight));
        BigFraction exactMax = totalWeight == 0 ? HUNDRED : HUNDRED.multiply(BigFraction.of(possibleWeight, totalWeight));
        double coverage = counted.isEmpty() ? 1.0 : round(BigFraction.of(known, counted.size()), 3);
        Integer nextLevel = level < TOP_LEVEL ? level + 1 : null;
        List<String> blocking = nextLevel == null ? List.of() : counted.stream()
                .filter(c -> c.level() <= nextLevel && c.status() != Status.MET)
                .map(Scored::id)
                .sorted()
                .toList();
        return new CapabilityScore(level, exact, round(exact, 1), coverage, levelMax, exactMax, round(exactMax, 1), nextLevel,
                blocking);
    }

    /** Whether a criterion could be met once the evidence still missing is given: met or unknown. */
    public static boolean metAtBest(Scored criterion) {
        return criterion.status() == Status.MET || criterion.status() == Status.UNKNOWN;
    }

    /** The mean of exact scores, rounded half-up to 1 decimal; 0 for no scores. */
    public static double mean(Collection<BigFraction> scores) {
        if (scores.isEmpty()) {
            return 0.0;
        }
        BigFraction sum = BigFraction.ZERO;
        for (BigFraction score : scores) {
            sum = sum.add(score);
        }
        return round(sum.divide(scores.size()), 1);
    }

    /** The share of criteria with a known status over all of them, rounded half-up to 3 decimals. */
    public static double coverage(Collection<Scored> criteria) {
        List<Scored> counted = criteria.stream().filter(c -> c.status() != Status.WAIVED).toList();
        if (counted.isEmpty()) {
            return 1.0;
        }
        long known = counted.stream().filter(c -> c.status() != Status.UNKNOWN).count();
        return round(BigFraction.of(known, counted.size()), 3);
    }

    /** Rounds an exact value half-up to the given number of decimals. */
    public static double round(BigFraction value, int decimals) {
        return value.bigDecimalValue(decimals, RoundingMode.HALF_UP).doubleValue();
    }
}
