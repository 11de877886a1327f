package org.mnr.rules;

import org.junit.jupiter.api.Test;
import org.mnr.testkit.PackCase;
import org.mnr.testkit.PackHarness;

/** Capability 12, CSEA Hotline: c12-csea-hotline.drl. */
class C12CseaHotlineTest {

    private static final PackHarness PACKS = PackHarness.onClassPath();

    private static PackCase given(EvidenceMap evidence) {
        return evidence.applyTo(PACKS.country("XA"));
    }

    // --- positive cases

    @Test
    void everyCriterionMetWithADevelopingPoliceResponseReachesMature() {
        given(Fixtures.complete(12))
                .expectMet("C12.L1.hotline-or-portal", "C12.L1.legal-basis",
                        "C12.L2.analyst-welfare", "C12.L2.inhope-member",
                        "C12.L3.iccam-exchange", "C12.L3.police-capability", "C12.L3.takedown-72h",
                        "C12.L4.quality-review", "C12.L4.takedown-24h")
                .expectLevel(4, 2)
                .expectLevel(12, 4)
                .expectScore(12, 100.0)
                .verify();
    }

    @Test
    void levelsOneAndTwoMetWithoutPoliceEvidenceStopAtDeveloping() {
        // Model 1.1 (docs/model.md): the capability read has no evidence for its higher levels, so its level is still
        // open and could reach what the criterion needs: unknown, not unmet.
        given(Fixtures.own(12, 2))
                .expectMet("C12.L1.hotline-or-portal", "C12.L1.legal-basis", "C12.L2.analyst-welfare", "C12.L2.inhope-member")
                .expectUnknown("C12.L3.iccam-exchange", "C12.L3.takedown-72h", "C12.L4.quality-review", "C12.L4.takedown-24h")
                .expectLevel(12, 2)
                .expectScore(12, 45.5) // 5 of 11
                .expectUnknown("C12.L3.police-capability")
                .verify();
    }

    // --- equals (boolean)

    @Test
    void noHotlineAndNoPortalIsUnmetAndLeavesLevelZero() {
        given(Fixtures.own(12, 2).with("hotline.exists", false).with("hotline.reporting_portal", false))
                .expectUnmet("C12.L1.hotline-or-portal")
                .expectMet("C12.L1.legal-basis", "C12.L2.inhope-member")
                .expectLevel(12, 0)
                .verify();
    }

    @Test
    void missingHotlineEvidenceIsUnknownAndLeavesLevelZero() {
        given(Fixtures.own(12, 1).without("hotline.exists"))
                .expectUnknown("C12.L1.hotline-or-portal")
                .expectLevel(12, 0)
                .verify();
    }

    @Test
    void notAnInhopeMemberIsUnmetAndMissingWelfareIsUnknown() {
        given(Fixtures.own(12, 2).with("hotline.inhope_member", false))
                .expectUnmet("C12.L2.inhope-member")
                .expectLevel(12, 1)
                .verify();
        given(Fixtures.own(12, 2).without("hotline.analyst_welfare"))
                .expectUnknown("C12.L2.analyst-welfare")
                .expectLevel(12, 1)
                .verify();
    }

    @Test
    void noIccamExchangeIsUnmet() {
        given(Fixtures.reaching(12, 3).with("hotline.iccam_used", false))
                .expectUnmet("C12.L3.iccam-exchange")
                .expectLevel(12, 2)
                .verify();
    }

    // --- anyOf: legal basis

    @Test
    void aStatutoryMandateAloneIsALegalBasis() {
        given(EvidenceMap.of("hotline.exists", true, "hotline.statutory_mandate", true))
                .expectMet("C12.L1.legal-basis")
                .expectLevel(12, 1)
                .verify();
    }

    @Test
    void legalBasisWithBothBranchesFalseIsUnmet() {
        given(EvidenceMap.of("hotline.exists", true, "hotline.law_enforcement_agreement", false,
                "hotline.statutory_mandate", false))
                .expectUnmet("C12.L1.legal-basis")
                .expectLevel(12, 0)
                .verify();
    }

    @Test
    void legalBasisWithOneBranchFalseAndTheOtherMissingIsUnknown() {
        given(EvidenceMap.of("hotline.exists", true, "hotline.law_enforcement_agreement", false))
                .expectUnknown("C12.L1.legal-basis")
                .expectLevel(12, 0)
                .verify();
    }

    // --- atMost(72) and atMost(24): takedown time

    @Test
    void seventyTwoHourTakedownMeetsLevelThreeButNotTwentyFourHours() {
        given(Fixtures.reaching(12, 3).with("hotline.median_takedown_hours", 72))
                .expectMet("C12.L3.takedown-72h")
                .expectUnmet("C12.L4.takedown-24h")
                .expectLevel(12, 3)
                .verify();
    }

    @Test
    void seventyThreeHourTakedownMeetsNeither() {
        given(Fixtures.reaching(12, 3).with("hotline.median_takedown_hours", 73))
                .expectUnmet("C12.L3.takedown-72h", "C12.L4.takedown-24h")
                .expectLevel(12, 2)
                .verify();
    }

    @Test
    void twentyFourHourTakedownMeetsBoth() {
        given(Fixtures.complete(12).with("hotline.median_takedown_hours", 24))
                .expectMet("C12.L3.takedown-72h", "C12.L4.takedown-24h")
                .expectLevel(12, 4)
                .verify();
    }

    @Test
    void twentyFiveHourTakedownMissesOnlyTheTwentyFourHourCriterion() {
        given(Fixtures.complete(12).with("hotline.median_takedown_hours", 25))
                .expectMet("C12.L3.takedown-72h")
                .expectUnmet("C12.L4.takedown-24h")
                .expectLevel(12, 3)
                .verify();
    }

    @Test
    void missingTakedownTimeIsUnknownForBoth() {
        given(Fixtures.complete(12).without("hotline.median_takedown_hours"))
                .expectUnknown("C12.L3.takedown-72h", "C12.L4.takedown-24h")
                .expectLevel(12, 2)
                .verify();
    }

    // --- cross-capability: capability 4 at Developing

    @Test
    void policeCapabilityIsMetWhenLawEnforcementIsDeveloping() {
        given(Fixtures.own(12, 3).and(Fixtures.reaching(4, 2)))
                .expectLevel(4, 2)
                .expectMet("C12.L3.police-capability")
                .expectLevel(12, 3)
                .verify();
    }

    @Test
    void policeCapabilityIsUnknownWhenLawEnforcementIsOnlyBuilding() {
        // Model 1.1 (docs/model.md): the capability read has no evidence for its higher levels, so its level is still
        // open and could reach what the criterion needs: unknown, not unmet.
        given(Fixtures.own(12, 3).and(Fixtures.reaching(4, 1)))
                .expectLevel(4, 1)
                .expectMet("C12.L3.iccam-exchange", "C12.L3.takedown-72h")
                .expectLevel(12, 2)
                .expectUnknown("C12.L3.police-capability")
                .verify();
    }

    // --- withinYears(3): quality review

    @Test
    void qualityReviewExactlyThreeYearsOldIsRecent() {
        given(Fixtures.complete(12).with("hotline.quality_review_date", "2023-06-30"))
                .expectMet("C12.L4.quality-review")
                .expectLevel(12, 4)
                .verify();
    }

    @Test
    void qualityReviewOneDayTooOldIsUnmetAndOneInTheFutureIsInvalidInput() {
        given(Fixtures.complete(12).with("hotline.quality_review_date", "2023-06-29"))
                .expectUnmet("C12.L4.quality-review")
                .expectLevel(12, 3)
                .verify();
        // A date after the assessment is invalid input (docs/model.md), not an unmet criterion.
        given(Fixtures.complete(12).with("hotline.quality_review_date", "2026-07-01"))
                .verifyInvalid("hotline.quality_review_date is 2026-07-01, after assessedOn 2026-06-30");
    }

    // --- anyOf: a hotline or a reporting portal (#17: WeProtect accepts either)

    @Test
    void aReportingPortalWithoutANationalHotlineMeetsLevelOne() {
        given(Fixtures.own(12, 2).with("hotline.exists", false).with("hotline.reporting_portal", true))
                .expectMet("C12.L1.hotline-or-portal")
                .expectLevel(12, 2)
                .verify();
    }

    @Test
    void noHotlineWithNoWordOnAPortalIsUnknownNotUnmet() {
        given(Fixtures.own(12, 2).with("hotline.exists", false))
                .expectUnknown("C12.L1.hotline-or-portal")
                .expectLevel(12, 0)
                .verify();
    }
}
