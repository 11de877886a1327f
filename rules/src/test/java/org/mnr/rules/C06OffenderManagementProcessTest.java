package org.mnr.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mnr.testkit.PackCase;
import org.mnr.testkit.PackHarness;

/** Capability 6, Offender Management Process: c06-offender-management-process.drl. */
class C06OffenderManagementProcessTest {

    private static final PackHarness PACKS = PackHarness.onClassPath();

    private static PackCase given(EvidenceMap evidence) {
        return evidence.applyTo(PACKS.country("XA"));
    }

    // --- positive cases

    @Test
    void everyCriterionMetReachesMature() {
        given(Fixtures.complete(6))
                .expectMet("C06.L1.employment-vetting", "C06.L1.offender-register",
                        "C06.L2.structured-risk-assessment", "C06.L2.treatment-programme",
                        "C06.L3.multi-agency-management", "C06.L3.online-and-travel-controls",
                        "C06.L4.reoffending-evaluated", "C06.L4.treatment-coverage")
                .expectLevel(6, 4)
                .expectScore(6, 100.0)
                .verify();
    }

    @Test
    void levelsOneAndTwoMetWithoutMultiAgencyArrangementsStopAtDeveloping() {
        given(Fixtures.own(6, 2).with("offender.multi_agency_arrangements", false))
                .expectMet("C06.L1.employment-vetting", "C06.L1.offender-register",
                        "C06.L2.structured-risk-assessment", "C06.L2.treatment-programme")
                .expectUnmet("C06.L3.multi-agency-management")
                .expectUnknown("C06.L3.online-and-travel-controls", "C06.L4.reoffending-evaluated", "C06.L4.treatment-coverage")
                .expectLevel(6, 2)
                .expectScore(6, 44.4) // 4 of 9
                .verify();
    }

    // --- equals (boolean)

    @Test
    void noEmploymentVettingIsUnmetAndLeavesLevelZero() {
        given(Fixtures.own(6, 2).with("offender.employment_vetting", false))
                .expectUnmet("C06.L1.employment-vetting")
                .expectMet("C06.L1.offender-register", "C06.L2.structured-risk-assessment")
                .expectLevel(6, 0)
                .verify();
    }

    @Test
    void missingRegisterEvidenceIsUnknownAndLeavesLevelZero() {
        given(Fixtures.own(6, 2).without("offender.register.exists"))
                .expectUnknown("C06.L1.offender-register")
                .expectLevel(6, 0)
                .verify();
    }

    // --- oneOf: risk assessment

    @ParameterizedTest
    @ValueSource(strings = {"structured", "validated"})
    void structuredOrValidatedRiskToolsMeetTheCriterion(String tool) {
        given(Fixtures.own(6, 2).with("offender.risk_assessment", tool))
                .expectMet("C06.L2.structured-risk-assessment")
                .expectLevel(6, 2)
                .verify();
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "unstructured"})
    void unstructuredOrNoRiskAssessmentIsUnmet(String tool) {
        given(Fixtures.own(6, 2).with("offender.risk_assessment", tool))
                .expectUnmet("C06.L2.structured-risk-assessment")
                .expectLevel(6, 1)
                .verify();
    }

    // --- anyOf: treatment programme

    @Test
    void communityTreatmentAloneMeetsTheCriterion() {
        given(Fixtures.own(6, 2).without("offender.treatment_prison").with("offender.treatment_community", true))
                .expectMet("C06.L2.treatment-programme")
                .expectLevel(6, 2)
                .verify();
    }

    @Test
    void treatmentWithBothBranchesFalseIsUnmet() {
        given(Fixtures.own(6, 2).with("offender.treatment_prison", false).with("offender.treatment_community", false))
                .expectUnmet("C06.L2.treatment-programme")
                .expectLevel(6, 1)
                .verify();
    }

    @Test
    void treatmentWithOneBranchFalseAndTheOtherMissingIsUnknown() {
        given(Fixtures.own(6, 2).with("offender.treatment_prison", false))
                .expectUnknown("C06.L2.treatment-programme")
                .expectLevel(6, 1)
                .verify();
    }

    // --- countAtLeast(2 of 3): online and travel controls

    @ParameterizedTest
    @CsvSource({"true, true, false", "true, false, true", "false, true, true"})
    void exactlyTwoOfThreeControlsMeetTheCriterion(boolean travel, boolean greenNotices, boolean devices) {
        given(Fixtures.own(6, 3)
                .with("offender.travel_notification", travel)
                .with("offender.interpol_green_notices", greenNotices)
                .with("offender.device_monitoring", devices))
                .expectMet("C06.L3.online-and-travel-controls")
                .expectLevel(6, 3)
                .verify();
    }

    @Test
    void onlyOneControlWithTheOthersGivenFalseIsUnmet() {
        given(Fixtures.own(6, 3)
                .with("offender.travel_notification", false)
                .with("offender.interpol_green_notices", false)
                .with("offender.device_monitoring", true))
                .expectUnmet("C06.L3.online-and-travel-controls")
                .expectMet("C06.L3.multi-agency-management")
                .expectLevel(6, 2)
                .verify();
    }

    @Test
    void onlyOneControlWithAnotherMissingIsUnknown() {
        given(Fixtures.own(6, 3)
                .with("offender.travel_notification", true)
                .with("offender.interpol_green_notices", false)
                .without("offender.device_monitoring"))
                .expectUnknown("C06.L3.online-and-travel-controls")
                .expectLevel(6, 2)
                .verify();
    }

    // --- withinYears(5): reoffending study

    @Test
    void reoffendingStudyExactlyFiveYearsOldIsRecent() {
        given(Fixtures.complete(6).with("offender.reoffending_study_date", "2021-06-30"))
                .expectMet("C06.L4.reoffending-evaluated")
                .expectLevel(6, 4)
                .verify();
    }

    @Test
    void reoffendingStudyOneDayTooOldIsUnmetAndOneInTheFutureIsInvalidInput() {
        given(Fixtures.complete(6).with("offender.reoffending_study_date", "2021-06-29"))
                .expectUnmet("C06.L4.reoffending-evaluated")
                .expectLevel(6, 3)
                .verify();
        // A date after the assessment is invalid input (docs/model.md), not an unmet criterion.
        given(Fixtures.complete(6).with("offender.reoffending_study_date", "2026-07-01"))
                .verifyInvalid("offender.reoffending_study_date is 2026-07-01, after assessedOn 2026-06-30");
    }

    // --- atLeast(50): treatment coverage

    @Test
    void halfOfOffendersInTreatmentIsMet() {
        given(Fixtures.complete(6).with("offender.treatment_coverage_pct", 50))
                .expectMet("C06.L4.treatment-coverage")
                .expectLevel(6, 4)
                .verify();
    }

    @Test
    void fortyNineOrFortyNinePointNinePercentInTreatmentIsUnmet() {
        given(Fixtures.complete(6).with("offender.treatment_coverage_pct", 49))
                .expectUnmet("C06.L4.treatment-coverage")
                .expectLevel(6, 3)
                .verify();
        given(Fixtures.complete(6).with("offender.treatment_coverage_pct", 49.9))
                .expectUnmet("C06.L4.treatment-coverage")
                .expectLevel(6, 3)
                .verify();
    }

    @Test
    void missingTreatmentCoverageIsUnknown() {
        given(Fixtures.complete(6).without("offender.treatment_coverage_pct"))
                .expectUnknown("C06.L4.treatment-coverage")
                .expectLevel(6, 3)
                .verify();
    }
}
