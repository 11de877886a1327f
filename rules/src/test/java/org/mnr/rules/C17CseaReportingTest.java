package org.mnr.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mnr.testkit.PackCase;
import org.mnr.testkit.PackHarness;

/** Capability 17, CSEA Reporting: c17-csea-reporting.drl. */
class C17CseaReportingTest {

    private static final PackHarness PACKS = PackHarness.onClassPath();

    private static PackCase given(EvidenceMap evidence) {
        return evidence.applyTo(PACKS.country("XA"));
    }

    // --- positive cases

    @Test
    void everyCriterionMetWithADevelopingPoliceResponseReachesMature() {
        given(Fixtures.complete(17))
                .expectMet("C17.L1.designated-recipient", "C17.L1.provider-guidance",
                        "C17.L2.safe-harbour", "C17.L2.standard-format",
                        "C17.L3.police-capacity", "C17.L3.timely-triage",
                        "C17.L4.local-language-reporting", "C17.L4.rapid-triage")
                .expectLevel(4, 2)
                .expectLevel(17, 4)
                .expectScore(17, 100.0)
                .verify();
    }

    @Test
    void levelsOneAndTwoMetWithoutPoliceEvidenceStopAtDeveloping() {
        // Model 1.1 (docs/model.md): the capability read has no evidence for its higher levels, so its level is still
        // open and could reach what the criterion needs: unknown, not unmet.
        given(Fixtures.own(17, 2))
                .expectMet("C17.L1.designated-recipient", "C17.L1.provider-guidance",
                        "C17.L2.safe-harbour", "C17.L2.standard-format")
                .expectUnknown("C17.L3.timely-triage", "C17.L4.local-language-reporting", "C17.L4.rapid-triage")
                .expectLevel(17, 2)
                .expectScore(17, 55.6) // 5 of 9
                .expectUnknown("C17.L3.police-capacity")
                .verify();
    }

    // --- equals (boolean)

    @Test
    void noDesignatedAuthorityIsUnmetAndMissingGuidanceIsUnknown() {
        given(Fixtures.own(17, 2).with("reporting.competent_authority", false))
                .expectUnmet("C17.L1.designated-recipient")
                .expectMet("C17.L2.safe-harbour")
                .expectLevel(17, 0)
                .verify();
        given(Fixtures.own(17, 2).without("reporting.provider_guidance"))
                .expectUnknown("C17.L1.provider-guidance")
                .expectLevel(17, 0)
                .verify();
    }

    @Test
    void noStandardFormatIsUnmet() {
        given(Fixtures.own(17, 2).with("reporting.standard_format", false))
                .expectUnmet("C17.L2.standard-format")
                .expectLevel(17, 1)
                .verify();
    }

    // --- equals (boolean): safe harbour (2.0.0: the MNR's definition of capability 17, #17)

    @Test
    void aSafeHarbourForReviewingReportingAndTransmittingIsMet() {
        given(Fixtures.own(17, 2).with("reporting.safe_harbour", true))
                .expectMet("C17.L2.safe-harbour")
                .expectLevel(17, 2)
                .verify();
    }

    @Test
    void noSafeHarbourIsUnmetAndHoldsAnOtherwiseMatureCapabilityAtBuilding() {
        given(Fixtures.complete(17).with("reporting.safe_harbour", false))
                .expectUnmet("C17.L2.safe-harbour")
                .expectMet("C17.L3.timely-triage", "C17.L4.rapid-triage")
                .expectLevel(17, 1)
                .expectScore(17, 77.8) // 7 of 9
                .verify();
    }

    @Test
    void missingSafeHarbourIsUnknown() {
        given(Fixtures.own(17, 2).without("reporting.safe_harbour"))
                .expectUnknown("C17.L2.safe-harbour")
                .expectLevel(17, 1)
                .verify();
    }

    @ParameterizedTest
    @ValueSource(strings = {"duty_to_report", "duty_to_report_and_preserve"})
    void aDutyToReportUnderTheRetiredKeyNoLongerScoresInCapability17(String duty) {
        // reporting.legal_duty was retired in 2.0.0: the duty is counted once, in C03.L3.icmec-all-five.
        given(Fixtures.own(17, 2).without("reporting.safe_harbour").with("reporting.legal_duty", duty))
                .expectUnknown("C17.L2.safe-harbour")
                .expectLevel(17, 1)
                .verify();
    }

    // --- cross-capability: capability 4 at Developing

    @Test
    void policeCapacityIsMetWhenLawEnforcementIsDeveloping() {
        given(Fixtures.own(17, 3).and(Fixtures.reaching(4, 2)))
                .expectLevel(4, 2)
                .expectMet("C17.L3.police-capacity")
                .expectLevel(17, 3)
                .verify();
    }

    @Test
    void policeCapacityIsUnknownWhenLawEnforcementIsOnlyBuilding() {
        // Model 1.1 (docs/model.md): the capability read has no evidence for its higher levels, so its level is still
        // open and could reach what the criterion needs: unknown, not unmet.
        given(Fixtures.own(17, 3).and(Fixtures.reaching(4, 1)))
                .expectLevel(4, 1)
                .expectMet("C17.L3.timely-triage")
                .expectLevel(17, 2)
                .expectUnknown("C17.L3.police-capacity")
                .verify();
    }

    // --- atMost(30) and atMost(7): triage

    @Test
    void thirtyDayTriageMeetsLevelThreeButNotRapidTriage() {
        given(Fixtures.reaching(17, 3).with("reporting.triage_median_days", 30))
                .expectMet("C17.L3.timely-triage")
                .expectUnmet("C17.L4.rapid-triage")
                .expectLevel(17, 3)
                .verify();
    }

    @Test
    void thirtyOneDayTriageMeetsNeither() {
        given(Fixtures.reaching(17, 3).with("reporting.triage_median_days", 31))
                .expectUnmet("C17.L3.timely-triage", "C17.L4.rapid-triage")
                .expectLevel(17, 2)
                .verify();
    }

    @Test
    void sevenDayTriageIsRapidAndEightIsNot() {
        given(Fixtures.complete(17).with("reporting.triage_median_days", 7))
                .expectMet("C17.L3.timely-triage", "C17.L4.rapid-triage")
                .expectLevel(17, 4)
                .verify();
        given(Fixtures.complete(17).with("reporting.triage_median_days", 8))
                .expectMet("C17.L3.timely-triage")
                .expectUnmet("C17.L4.rapid-triage")
                .expectLevel(17, 3)
                .verify();
    }

    // --- atLeast(90): local language

    @Test
    void ninetyPercentLocalLanguageIsMetAndEightyNineIsUnmet() {
        given(Fixtures.complete(17).with("reporting.local_language_tools_pct", 90))
                .expectMet("C17.L4.local-language-reporting")
                .expectLevel(17, 4)
                .verify();
        given(Fixtures.complete(17).with("reporting.local_language_tools_pct", 89))
                .expectUnmet("C17.L4.local-language-reporting")
                .expectLevel(17, 3)
                .verify();
    }

    @Test
    void missingLocalLanguageShareIsUnknown() {
        given(Fixtures.complete(17).without("reporting.local_language_tools_pct"))
                .expectUnknown("C17.L4.local-language-reporting")
                .expectLevel(17, 3)
                .verify();
    }
}
