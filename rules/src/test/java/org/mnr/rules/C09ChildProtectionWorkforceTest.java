package org.mnr.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mnr.testkit.PackCase;
import org.mnr.testkit.PackHarness;

/** Capability 9, Child Protection Workforce: c09-child-protection-workforce.drl. */
class C09ChildProtectionWorkforceTest {

    private static final PackHarness PACKS = PackHarness.onClassPath();

    private static PackCase given(EvidenceMap evidence) {
        return evidence.applyTo(PACKS.country("XA"));
    }

    // --- positive cases

    @Test
    void everyCriterionMetReachesMature() {
        given(Fixtures.complete(9))
                .expectMet("C09.L1.online-csea-curriculum", "C09.L1.statutory-service",
                        "C09.L2.regulated-profession", "C09.L2.staff-trained",
                        "C09.L3.multi-sector-training", "C09.L3.supervision-support",
                        "C09.L4.manageable-caseloads", "C09.L4.training-evaluated")
                .expectLevel(9, 4)
                .expectScore(9, 100.0)
                .verify();
    }

    @Test
    void levelsOneAndTwoMetWithoutSupervisionStopAtDeveloping() {
        given(Fixtures.own(9, 2).with("workforce.supervision_support", false))
                .expectMet("C09.L1.online-csea-curriculum", "C09.L1.statutory-service",
                        "C09.L2.regulated-profession", "C09.L2.staff-trained")
                .expectUnmet("C09.L3.supervision-support")
                .expectUnknown("C09.L3.multi-sector-training", "C09.L4.manageable-caseloads", "C09.L4.training-evaluated")
                .expectLevel(9, 2)
                .expectScore(9, 55.6) // 5 of 9
                .verify();
    }

    // --- equals (boolean)

    @Test
    void noStatutoryServiceIsUnmetAndLeavesLevelZero() {
        given(Fixtures.own(9, 2).with("workforce.statutory_service", false))
                .expectUnmet("C09.L1.statutory-service")
                .expectMet("C09.L1.online-csea-curriculum", "C09.L2.regulated-profession", "C09.L2.staff-trained")
                .expectLevel(9, 0)
                .verify();
    }

    @Test
    void missingCurriculumEvidenceIsUnknownAndLeavesLevelZero() {
        given(Fixtures.own(9, 1).without("workforce.online_csea_curriculum"))
                .expectUnknown("C09.L1.online-csea-curriculum")
                .expectLevel(9, 0)
                .verify();
    }

    // --- equals (enum): regulation

    @Test
    void aRegulatedProfessionIsMet() {
        given(Fixtures.own(9, 2).with("workforce.regulation", "regulated_profession"))
                .expectMet("C09.L2.regulated-profession")
                .expectLevel(9, 2)
                .verify();
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "voluntary_registration"})
    void voluntaryOrNoRegulationIsUnmet(String regulation) {
        given(Fixtures.own(9, 2).with("workforce.regulation", regulation))
                .expectUnmet("C09.L2.regulated-profession")
                .expectLevel(9, 1)
                .verify();
    }

    // --- atLeast(50): trained staff

    @Test
    void halfOfStaffTrainedIsMetAndFortyNinePercentIsUnmet() {
        given(Fixtures.own(9, 2).with("workforce.trained_pct", 50))
                .expectMet("C09.L2.staff-trained")
                .expectLevel(9, 2)
                .verify();
        given(Fixtures.own(9, 2).with("workforce.trained_pct", 49))
                .expectUnmet("C09.L2.staff-trained")
                .expectLevel(9, 1)
                .verify();
    }

    @Test
    void missingTrainedShareIsUnknown() {
        given(Fixtures.own(9, 2).without("workforce.trained_pct"))
                .expectUnknown("C09.L2.staff-trained")
                .expectLevel(9, 1)
                .verify();
    }

    // --- includesAll: multi-sector training

    @Test
    void exactlyTheFiveRequiredAudiencesAreMultiSector() {
        given(Fixtures.own(9, 3).withMembers("workforce.training_audiences", "social_workers", "police", "health_workers",
                "teachers", "helpline_staff"))
                .expectMet("C09.L3.multi-sector-training")
                .expectLevel(9, 3)
                .verify();
    }

    @Test
    void trainingWithoutHelplineStaffIsUnmet() {
        given(Fixtures.own(9, 3).withMembers("workforce.training_audiences", "social_workers", "police", "health_workers",
                "teachers", "ngo_staff"))
                .expectUnmet("C09.L3.multi-sector-training")
                .expectMet("C09.L3.supervision-support")
                .expectLevel(9, 2)
                .verify();
    }

    // --- atMost(20): caseload

    @Test
    void caseloadOfTwentyIsManageableAndTwentyOneIsNot() {
        given(Fixtures.complete(9).with("workforce.caseload_median", 20))
                .expectMet("C09.L4.manageable-caseloads")
                .expectLevel(9, 4)
                .verify();
        given(Fixtures.complete(9).with("workforce.caseload_median", 21))
                .expectUnmet("C09.L4.manageable-caseloads")
                .expectLevel(9, 3)
                .verify();
    }

    // --- withinYears(3): training evaluation

    @Test
    void evaluationExactlyThreeYearsOldIsRecent() {
        given(Fixtures.complete(9).with("workforce.training_evaluation_date", "2023-06-30"))
                .expectMet("C09.L4.training-evaluated")
                .expectLevel(9, 4)
                .verify();
    }

    @Test
    void evaluationOneDayTooOldIsUnmetAndOneInTheFutureIsInvalidInput() {
        given(Fixtures.complete(9).with("workforce.training_evaluation_date", "2023-06-29"))
                .expectUnmet("C09.L4.training-evaluated")
                .expectLevel(9, 3)
                .verify();
        // A date after the assessment is invalid input (docs/model.md), not an unmet criterion.
        given(Fixtures.complete(9).with("workforce.training_evaluation_date", "2026-07-01"))
                .verifyInvalid("workforce.training_evaluation_date is 2026-07-01, after assessedOn 2026-06-30");
    }

    @Test
    void missingEvaluationDateIsUnknown() {
        given(Fixtures.complete(9).without("workforce.training_evaluation_date"))
                .expectUnknown("C09.L4.training-evaluated")
                .expectLevel(9, 3)
                .verify();
    }
}
