package org.mnr.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mnr.testkit.PackCase;
import org.mnr.testkit.PackHarness;

/** Capability 15, Offender Support Systems: c15-offender-support-systems.drl. */
class C15OffenderSupportSystemsTest {

    private static final PackHarness PACKS = PackHarness.onClassPath();

    private static PackCase given(EvidenceMap evidence) {
        return evidence.applyTo(PACKS.country("XA"));
    }

    // --- positive cases

    @Test
    void everyCriterionMetWithEstablishedOffenderManagementReachesMature() {
        given(Fixtures.complete(15))
                .expectMet("C15.L1.practitioner-guidance", "C15.L1.prevention-service",
                        "C15.L2.community-treatment", "C15.L2.deterrence-messaging", "C15.L2.harmful-sexual-behaviour",
                        "C15.L3.family-support", "C15.L3.multi-year-funding", "C15.L3.treatment-coverage",
                        "C15.L4.offender-management-link", "C15.L4.outcome-evaluation")
                .expectLevel(6, 3)
                .expectLevel(15, 4)
                .expectScore(15, 100.0)
                .verify();
    }

    @Test
    void levelsOneToThreeMetWithoutOffenderManagementEvidenceStopAtEstablished() {
        // Model 1.1 (docs/model.md): the capability read has no evidence for its higher levels, so its level is still
        // open and could reach what the criterion needs: unknown, not unmet.
        given(Fixtures.own(15, 3))
                .expectMet("C15.L1.practitioner-guidance", "C15.L1.prevention-service",
                        "C15.L2.community-treatment", "C15.L2.deterrence-messaging", "C15.L2.harmful-sexual-behaviour",
                        "C15.L3.family-support", "C15.L3.multi-year-funding", "C15.L3.treatment-coverage")
                .expectUnknown("C15.L4.outcome-evaluation")
                .expectLevel(15, 3)
                .expectScore(15, 81.8) // 9 of 11
                .expectUnknown("C15.L4.offender-management-link")
                .verify();
    }

    @Test
    void levelsOneAndTwoMetWithProjectFundingStopAtDeveloping() {
        given(Fixtures.own(15, 2).with("prevention.funding", "project_grant"))
                .expectUnmet("C15.L3.multi-year-funding")
                .expectUnknown("C15.L3.family-support", "C15.L3.treatment-coverage")
                .expectLevel(15, 2)
                .expectScore(15, 54.5) // 6 of 11
                .verify();
    }

    // --- equals (boolean)

    @Test
    void noPractitionerGuidanceIsUnmetAndMissingIsUnknown() {
        given(Fixtures.own(15, 2).with("prevention.practitioner_guidance", false))
                .expectUnmet("C15.L1.practitioner-guidance")
                .expectLevel(15, 0)
                .verify();
        given(Fixtures.own(15, 2).without("prevention.practitioner_guidance"))
                .expectUnknown("C15.L1.practitioner-guidance")
                .expectLevel(15, 0)
                .verify();
    }

    @Test
    void noTreatmentForPeopleNotConvictedIsUnmetAndMissingDeterrenceIsUnknown() {
        given(Fixtures.own(15, 2).with("prevention.treatment_non_convicted", false))
                .expectUnmet("C15.L2.community-treatment")
                .expectLevel(15, 1)
                .verify();
        given(Fixtures.own(15, 2).without("prevention.deterrence_messaging"))
                .expectUnknown("C15.L2.deterrence-messaging")
                .expectLevel(15, 1)
                .verify();
    }

    // --- anyOf: prevention service

    @Test
    void onlineSelfHelpAloneIsAPreventionService() {
        given(Fixtures.own(15, 1).without("prevention.helpline.exists").with("prevention.self_help_online", true))
                .expectMet("C15.L1.prevention-service")
                .expectLevel(15, 1)
                .verify();
    }

    @Test
    void preventionServiceWithBothBranchesFalseIsUnmet() {
        given(Fixtures.own(15, 1).with("prevention.helpline.exists", false).with("prevention.self_help_online", false))
                .expectUnmet("C15.L1.prevention-service")
                .expectLevel(15, 0)
                .verify();
    }

    @Test
    void preventionServiceWithOneBranchFalseAndTheOtherMissingIsUnknown() {
        given(Fixtures.own(15, 1).with("prevention.helpline.exists", false))
                .expectUnknown("C15.L1.prevention-service")
                .expectLevel(15, 0)
                .verify();
    }

    // --- equals (enum): funding

    @Test
    void multiYearStateFundingIsMet() {
        given(Fixtures.own(15, 3).with("prevention.funding", "multi_year_state"))
                .expectMet("C15.L3.multi-year-funding")
                .expectLevel(15, 3)
                .verify();
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "project_grant"})
    void projectOrNoFundingIsUnmet(String funding) {
        given(Fixtures.own(15, 3).with("prevention.funding", funding))
                .expectUnmet("C15.L3.multi-year-funding")
                .expectLevel(15, 2)
                .verify();
    }

    // --- atLeast(50): regions

    @Test
    void treatmentInHalfOfRegionsIsMetAndFortyNinePercentIsUnmet() {
        given(Fixtures.own(15, 3).with("prevention.treatment_regions_pct", 50))
                .expectMet("C15.L3.treatment-coverage")
                .expectLevel(15, 3)
                .verify();
        given(Fixtures.own(15, 3).with("prevention.treatment_regions_pct", 49))
                .expectUnmet("C15.L3.treatment-coverage")
                .expectLevel(15, 2)
                .verify();
    }

    // --- cross-capability: capability 6 at Established

    @Test
    void offenderManagementLinkIsMetWhenOffenderManagementIsEstablished() {
        given(Fixtures.own(15, 4).and(Fixtures.reaching(6, 3)))
                .expectLevel(6, 3)
                .expectMet("C15.L4.offender-management-link")
                .expectLevel(15, 4)
                .verify();
    }

    @Test
    void offenderManagementLinkIsUnknownWhenOffenderManagementIsOnlyDeveloping() {
        // Model 1.1 (docs/model.md): the capability read has no evidence for its higher levels, so its level is still
        // open and could reach what the criterion needs: unknown, not unmet.
        given(Fixtures.own(15, 4).and(Fixtures.reaching(6, 2)))
                .expectLevel(6, 2)
                .expectMet("C15.L4.outcome-evaluation")
                .expectLevel(15, 3)
                .expectUnknown("C15.L4.offender-management-link")
                .verify();
    }

    // --- withinYears(5): evaluation

    @Test
    void evaluationExactlyFiveYearsOldIsRecent() {
        given(Fixtures.complete(15).with("prevention.evaluation_date", "2021-06-30"))
                .expectMet("C15.L4.outcome-evaluation")
                .expectLevel(15, 4)
                .verify();
    }

    @Test
    void evaluationOneDayTooOldIsUnmetAndOneInTheFutureIsInvalidInput() {
        given(Fixtures.complete(15).with("prevention.evaluation_date", "2021-06-29"))
                .expectUnmet("C15.L4.outcome-evaluation")
                .expectLevel(15, 3)
                .verify();
        // A date after the assessment is invalid input (docs/model.md), not an unmet criterion.
        given(Fixtures.complete(15).with("prevention.evaluation_date", "2026-07-01"))
                .verifyInvalid("prevention.evaluation_date is 2026-07-01, after assessedOn 2026-06-30");
    }

    // --- equals (boolean): children with harmful sexual behaviour (level 2) and families (level 3) (#17)

    @Test
    void noServiceForChildrenWithHarmfulSexualBehaviourHoldsTheLevelAtBuilding() {
        given(Fixtures.complete(15).with("prevention.hsb_services", false))
                .expectUnmet("C15.L2.harmful-sexual-behaviour")
                .expectMet("C15.L2.community-treatment", "C15.L3.family-support")
                .expectLevel(15, 1)
                .expectScore(15, 90.9) // 10 of 11
                .verify();
    }

    @Test
    void noSupportForFamiliesHoldsTheLevelAtDevelopingAndMissingIsUnknown() {
        given(Fixtures.complete(15).with("prevention.family_support", false))
                .expectUnmet("C15.L3.family-support")
                .expectLevel(15, 2)
                .verify();
        given(Fixtures.complete(15).without("prevention.family_support"))
                .expectUnknown("C15.L3.family-support")
                .expectLevel(15, 2)
                .verify();
    }
}
