package org.mnr.engine.internal.scoring;

import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * A capability's scores, as the model defines them (docs/model.md).
 *
 * @param level the highest level whose criteria, and those of every level below, are all met
 * @param exactScore 100 x met weight / all weight, not rounded
 * @param score the score rounded half-up to 1 decimal
 * @param coverage the share of criteria whose status is known, rounded half-up to 3 decimals
 * @param levelMax the highest level whose criteria, and those of every level below, are all met or unknown
 * @param exactScoreMax 100 x met and unknown weight / all weight, not rounded
 * @param scoreMax that rounded half-up to 1 decimal
 * @param nextLevel the level above, or null at the top level
 * @param blocking the ids of criteria up to the next level that are not met, sorted; empty at the top
 */
public record CapabilityScore(int level, BigFraction exactScore, double score, double coverage, int levelMax,
        BigFraction exactScoreMax, double scoreMax, Integer nextLevel,
        List<String> blocking) {

    /** Copies the list. */
    public CapabilityScore {
        blocking = List.copyOf(blocking);
    }
}
