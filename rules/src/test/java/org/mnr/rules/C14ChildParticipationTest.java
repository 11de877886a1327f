package org.mnr.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mnr.testkit.PackCase;
import org.mnr.testkit.PackHarness;

/** Capability 14, Child Participation: c14-child-participation.drl. */
class C14ChildParticipationTest {

    private static final PackHarness PACKS = PackHarness.onClassPath();

    private static PackCase given(EvidenceMap evidence) {
        return evidence.applyTo(PACKS.country("XA"));
    }

    // --- positive cases

    @Test
    void everyCriterionMetReachesMature() {
        given(Fixtures.complete(14))
                .expectMet("C14.L1.ethical-standards", "C14.L1.participation-commitment",
                        "C14.L2.consultation-held", "C14.L2.standing-mechanism",
                        "C14.L3.diverse-representation", "C14.L3.feedback-to-children",
                        "C14.L4.co-designed-programmes", "C14.L4.dedicated-budget")
                .expectLevel(14, 4)
                .expectScore(14, 100.0)
                .verify();
    }

    @Test
    void levelsOneAndTwoMetWithoutFeedbackStopAtDeveloping() {
        given(Fixtures.own(14, 2).with("participation.feedback_given", false))
                .expectMet("C14.L1.ethical-standards", "C14.L1.participation-commitment",
                        "C14.L2.consultation-held", "C14.L2.standing-mechanism")
                .expectUnmet("C14.L3.feedback-to-children")
                .expectUnknown("C14.L3.diverse-representation", "C14.L4.co-designed-programmes", "C14.L4.dedicated-budget")
                .expectLevel(14, 2)
                .expectScore(14, 55.6) // 5 of 9
                .verify();
    }

    // --- withinYears(3): consultation (level 2 since 2.0.0, after the ethical standards)

    @Test
    void consultationExactlyThreeYearsAgoIsRecent() {
        given(Fixtures.own(14, 2).with("participation.last_consultation_date", "2023-06-30"))
                .expectMet("C14.L2.consultation-held")
                .expectLevel(14, 2)
                .verify();
    }

    @Test
    void consultationOneDayTooOldIsUnmetAndOneInTheFutureIsInvalidInput() {
        given(Fixtures.own(14, 2).with("participation.last_consultation_date", "2023-06-29"))
                .expectUnmet("C14.L2.consultation-held")
                .expectMet("C14.L1.ethical-standards", "C14.L2.standing-mechanism")
                .expectLevel(14, 1)
                .verify();
        // A date after the assessment is invalid input (docs/model.md), not an unmet criterion.
        given(Fixtures.own(14, 2).with("participation.last_consultation_date", "2026-07-01"))
                .verifyInvalid("participation.last_consultation_date is 2026-07-01, after assessedOn 2026-06-30");
    }

    @Test
    void missingConsultationDateIsUnknown() {
        given(Fixtures.own(14, 2).without("participation.last_consultation_date"))
                .expectUnknown("C14.L2.consultation-held")
                .expectLevel(14, 1)
                .verify();
    }

    // --- equals (boolean)

    @Test
    void noPolicyCommitmentIsUnmet() {
        given(Fixtures.own(14, 1).with("participation.policy_commitment", false))
                .expectUnmet("C14.L1.participation-commitment")
                .expectLevel(14, 0)
                .verify();
    }

    @Test
    void noEthicalStandardsAreUnmetAndHoldTheLevelAtZeroWhateverElseIsMet() {
        // Ethical safeguards come first (level 1 since 2.0.0): a consultation held without them builds nothing.
        given(Fixtures.complete(14).with("participation.ethical_standards", false))
                .expectUnmet("C14.L1.ethical-standards")
                .expectMet("C14.L2.consultation-held", "C14.L4.dedicated-budget")
                .expectLevel(14, 0)
                .expectScore(14, 77.8) // 7 of 9
                .verify();
        given(Fixtures.own(14, 2).without("participation.ethical_standards"))
                .expectUnknown("C14.L1.ethical-standards")
                .expectLevel(14, 0)
                .verify();
    }

    // --- oneOf: mechanism

    @ParameterizedTest
    @ValueSource(strings = {"standing_advisory_group", "statutory_council"})
    void aStandingGroupOrStatutoryCouncilIsMet(String mechanism) {
        given(Fixtures.own(14, 2).with("participation.mechanism", mechanism))
                .expectMet("C14.L2.standing-mechanism")
                .expectLevel(14, 2)
                .verify();
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "ad_hoc_consultation"})
    void adHocOrNoMechanismIsUnmet(String mechanism) {
        given(Fixtures.own(14, 2).with("participation.mechanism", mechanism))
                .expectUnmet("C14.L2.standing-mechanism")
                .expectLevel(14, 1)
                .verify();
    }

    // --- includesAll: representation

    @Test
    void exactlyTheFourRequiredGroupsAreDiverse() {
        given(Fixtures.own(14, 3).withMembers("participation.represented_groups", "girls", "boys",
                "children_with_disabilities", "minority_groups"))
                .expectMet("C14.L3.diverse-representation")
                .expectLevel(14, 3)
                .verify();
    }

    @Test
    void groupsWithoutMinorityChildrenAreUnmet() {
        given(Fixtures.own(14, 3).withMembers("participation.represented_groups", "girls", "boys",
                "children_with_disabilities", "rural_children", "children_with_lived_experience"))
                .expectUnmet("C14.L3.diverse-representation")
                .expectLevel(14, 2)
                .verify();
    }

    // --- atLeast(2): co-designed programmes

    @Test
    void twoCoDesignedProgrammesAreMetAndOneIsUnmet() {
        given(Fixtures.complete(14).with("participation.codesigned_programmes", 2))
                .expectMet("C14.L4.co-designed-programmes")
                .expectLevel(14, 4)
                .verify();
        given(Fixtures.complete(14).with("participation.codesigned_programmes", 1))
                .expectUnmet("C14.L4.co-designed-programmes")
                .expectLevel(14, 3)
                .verify();
    }

    @Test
    void noDedicatedBudgetIsUnmetAndMissingIsUnknown() {
        given(Fixtures.complete(14).with("participation.dedicated_budget", false))
                .expectUnmet("C14.L4.dedicated-budget")
                .expectLevel(14, 3)
                .verify();
        given(Fixtures.complete(14).without("participation.dedicated_budget"))
                .expectUnknown("C14.L4.dedicated-budget")
                .expectLevel(14, 3)
                .verify();
    }
}
