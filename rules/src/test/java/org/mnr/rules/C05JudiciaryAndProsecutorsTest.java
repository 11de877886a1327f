package org.mnr.rules;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mnr.testkit.PackCase;
import org.mnr.testkit.PackHarness;

/** Capability 5, Judiciary and Prosecutors: c05-judiciary-and-prosecutors.drl. */
class C05JudiciaryAndProsecutorsTest {

    private static final PackHarness PACKS = PackHarness.onClassPath();

    private static PackCase given(EvidenceMap evidence) {
        return evidence.applyTo(PACKS.country("XA"));
    }

    // --- positive cases

    @Test
    void everyCriterionMetWithDevelopedLegislationReachesMature() {
        given(Fixtures.complete(5))
                .expectMet("C05.L1.prosecutor-training", "C05.L1.written-guidance",
                        "C05.L2.judicial-training", "C05.L2.specialist-prosecutors",
                        "C05.L3.case-outcome-data", "C05.L3.legislation-in-place", "C05.L3.remote-testimony",
                        "C05.L4.conviction-statistics", "C05.L4.specialised-judges", "C05.L4.timely-proceedings")
                .expectLevel(3, 2)
                .expectLevel(5, 4)
                .expectScore(5, 100.0)
                .verify();
    }

    @Test
    void levelsOneAndTwoMetWithoutLegislationEvidenceStopAtDeveloping() {
        // Model 1.1 (docs/model.md): the capability read has no evidence for its higher levels, so its level is still
        // open and could reach what the criterion needs: unknown, not unmet.
        given(Fixtures.own(5, 2))
                .expectMet("C05.L1.prosecutor-training", "C05.L1.written-guidance",
                        "C05.L2.judicial-training", "C05.L2.specialist-prosecutors")
                .expectUnknown("C05.L3.case-outcome-data", "C05.L3.remote-testimony",
                        "C05.L4.conviction-statistics", "C05.L4.specialised-judges", "C05.L4.timely-proceedings")
                .expectLevel(5, 2)
                .expectScore(5, 45.5) // 5 of 11
                .expectUnknown("C05.L3.legislation-in-place")
                .verify();
    }

    // --- includesAll (one member): prosecutor training

    @Test
    void prosecutorsAloneInTrainingMeetLevelOneTrainingButNotJudicialTraining() {
        given(Fixtures.own(5, 2).withMembers("judiciary.training_audiences", "prosecutors"))
                .expectMet("C05.L1.prosecutor-training")
                .expectUnmet("C05.L2.judicial-training")
                .expectLevel(5, 1)
                .verify();
    }

    @Test
    void trainingWithoutProsecutorsIsUnmetAndMissingTrainingIsUnknown() {
        given(Fixtures.own(5, 1).withMembers("judiciary.training_audiences", "judges", "court_staff", "defence_lawyers"))
                .expectUnmet("C05.L1.prosecutor-training")
                .expectLevel(5, 0)
                .verify();
        given(Fixtures.own(5, 1).without("judiciary.training_audiences"))
                .expectUnknown("C05.L1.prosecutor-training")
                .expectLevel(5, 0)
                .verify();
    }

    // --- anyOf: written guidance

    @Test
    void sentencingGuidelinesAloneAreWrittenGuidance() {
        given(EvidenceMap.of("judiciary.training_audiences", List.of("prosecutors"),
                "judiciary.sentencing_guidelines", true))
                .expectMet("C05.L1.written-guidance")
                .expectLevel(5, 1)
                .verify();
    }

    @Test
    void writtenGuidanceWithBothBranchesFalseIsUnmet() {
        given(Fixtures.own(5, 1).with("judiciary.prosecution_guidance", false).with("judiciary.sentencing_guidelines", false))
                .expectUnmet("C05.L1.written-guidance")
                .expectLevel(5, 0)
                .verify();
    }

    @Test
    void writtenGuidanceWithOneBranchFalseAndTheOtherMissingIsUnknown() {
        given(Fixtures.own(5, 1).with("judiciary.prosecution_guidance", false))
                .expectUnknown("C05.L1.written-guidance")
                .expectLevel(5, 0)
                .verify();
    }

    // --- includesAll: judicial training

    @Test
    void exactlyProsecutorsJudgesAndCourtStaffMeetJudicialTraining() {
        given(Fixtures.own(5, 2).withMembers("judiciary.training_audiences", "prosecutors", "judges", "court_staff"))
                .expectMet("C05.L2.judicial-training")
                .expectLevel(5, 2)
                .verify();
    }

    @Test
    void trainingWithoutCourtStaffIsUnmet() {
        given(Fixtures.own(5, 2).withMembers("judiciary.training_audiences", "prosecutors", "judges", "defence_lawyers",
                "intermediaries"))
                .expectUnmet("C05.L2.judicial-training")
                .expectMet("C05.L1.prosecutor-training")
                .expectLevel(5, 1)
                .verify();
    }

    // --- equals (boolean): specialist prosecutors

    @Test
    void noSpecialistProsecutorsIsUnmetAndMissingIsUnknown() {
        given(Fixtures.own(5, 2).with("judiciary.specialist_prosecutors", false))
                .expectUnmet("C05.L2.specialist-prosecutors")
                .expectLevel(5, 1)
                .verify();
        given(Fixtures.own(5, 2).without("judiciary.specialist_prosecutors"))
                .expectUnknown("C05.L2.specialist-prosecutors")
                .expectLevel(5, 1)
                .verify();
    }

    // --- cross-capability: capability 3 at Developing

    @Test
    void legislationInPlaceIsMetWhenLegislationIsDeveloping() {
        given(Fixtures.own(5, 3).and(Fixtures.reaching(3, 2)))
                .expectLevel(3, 2)
                .expectMet("C05.L3.legislation-in-place")
                .expectLevel(5, 3)
                .verify();
    }

    @Test
    void legislationInPlaceIsUnknownWhenLegislationIsOnlyBuilding() {
        // Model 1.1 (docs/model.md): the capability read has no evidence for its higher levels, so its level is still
        // open and could reach what the criterion needs: unknown, not unmet.
        given(Fixtures.own(5, 3).and(Fixtures.reaching(3, 1)))
                .expectLevel(3, 1)
                .expectMet("C05.L3.case-outcome-data", "C05.L3.remote-testimony")
                .expectLevel(5, 2)
                .expectUnknown("C05.L3.legislation-in-place")
                .verify();
    }

    // --- equals (boolean): case outcomes

    @Test
    void unrecordedCaseOutcomesAreUnmet() {
        given(Fixtures.reaching(5, 3).with("judiciary.case_outcomes_recorded", false))
                .expectUnmet("C05.L3.case-outcome-data")
                .expectLevel(5, 2)
                .verify();
    }

    // --- atLeast(75): remote testimony

    @Test
    void seventyFivePercentOfCourtsIsMetAndSeventyFourIsUnmet() {
        given(Fixtures.reaching(5, 3).with("judiciary.remote_testimony_courts_pct", 75))
                .expectMet("C05.L3.remote-testimony")
                .expectLevel(5, 3)
                .verify();
        given(Fixtures.reaching(5, 3).with("judiciary.remote_testimony_courts_pct", 74))
                .expectUnmet("C05.L3.remote-testimony")
                .expectLevel(5, 2)
                .verify();
    }

    // --- oneOf: specialisation

    @ParameterizedTest
    @ValueSource(strings = {"designated_judges", "specialised_courts"})
    void designatedJudgesOrSpecialisedCourtsMeetTheCriterion(String specialisation) {
        given(Fixtures.complete(5).with("judiciary.specialisation", specialisation))
                .expectMet("C05.L4.specialised-judges")
                .expectLevel(5, 4)
                .verify();
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "ad_hoc"})
    void adHocOrNoSpecialisationIsUnmet(String specialisation) {
        given(Fixtures.complete(5).with("judiciary.specialisation", specialisation))
                .expectUnmet("C05.L4.specialised-judges")
                .expectLevel(5, 3)
                .verify();
    }

    // --- atMost(12): case duration

    @Test
    void twelveMonthCasesAreTimelyAndThirteenAreNot() {
        given(Fixtures.complete(5).with("judiciary.case_duration_months", 12))
                .expectMet("C05.L4.timely-proceedings")
                .expectLevel(5, 4)
                .verify();
        given(Fixtures.complete(5).with("judiciary.case_duration_months", 13))
                .expectUnmet("C05.L4.timely-proceedings")
                .expectLevel(5, 3)
                .verify();
    }

    @Test
    void missingCaseDurationIsUnknown() {
        given(Fixtures.complete(5).without("judiciary.case_duration_months"))
                .expectUnknown("C05.L4.timely-proceedings")
                .expectLevel(5, 3)
                .verify();
    }

    // --- equals (boolean): convictions published (#17: an outcome measure)

    @Test
    void unpublishedConvictionStatisticsAreUnmetAndStopAtEstablished() {
        given(Fixtures.complete(5).with("judiciary.conviction_statistics_published", false))
                .expectUnmet("C05.L4.conviction-statistics")
                .expectMet("C05.L4.specialised-judges", "C05.L4.timely-proceedings")
                .expectLevel(5, 3)
                .expectScore(5, 90.9) // 10 of 11
                .verify();
        given(Fixtures.complete(5).without("judiciary.conviction_statistics_published"))
                .expectUnknown("C05.L4.conviction-statistics")
                .expectLevel(5, 3)
                .verify();
    }
}
