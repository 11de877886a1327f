package org.mnr.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mnr.testkit.PackCase;
import org.mnr.testkit.PackHarness;

/** Capability 13, Education Programme: c13-education-programme.drl. */
class C13EducationProgrammeTest {

    private static final PackHarness PACKS = PackHarness.onClassPath();

    private static PackCase given(EvidenceMap evidence) {
        return evidence.applyTo(PACKS.country("XA"));
    }

    // --- positive cases

    @Test
    void everyCriterionMetWithDevelopingChildParticipationReachesMature() {
        given(Fixtures.complete(13))
                .expectMet("C13.L1.programme-exists", "C13.L1.recent-campaign",
                        "C13.L2.core-audiences", "C13.L2.curriculum",
                        "C13.L3.schools-reach", "C13.L3.teachers-trained",
                        "C13.L4.child-informed-design", "C13.L4.impact-evaluation")
                .expectLevel(14, 2)
                .expectLevel(13, 4)
                .expectScore(13, 100.0)
                .verify();
    }

    @Test
    void levelsOneToThreeMetWithoutChildParticipationEvidenceStopAtEstablished() {
        // Model 1.1 (docs/model.md): the capability read has no evidence for its higher levels, so its level is still
        // open and could reach what the criterion needs: unknown, not unmet.
        given(Fixtures.own(13, 3))
                .expectMet("C13.L1.programme-exists", "C13.L1.recent-campaign",
                        "C13.L2.core-audiences", "C13.L2.curriculum",
                        "C13.L3.schools-reach", "C13.L3.teachers-trained")
                .expectUnknown("C13.L4.impact-evaluation")
                .expectLevel(13, 3)
                .expectScore(13, 77.8) // 7 of 9
                .expectUnknown("C13.L4.child-informed-design")
                .verify();
    }

    @Test
    void levelsOneAndTwoMetWithFewSchoolsReachedStopAtDeveloping() {
        given(Fixtures.own(13, 2).with("education.schools_reached_pct", 40))
                .expectUnmet("C13.L3.schools-reach")
                .expectUnknown("C13.L3.teachers-trained")
                .expectLevel(13, 2)
                .expectScore(13, 55.6) // 5 of 9
                .verify();
    }

    // --- equals (boolean)

    @Test
    void noProgrammeIsUnmetAndMissingProgrammeIsUnknown() {
        given(Fixtures.own(13, 2).with("education.programme.exists", false))
                .expectUnmet("C13.L1.programme-exists")
                .expectLevel(13, 0)
                .verify();
        given(Fixtures.own(13, 2).without("education.programme.exists"))
                .expectUnknown("C13.L1.programme-exists")
                .expectLevel(13, 0)
                .verify();
    }

    // --- withinYears(3): campaign

    @Test
    void campaignExactlyThreeYearsAgoIsRecent() {
        given(Fixtures.own(13, 1).with("education.campaign_date", "2023-06-30"))
                .expectMet("C13.L1.recent-campaign")
                .expectLevel(13, 1)
                .verify();
    }

    @Test
    void campaignOneDayTooOldIsUnmetAndOneInTheFutureIsInvalidInput() {
        given(Fixtures.own(13, 1).with("education.campaign_date", "2023-06-29"))
                .expectUnmet("C13.L1.recent-campaign")
                .expectLevel(13, 0)
                .verify();
        // A date after the assessment is invalid input (docs/model.md), not an unmet criterion.
        given(Fixtures.own(13, 1).with("education.campaign_date", "2026-07-01"))
                .verifyInvalid("education.campaign_date is 2026-07-01, after assessedOn 2026-06-30");
    }

    @Test
    void missingCampaignDateIsUnknown() {
        given(Fixtures.own(13, 1).without("education.campaign_date"))
                .expectUnknown("C13.L1.recent-campaign")
                .expectLevel(13, 0)
                .verify();
    }

    // --- includesAll: audiences

    @Test
    void exactlyChildrenParentsAndTeachersAreTheCoreAudiences() {
        given(Fixtures.own(13, 2).withMembers("education.audiences", "children", "parents_carers", "teachers"))
                .expectMet("C13.L2.core-audiences")
                .expectLevel(13, 2)
                .verify();
    }

    @Test
    void audiencesWithoutParentsAreUnmet() {
        given(Fixtures.own(13, 2).withMembers("education.audiences", "children", "teachers", "professionals", "communities"))
                .expectUnmet("C13.L2.core-audiences")
                .expectLevel(13, 1)
                .verify();
    }

    // --- oneOf: curriculum

    @ParameterizedTest
    @ValueSource(strings = {"recommended", "mandatory"})
    void aRecommendedOrMandatoryCurriculumIsMet(String status) {
        given(Fixtures.own(13, 2).with("education.curriculum_status", status))
                .expectMet("C13.L2.curriculum")
                .expectLevel(13, 2)
                .verify();
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "optional_resource"})
    void anOptionalOrNoCurriculumIsUnmet(String status) {
        given(Fixtures.own(13, 2).with("education.curriculum_status", status))
                .expectUnmet("C13.L2.curriculum")
                .expectLevel(13, 1)
                .verify();
    }

    // --- atLeast(75) and atLeast(50)

    @Test
    void seventyFivePercentOfSchoolsIsMetAndSeventyFourIsUnmet() {
        given(Fixtures.own(13, 3).with("education.schools_reached_pct", 75))
                .expectMet("C13.L3.schools-reach")
                .expectLevel(13, 3)
                .verify();
        given(Fixtures.own(13, 3).with("education.schools_reached_pct", 74))
                .expectUnmet("C13.L3.schools-reach")
                .expectLevel(13, 2)
                .verify();
    }

    @Test
    void halfOfTeachersTrainedIsMetAndFortyNinePercentIsUnmet() {
        given(Fixtures.own(13, 3).with("education.teachers_trained_pct", 50))
                .expectMet("C13.L3.teachers-trained")
                .expectLevel(13, 3)
                .verify();
        given(Fixtures.own(13, 3).with("education.teachers_trained_pct", 49))
                .expectUnmet("C13.L3.teachers-trained")
                .expectLevel(13, 2)
                .verify();
    }

    // --- cross-capability: capability 14 at Developing

    @Test
    void childInformedDesignIsMetWhenChildParticipationIsDeveloping() {
        given(Fixtures.own(13, 4).and(Fixtures.reaching(14, 2)))
                .expectLevel(14, 2)
                .expectMet("C13.L4.child-informed-design")
                .expectLevel(13, 4)
                .verify();
    }

    @Test
    void childInformedDesignIsUnknownWhenChildParticipationIsOnlyBuilding() {
        // Model 1.1 (docs/model.md): the capability read has no evidence for its higher levels, so its level is still
        // open and could reach what the criterion needs: unknown, not unmet.
        given(Fixtures.own(13, 4).and(Fixtures.reaching(14, 1)))
                .expectLevel(14, 1)
                .expectMet("C13.L4.impact-evaluation")
                .expectLevel(13, 3)
                .expectUnknown("C13.L4.child-informed-design")
                .verify();
    }

    // --- withinYears(5): impact evaluation

    @Test
    void evaluationExactlyFiveYearsOldIsRecent() {
        given(Fixtures.complete(13).with("education.evaluation_date", "2021-06-30"))
                .expectMet("C13.L4.impact-evaluation")
                .expectLevel(13, 4)
                .verify();
    }

    @Test
    void evaluationOneDayTooOldIsUnmetAndOneInTheFutureIsInvalidInput() {
        given(Fixtures.complete(13).with("education.evaluation_date", "2021-06-29"))
                .expectUnmet("C13.L4.impact-evaluation")
                .expectLevel(13, 3)
                .verify();
        // A date after the assessment is invalid input (docs/model.md), not an unmet criterion.
        given(Fixtures.complete(13).with("education.evaluation_date", "2026-07-01"))
                .verifyInvalid("education.evaluation_date is 2026-07-01, after assessedOn 2026-06-30");
    }
}
