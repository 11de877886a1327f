package org.mnr.engine.internal.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.mnr.engine.result.Status;

class ScoringTest {

    @Test
    void roundsHalfUpNotHalfEven() {
        assertThat(Scoring.round(BigFraction.of(1, 4), 1)).isEqualTo(0.3);
        assertThat(Scoring.round(BigFraction.of(1, 16), 3)).isEqualTo(0.063);
        assertThat(Scoring.round(BigFraction.of(125, 1000), 2)).isEqualTo(0.13);
    }

    @Test
    void meanRoundsTheExactValueOnce() {
        // Exact (66.66.. + 0) / 2 = 33.33.. -> 33.3; averaging the rounded 66.7 would give 33.35 -> 33.4.
        assertThat(Scoring.mean(List.of(BigFraction.of(200, 3), BigFraction.ZERO))).isEqualTo(33.3);
        // An exact half-way mean rounds up: (0.1 + 0) / 2 = 0.05 -> 0.1.
        assertThat(Scoring.mean(List.of(BigFraction.of(1, 10), BigFraction.ZERO))).isEqualTo(0.1);
        assertThat(Scoring.mean(List.of(BigFraction.of(1, 20), BigFraction.ZERO))).isEqualTo(0.0);
    }

    @Test
    void levelPassesThroughLevelsWithoutCriteria() {
        List<Scored> criteria = List.of(new Scored("a", 1, 1, Status.MET), new Scored("b", 3, 1, Status.MET));
        assertThat(Scoring.level(criteria, s -> s.status() == Status.MET)).isEqualTo(4);
    }

    @Test
    void levelStopsBelowTheFirstLevelWithAnUnmetCriterion() {
        List<Scored> criteria = List.of(new Scored("a", 1, 1, Status.MET), new Scored("b", 2, 1, Status.UNKNOWN),
                new Scored("c", 3, 1, Status.MET));
        assertThat(Scoring.level(criteria, s -> s.status() == Status.MET)).isEqualTo(1);
    }

    @Test
    void waivedCriteriaCountNowhere() {
        CapabilityScore score = Scoring.capability(List.of(
                new Scored("a", 1, 1, Status.MET),
                new Scored("b", 1, 5, Status.WAIVED),
                new Scored("c", 2, 1, Status.UNKNOWN)));
        assertThat(score.level()).isEqualTo(1);
        assertThat(score.score()).isEqualTo(50.0);
        assertThat(score.coverage()).isEqualTo(0.5);
        assertThat(score.blocking()).containsExactly("c");
    }

    @Test
    void blockingIsSortedAndLimitedToTheNextLevel() {
        CapabilityScore score = Scoring.capability(List.of(
                new Scored("z", 1, 1, Status.UNMET),
                new Scored("a", 2, 1, Status.UNKNOWN),
                new Scored("m", 1, 1, Status.MET),
                new Scored("b", 3, 1, Status.UNMET)));
        assertThat(score.level()).isZero();
        assertThat(score.nextLevel()).isEqualTo(1);
        assertThat(score.blocking()).containsExactly("z");
    }

    @Test
    void blockingListsEveryUnmetCriterionUpToTheNextLevel() {
        CapabilityScore score = Scoring.capability(List.of(
                new Scored("C.L1.a", 1, 1, Status.MET),
                new Scored("C.L2.b", 2, 1, Status.UNMET),
                new Scored("C.L2.a", 2, 1, Status.UNKNOWN),
                new Scored("C.L3.a", 3, 1, Status.MET)));
        assertThat(score.level()).isEqualTo(1);
        assertThat(score.blocking()).containsExactly("C.L2.a", "C.L2.b");
    }

    @Test
    void atTheTopLevelThereIsNoNextStep() {
        CapabilityScore score = Scoring.capability(List.of(new Scored("a", 4, 1, Status.MET)));
        assertThat(score.level()).isEqualTo(4);
        assertThat(score.nextLevel()).isNull();
        assertThat(score.blocking()).isEmpty();
    }
}
