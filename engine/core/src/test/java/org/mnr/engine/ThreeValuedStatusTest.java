package org.mnr.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mnr.engine.result.Assessment;
import org.mnr.engine.result.CapabilityResult;
import org.mnr.engine.result.CriterionResult;
import org.mnr.engine.result.Status;

/**
 * Statuses of model 1.1 (docs/model.md, "Criteria and their status"): each condition as known and at best; the
 * expected values are worked out by hand from the pack described in {@link RangesPack}.
 */
class ThreeValuedStatusTest {

    @Test
    void threeOfThreeWithOneLeafFalseAndOneMissingIsUnmetWhateverTheMissingOneSays() {
        // As known 1 of 3; at best a.three counts as true: 2 of 3, still short of 3.
        CriterionResult all = RangesPack.assess("""
                - {key: a.one, value: false}
                - {key: a.two, value: true}
                """).criterion("C01.L1.all-three").orElseThrow();

        assertThat(all.status()).isEqualTo(Status.UNMET);
        assertThat(all.missing()).isEmpty();
        assertThat(all.missingLevels()).isEmpty();
        assertThat(all.evidence()).extracting(e -> e.key()).containsExactly("a.one", "a.two");
    }

    @Test
    void threeOfThreeWithTwoTrueAndOneMissingIsUnknownNamingTheMissingKey() {
        CriterionResult all = RangesPack.assess("""
                - {key: a.one, value: true}
                - {key: a.two, value: true}
                """).criterion("C01.L1.all-three").orElseThrow();

        assertThat(all.status()).isEqualTo(Status.UNKNOWN);
        assertThat(all.missing()).containsExactly("a.three");
        assertThat(all.missingLevels()).isEmpty();
    }

    @Test
    void aDependencyOnACapabilityWhoseLevelIsStillOpenIsUnknownWithItsLevelMissing() {
        // Capability 1: level 1 unknown (a.three missing), level 2 unknown (a.hours missing): level 0, levelMax 4.
        // So C02.L2 (capability 1 at level 2): as known 0 >= 2 false; at best 4 >= 2 true: unknown, open level of 1.
        Assessment result = RangesPack.assess("""
                - {key: a.one, value: true}
                - {key: a.two, value: true}
                - {key: b.flag, value: true}
                """);
        CriterionResult dependent = result.criterion("C02.L2.one-developing").orElseThrow();

        assertThat(result.capability(1).orElseThrow()).extracting(CapabilityResult::level, CapabilityResult::levelMax).containsExactly(0, 4);
        assertThat(dependent.status()).isEqualTo(Status.UNKNOWN);
        assertThat(dependent.missing()).isEmpty();
        assertThat(dependent.missingLevels()).containsExactly(1);
        // Capability 2: level 1 met, level 2 unknown: level 1, up to 4 (levels 3 and 4 have no criteria).
        CapabilityResult two = result.capability(2).orElseThrow();
        assertThat(two.level()).isEqualTo(1);
        assertThat(two.levelMax()).isEqualTo(4);
        assertThat(two.levelMaxName()).isEqualTo("Mature");
        assertThat(two.provisional()).isTrue();
        assertThat(two.score()).isEqualTo(50.0);
        assertThat(two.scoreMax()).isEqualTo(100.0);
    }

    @Test
    void aDependencyOnACapabilitySettledBelowTheLevelIsUnmet() {
        // a.one is false: capability 1's level 1 is unmet, so it stays at 0 whatever else is given (levelMax 0).
        Assessment result = RangesPack.assess("""
                - {key: a.one, value: false}
                - {key: b.flag, value: true}
                """);
        CriterionResult dependent = result.criterion("C02.L2.one-developing").orElseThrow();

        assertThat(result.capability(1).orElseThrow().levelMax()).isZero();
        assertThat(dependent.status()).isEqualTo(Status.UNMET);
        assertThat(dependent.missingLevels()).isEmpty();
        assertThat(result.capability(2).orElseThrow()).extracting(CapabilityResult::level, CapabilityResult::levelMax).containsExactly(1, 1);
    }

    @Test
    void uncertaintyIsCarriedThroughAChainOfDependencies() {
        // c.flag false; capability 2 is at 1 up to 4 (its level 2 reads capability 1, still open), so C03.L1 is unknown
        // through capability 2 though none of its own keys is missing.
        Assessment result = RangesPack.assess("""
                - {key: a.one, value: true}
                - {key: a.two, value: true}
                - {key: b.flag, value: true}
                - {key: c.flag, value: false}
                """);
        CriterionResult any = result.criterion("C03.L1.flag-or-two").orElseThrow();

        assertThat(any.status()).isEqualTo(Status.UNKNOWN);
        assertThat(any.missing()).isEmpty();
        assertThat(any.missingLevels()).containsExactly(2);
    }

    @Test
    void anUnknownCriterionListsEveryKeyOfItsConditionWithoutEvidenceAndEveryOpenLevel() {
        Assessment result = RangesPack.assess("""
                - {key: a.one, value: true}
                - {key: a.two, value: true}
                - {key: b.flag, value: true}
                """);

        CriterionResult any = result.criterion("C03.L1.flag-or-two").orElseThrow();
        assertThat(any.status()).isEqualTo(Status.UNKNOWN);
        assertThat(any.missing()).containsExactly("c.flag");
        assertThat(any.missingLevels()).containsExactly(2);
    }

    @Test
    void aCapabilityWithNoEvidenceIsNotAssessedAndRangesOverEverything() {
        // No evidence: every criterion of capability 3 is unknown: coverage 0, level 0, up to 4, score 0 to 100.
        CapabilityResult three = RangesPack.assess("").capability(3).orElseThrow();

        assertThat(three.assessed()).isFalse();
        assertThat(three.coverage()).isZero();
        assertThat(three.level()).isZero();
        assertThat(three.levelMax()).isEqualTo(4);
        assertThat(three.scoreMax()).isEqualTo(100.0);
        assertThat(three.confidence()).isNull();
    }

    @Test
    void domainAndOverallRangesAreTheLowestLevelMaxAndTheMeanOfTheUnroundedScoreMax() {
        // Capability 1: a.one false: levelMax 0, scoreMax 100 x 1/2 (a.hours unknown) = 50.
        // Capability 2: b.flag true, C02.L2 unmet (capability 1 settled at 0): levelMax 1, scoreMax 50.
        // Capability 3: nothing given: levelMax 4, scoreMax 100.
        Assessment result = RangesPack.assess("""
                - {key: a.one, value: false}
                - {key: b.flag, value: true}
                """);

        assertThat(result.domains().get(0).levelMax()).isZero();
        assertThat(result.domains().get(0).scoreMax()).isEqualTo(50.0);
        assertThat(result.domains().get(1).levelMax()).isEqualTo(4);
        assertThat(result.domains().get(1).levelMaxName()).isEqualTo("Mature");
        // (50 + 50 + 100) / 3 = 66.666... -> 66.7.
        assertThat(result.overall().scoreMax()).isEqualTo(66.7);
        assertThat(result.overall().score()).isEqualTo(16.7);
    }

    @Test
    void aHandWrittenRuleKeepsTheFirstReadingAtBest() {
        // MiniPack's C02.L2.count is a DRL rule (two of three), which has no condition to read at best: not met and a
        // key it reads is missing, so unknown, even though two false leaves leave the missing one unable to help.
        CriterionResult count = MiniPack.engine().assess(MiniPack.country().add("b.one", false).add("b.two", false).build())
                .criterion("C02.L2.count").orElseThrow();

        assertThat(count.status()).isEqualTo(Status.UNKNOWN);
        assertThat(count.missing()).containsExactly("b.three");
        assertThat(count.missingLevels()).isEmpty();
    }
}
