package org.mnr.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mnr.engine.result.CapabilityCitation;
import org.mnr.engine.result.CriterionResult;
import org.mnr.testkit.PackCase;
import org.mnr.testkit.PackHarness;

/** Capability 1, Leadership: c01-leadership.drl. */
class C01LeadershipTest {

    private static final PackHarness PACKS = PackHarness.onClassPath();

    private static PackCase given(EvidenceMap evidence) {
        return evidence.applyTo(PACKS.country("XA"));
    }

    // --- positive cases

    @Test
    void everyCriterionMetWithADevelopingEvidenceBaseReachesMature() {
        given(Fixtures.complete(1))
                .expectMet("C01.L1.coordination-body", "C01.L1.political-commitment",
                        "C01.L2.current-strategy", "C01.L2.formal-mandate",
                        "C01.L3.evidence-informed", "C01.L3.funded-strategy", "C01.L3.multi-stakeholder-membership",
                        "C01.L3.progress-reported", "C01.L4.independent-evaluation", "C01.L4.international-support")
                .expectLevel(1, 4)
                .expectLevel(2, 2)
                .expectScore(1, 100.0)
                .verify();
    }

    @Test
    void levelsOneAndTwoMetWithAnUnfundedStrategyStopAtDeveloping() {
        // Model 1.1 (docs/model.md): the capability read has no evidence for its higher levels, so its level is still
        // open and could reach what the criterion needs: unknown, not unmet.
        given(Fixtures.own(1, 2).with("governance.strategy.dedicated_budget", false))
                .expectMet("C01.L1.coordination-body", "C01.L1.political-commitment",
                        "C01.L2.current-strategy", "C01.L2.formal-mandate")
                .expectUnmet("C01.L3.funded-strategy")
                .expectUnknown("C01.L3.multi-stakeholder-membership", "C01.L3.progress-reported",
                        "C01.L4.independent-evaluation", "C01.L4.international-support")
                .expectLevel(1, 2)
                .expectScore(1, 41.7) // 5 of 12
                .expectUnknown("C01.L3.evidence-informed")
                .verify();
    }

    @Test
    void levelOneEvidenceAloneReachesBuilding() {
        given(Fixtures.own(1, 1))
                .expectMet("C01.L1.coordination-body", "C01.L1.political-commitment")
                .expectUnknown("C01.L2.current-strategy", "C01.L2.formal-mandate")
                .expectLevel(1, 1)
                .expectScore(1, 25.0) // 3 of 12
                .verify();
    }

    // --- negative cases: equals (boolean)

    @Test
    void noCoordinationBodyIsUnmetAndHoldsTheLevelAtZeroWhateverElseIsMet() {
        given(Fixtures.complete(1).with("governance.body.exists", false))
                .expectUnmet("C01.L1.coordination-body")
                .expectMet("C01.L1.political-commitment", "C01.L2.current-strategy", "C01.L3.funded-strategy",
                        "C01.L4.independent-evaluation")
                .expectLevel(1, 0)
                .expectScore(1, 83.3) // 10 of 12
                .verify();
    }

    @Test
    void missingCoordinationBodyEvidenceIsUnknownAndLeavesLevelZero() {
        given(Fixtures.own(1, 1).without("governance.body.exists"))
                .expectUnknown("C01.L1.coordination-body")
                .expectMet("C01.L1.political-commitment")
                .expectLevel(1, 0)
                .verify();
    }

    @Test
    void unfundedStrategyIsUnmetAndMissingBudgetIsUnknown() {
        EvidenceMap levelThree = Fixtures.reaching(1, 3);
        given(levelThree)
                .expectMet("C01.L3.funded-strategy")
                .expectLevel(1, 3)
                .verify();
        given(levelThree.with("governance.strategy.dedicated_budget", false))
                .expectUnmet("C01.L3.funded-strategy")
                .expectLevel(1, 2)
                .verify();
        given(levelThree.without("governance.strategy.dedicated_budget"))
                .expectUnknown("C01.L3.funded-strategy")
                .expectLevel(1, 2)
                .verify();
    }

    // --- anyOf: political commitment

    @Test
    void ministerialCommitmentAloneMeetsPoliticalCommitment() {
        given(EvidenceMap.of("governance.body.exists", true, "governance.ministerial_commitment", true))
                .expectMet("C01.L1.political-commitment")
                .expectLevel(1, 1)
                .verify();
    }

    @Test
    void allianceMembershipAloneMeetsPoliticalCommitment() {
        given(EvidenceMap.of("governance.body.exists", true, "governance.wpga_member", true))
                .expectMet("C01.L1.political-commitment")
                .expectLevel(1, 1)
                .verify();
    }

    @Test
    void politicalCommitmentWithBothBranchesFalseIsUnmet() {
        given(EvidenceMap.of("governance.body.exists", true, "governance.ministerial_commitment", false,
                "governance.wpga_member", false))
                .expectUnmet("C01.L1.political-commitment")
                .expectLevel(1, 0)
                .verify();
    }

    @Test
    void politicalCommitmentWithOneBranchFalseAndTheOtherMissingIsUnknown() {
        given(EvidenceMap.of("governance.body.exists", true, "governance.ministerial_commitment", false))
                .expectUnknown("C01.L1.political-commitment")
                .expectLevel(1, 0)
                .verify();
    }

    // --- oneOf: mandate

    @ParameterizedTest
    @ValueSource(strings = {"ministerial_decision", "statutory"})
    void aFormalMandateMeetsTheCriterion(String mandate) {
        given(Fixtures.own(1, 2).with("governance.body.mandate", mandate))
                .expectMet("C01.L2.formal-mandate")
                .expectLevel(1, 2)
                .verify();
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "informal"})
    void anInformalOrNoMandateIsUnmet(String mandate) {
        given(Fixtures.own(1, 2).with("governance.body.mandate", mandate))
                .expectUnmet("C01.L2.formal-mandate")
                .expectMet("C01.L2.current-strategy")
                .expectLevel(1, 1)
                .verify();
    }

    @Test
    void missingMandateIsUnknown() {
        given(Fixtures.own(1, 2).without("governance.body.mandate"))
                .expectUnknown("C01.L2.formal-mandate")
                .expectLevel(1, 1)
                .verify();
    }

    // --- withinYears(5): strategy adoption

    @Test
    void strategyAdoptedExactlyFiveYearsBeforeAssessmentIsCurrent() {
        given(Fixtures.own(1, 2).with("governance.strategy.adopted_date", "2021-06-30"))
                .expectMet("C01.L2.current-strategy")
                .expectLevel(1, 2)
                .verify();
    }

    @Test
    void strategyAdoptedOnTheAssessmentDateIsCurrent() {
        given(Fixtures.own(1, 2).with("governance.strategy.adopted_date", Fixtures.ASSESSED_ON))
                .expectMet("C01.L2.current-strategy")
                .expectLevel(1, 2)
                .verify();
    }

    @Test
    void strategyAdoptedOneDayMoreThanFiveYearsAgoIsUnmet() {
        given(Fixtures.own(1, 2).with("governance.strategy.adopted_date", "2021-06-29"))
                .expectUnmet("C01.L2.current-strategy")
                .expectLevel(1, 1)
                .verify();
    }

    @Test
    void strategyDatedAfterTheAssessmentDateIsInvalidInput() {
        // A date after the assessment is invalid input (docs/model.md), not an unmet criterion.
        given(Fixtures.own(1, 2).with("governance.strategy.adopted_date", "2026-07-01"))
                .verifyInvalid("governance.strategy.adopted_date is 2026-07-01, after assessedOn 2026-06-30");
    }

    @Test
    void missingStrategyDateIsUnknown() {
        given(Fixtures.own(1, 2).without("governance.strategy.adopted_date"))
                .expectUnknown("C01.L2.current-strategy")
                .expectLevel(1, 1)
                .verify();
    }

    @Test
    void fiveYearWindowFromALeapDayStartsOnTheTwentyEighthOfFebruary() {
        given(Fixtures.own(1, 2).with("governance.strategy.adopted_date", "2019-02-28"))
                .assessedOn("2024-02-29")
                .expectMet("C01.L2.current-strategy")
                .expectLevel(1, 2)
                .verify();
        given(Fixtures.own(1, 2).with("governance.strategy.adopted_date", "2019-02-27"))
                .assessedOn("2024-02-29")
                .expectUnmet("C01.L2.current-strategy")
                .expectLevel(1, 1)
                .verify();
    }

    @Test
    void evaluationExactlyFiveYearsOldCompletesMaturityButOneDayOlderDoesNot() {
        given(Fixtures.complete(1).with("governance.strategy.evaluation_date", "2021-06-30"))
                .expectMet("C01.L4.independent-evaluation")
                .expectLevel(1, 4)
                .verify();
        given(Fixtures.complete(1).with("governance.strategy.evaluation_date", "2021-06-29"))
                .expectUnmet("C01.L4.independent-evaluation")
                .expectLevel(1, 3)
                .verify();
        // A date after the assessment is invalid input (docs/model.md), not an unmet criterion.
        given(Fixtures.complete(1).with("governance.strategy.evaluation_date", "2026-07-01"))
                .verifyInvalid("governance.strategy.evaluation_date is 2026-07-01, after assessedOn 2026-06-30");
    }

    // --- includesAll: body membership

    @Test
    void bodyWithExactlyTheSixRequiredSectorsIsMultiStakeholder() {
        given(Fixtures.reaching(1, 3).withMembers("governance.body.members",
                "government", "law_enforcement", "child_protection", "education", "industry", "civil_society"))
                .expectMet("C01.L3.multi-stakeholder-membership")
                .expectLevel(1, 3)
                .verify();
    }

    @Test
    void bodyWithEverySectorButCivilSocietyIsUnmet() {
        given(Fixtures.reaching(1, 3).withMembers("governance.body.members",
                "government", "law_enforcement", "judiciary", "child_protection", "health", "education", "industry",
                "academia", "children_youth"))
                .expectUnmet("C01.L3.multi-stakeholder-membership")
                .expectLevel(1, 2)
                .verify();
    }

    @Test
    void bodyWithNoMembersListedIsUnmet() {
        given(Fixtures.reaching(1, 3).with("governance.body.members", List.of()))
                .expectUnmet("C01.L3.multi-stakeholder-membership")
                .expectLevel(1, 2)
                .verify();
    }

    // --- cross-capability: capability 2 at Developing

    @Test
    void evidenceInformedLeadershipIsMetWhenResearchIsDeveloping() {
        CriterionResult result = given(Fixtures.own(1, 3).and(Fixtures.reaching(2, 2)))
                .expectLevel(2, 2)
                .expectMet("C01.L3.evidence-informed")
                .expectLevel(1, 3)
                .verify()
                .criterion("C01.L3.evidence-informed").orElseThrow();
        assertThat(result.capabilities()).containsExactly(new CapabilityCitation(2, 2));
        assertThat(result.evidence()).isEmpty();
        assertThat(result.missing()).isEmpty();
    }

    @Test
    void evidenceInformedLeadershipIsMetWhenResearchIsMature() {
        given(Fixtures.own(1, 3).and(Fixtures.complete(2)))
                .expectLevel(2, 4)
                .expectMet("C01.L3.evidence-informed")
                .expectLevel(1, 3)
                .verify();
    }

    @Test
    void evidenceInformedLeadershipIsUnknownWhenResearchIsOnlyBuilding() {
        // Model 1.1 (docs/model.md): the capability read has no evidence for its higher levels, so its level is still
        // open and could reach what the criterion needs: unknown, not unmet.
        CriterionResult result = given(Fixtures.own(1, 3).and(Fixtures.reaching(2, 1)))
                .expectLevel(2, 1)
                .expectMet("C01.L3.funded-strategy", "C01.L3.multi-stakeholder-membership")
                .expectLevel(1, 2)
                .expectUnknown("C01.L3.evidence-informed")
                .verify()
                .criterion("C01.L3.evidence-informed").orElseThrow();
        assertThat(result.capabilities()).containsExactly(new CapabilityCitation(2, 1));
        assertThat(result.missing()).isEmpty();
        assertThat(result.missingLevels()).containsExactly(2);
    }

    @Test
    void evidenceInformedLeadershipIsUnknownWithoutAnyResearchEvidence() {
        // Model 1.1 (docs/model.md): the capability read has no evidence for its higher levels, so its level is still
        // open and could reach what the criterion needs: unknown, not unmet.
        given(Fixtures.own(1, 4))
                .expectLevel(2, 0)
                .expectMet("C01.L4.independent-evaluation", "C01.L4.international-support")
                .expectLevel(1, 2)
                .expectUnknown("C01.L3.evidence-informed")
                .verify();
    }

    // --- anyOf: international support

    @Test
    void regionalLeadershipAloneMeetsInternationalSupport() {
        given(Fixtures.complete(1).without("governance.international_support").with("governance.regional_leadership", true))
                .expectMet("C01.L4.international-support")
                .expectLevel(1, 4)
                .verify();
    }

    @Test
    void internationalSupportWithBothBranchesFalseIsUnmetAndWithOneMissingIsUnknown() {
        given(Fixtures.complete(1).with("governance.international_support", false).with("governance.regional_leadership", false))
                .expectUnmet("C01.L4.international-support")
                .expectLevel(1, 3)
                .verify();
        given(Fixtures.complete(1).with("governance.international_support", false))
                .expectUnknown("C01.L4.international-support")
                .expectLevel(1, 3)
                .verify();
    }

    // --- evidence that is not known or not valid

    @Test
    void anExplicitlyUnknownValueCountsAsMissingEvidence() {
        given(Fixtures.own(1, 1).with("governance.body.exists", null))
                .expectUnknown("C01.L1.coordination-body")
                .expectLevel(1, 0)
                .verify();
    }

    @Test
    void aBooleanGivenAsTextIsRejected() {
        PACKS.country("XA").with("governance.body.exists", "yes").verifyInvalid("governance.body.exists", "true or false");
    }

    @Test
    void anEnumValueOutsideTheVocabularyIsRejected() {
        PACKS.country("XA").with("governance.body.mandate", "decree")
                .verifyInvalid("governance.body.mandate", "not an allowed value");
    }

    @Test
    void aSetMemberOutsideTheVocabularyIsRejected() {
        PACKS.country("XA").with("governance.body.members", List.of("government", "parliament"))
                .verifyInvalid("governance.body.members", "parliament");
    }

    @Test
    void aSetMemberGivenTwiceIsRejected() {
        PACKS.country("XA").with("governance.body.members", List.of("government", "government"))
                .verifyInvalid("governance.body.members", "twice");
    }

    @Test
    void anImpossibleDateIsRejected() {
        PACKS.country("XA").with("governance.strategy.adopted_date", "2025-02-29")
                .verifyInvalid("governance.strategy.adopted_date", "not a valid ISO date");
    }

    // --- withinYears(2): accountability (#17)

    @Test
    void progressReportedTwoYearsBeforeTheAssessmentIsMetAndADayEarlierIsUnmet() {
        // Assessed on 2026-06-30: the 2-year window starts on 2024-06-30, both ends included.
        given(Fixtures.own(1, 3).with("governance.progress_report_date", "2024-06-30"))
                .expectMet("C01.L3.progress-reported")
                .verify();
        given(Fixtures.own(1, 3).with("governance.progress_report_date", "2024-06-29"))
                .expectUnmet("C01.L3.progress-reported")
                .expectLevel(1, 2)
                .verify();
    }

    @Test
    void noProgressReportKeepsAnOtherwiseEstablishedLeadershipBelowEstablished() {
        given(Fixtures.complete(1).without("governance.progress_report_date"))
                .expectUnknown("C01.L3.progress-reported")
                .expectMet("C01.L3.funded-strategy", "C01.L3.evidence-informed")
                .expectLevel(1, 2)
                .expectScore(1, 91.7) // 11 of 12
                .verify();
    }
}
