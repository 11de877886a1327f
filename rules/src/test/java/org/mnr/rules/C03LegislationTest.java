package org.mnr.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mnr.testkit.PackCase;
import org.mnr.testkit.PackHarness;

/** Capability 3, Legislation: c03-legislation.drl. */
class C03LegislationTest {

    private static final PackHarness PACKS = PackHarness.onClassPath();

    private static PackCase given(EvidenceMap evidence) {
        return evidence.applyTo(PACKS.country("XA"));
    }

    // --- positive cases

    @Test
    void everyCriterionMetReachesMature() {
        given(Fixtures.complete(3))
                .expectMet("C03.L1.csam-offences", "C03.L1.opsc-ratified",
                        "C03.L2.binding-instrument", "C03.L2.child-under-18", "C03.L2.core-offences-and-grooming",
                        "C03.L3.child-friendly-procedures", "C03.L3.communications-data-oversight", "C03.L3.icmec-all-five",
                        "C03.L3.professional-reporting-duty", "C03.L4.emerging-harms", "C03.L4.extraterritorial-jurisdiction")
                .expectLevel(3, 4)
                .expectScore(3, 100.0)
                .verify();
    }

    @Test
    void levelsOneAndTwoMetWithoutAReportingDutyStopAtDeveloping() {
        given(Fixtures.own(3, 2).with("legislation.mandatory_reporting_professionals", false))
                .expectMet("C03.L1.csam-offences", "C03.L1.opsc-ratified",
                        "C03.L2.binding-instrument", "C03.L2.child-under-18", "C03.L2.core-offences-and-grooming")
                .expectUnmet("C03.L3.professional-reporting-duty", "C03.L3.icmec-all-five", "C03.L4.emerging-harms")
                .expectUnknown("C03.L3.child-friendly-procedures", "C03.L3.communications-data-oversight",
                        "C03.L4.extraterritorial-jurisdiction")
                .expectLevel(3, 2)
                .expectScore(3, 53.3) // 8 of 15
                .verify();
    }

    // --- includesAll: CSAM offences (level 1) and all five ICMEC criteria (level 3)

    @Test
    void legislationThatOnlyDefinesCsamWithoutSpecificLegislationIsUnmet() {
        given(Fixtures.own(3, 1).withMembers("legislation.icmec_criteria", "csam_defined", "technology_facilitated_offences",
                "knowing_possession", "isp_reporting"))
                .expectUnmet("C03.L1.csam-offences", "C03.L3.icmec-all-five")
                .expectMet("C03.L1.opsc-ratified")
                .expectLevel(3, 0)
                .verify();
    }

    @Test
    void missingIcmecCriteriaAreUnknownAndLeaveLevelZero() {
        given(Fixtures.own(3, 1).without("legislation.icmec_criteria"))
                .expectUnknown("C03.L1.csam-offences", "C03.L3.icmec-all-five")
                .expectLevel(3, 0)
                .verify();
    }

    @Test
    void exactlyTheFiveIcmecCriteriaMeetIcmecAllFive() {
        given(Fixtures.own(3, 3).withMembers("legislation.icmec_criteria", "csam_specific_legislation", "csam_defined",
                "technology_facilitated_offences", "knowing_possession", "isp_reporting"))
                .expectMet("C03.L1.csam-offences", "C03.L3.icmec-all-five")
                .expectLevel(3, 3)
                .verify();
    }

    @Test
    void fourIcmecCriteriaWithoutIspReportingMeetLevelOneButNotIcmecAllFive() {
        given(Fixtures.own(3, 3).withMembers("legislation.icmec_criteria", "csam_specific_legislation", "csam_defined",
                "technology_facilitated_offences", "knowing_possession"))
                .expectMet("C03.L1.csam-offences")
                .expectUnmet("C03.L3.icmec-all-five")
                .expectLevel(3, 2)
                .verify();
    }

    // --- equals(party) on a status key: OPSC

    @Test
    void anOpscPartyIsMet() {
        given(Fixtures.own(3, 2).with("treaties.opsc.status", "party"))
                .expectMet("C03.L1.opsc-ratified")
                .expectLevel(3, 2)
                .verify();
    }

    @ParameterizedTest
    @ValueSource(strings = {"not_party", "signatory"})
    void anOpscNonPartyOrSignatoryIsUnmetAndHoldsLevelZero(String status) {
        // C03.L1.opsc-ratified asks that the state be party (the Protocol in force for it); a signature is not enough.
        given(Fixtures.own(3, 2).with("treaties.opsc.status", status))
                .expectUnmet("C03.L1.opsc-ratified")
                .expectMet("C03.L1.csam-offences", "C03.L2.child-under-18")
                .expectLevel(3, 0)
                .verify();
    }

    @Test
    void noOpscStatusIsUnknownNotUnmetAndHoldsLevelZero() {
        given(Fixtures.own(3, 2).without("treaties.opsc.status"))
                .expectUnknown("C03.L1.opsc-ratified")
                .expectMet("C03.L1.csam-offences", "C03.L2.child-under-18")
                .expectLevel(3, 0)
                .verify();
    }

    @Test
    void anOpscStatusOutsideTheValuesIsInvalidInput() {
        // A date was the 2.0.0 draft's form of this key; the status key takes one of not_party, signatory, party.
        given(Fixtures.own(3, 2).with("treaties.opsc.status", "2026-06-30"))
                .verifyInvalid("treaties.opsc.status", "2026-06-30");
    }

    @Test
    void theRetiredOpscKeyNoLongerMeetsTheCriterion() {
        // legislation.opsc_ratified was retired in 2.0.0 (replaced by treaties.opsc.status); no criterion reads it.
        given(Fixtures.own(3, 2).without("treaties.opsc.status").with("legislation.opsc_ratified", true))
                .expectUnknown("C03.L1.opsc-ratified")
                .expectLevel(3, 0)
                .verify();
    }

    // --- atLeast(18): age threshold

    @ParameterizedTest
    @ValueSource(ints = {18, 21})
    void childAgeThresholdOfEighteenOrMoreIsMet(int age) {
        given(Fixtures.own(3, 2).with("legislation.child_age_threshold", age))
                .expectMet("C03.L2.child-under-18")
                .expectLevel(3, 2)
                .verify();
    }

    @Test
    void childAgeThresholdOfSeventeenIsUnmet() {
        given(Fixtures.own(3, 2).with("legislation.child_age_threshold", 17))
                .expectUnmet("C03.L2.child-under-18")
                .expectLevel(3, 1)
                .verify();
    }

    @Test
    void missingChildAgeThresholdIsUnknown() {
        given(Fixtures.own(3, 2).without("legislation.child_age_threshold"))
                .expectUnknown("C03.L2.child-under-18")
                .expectLevel(3, 1)
                .verify();
    }

    @Test
    void childAgeThresholdAboveTheVocabularyMaximumIsRejected() {
        PACKS.country("XA").with("legislation.child_age_threshold", 22)
                .verifyInvalid("legislation.child_age_threshold", "out of range");
    }

    // --- includesAll: core offences and emerging harms

    @Test
    void exactlyTheFourCoreOffencesMeetTheCriterion() {
        given(Fixtures.own(3, 2).withMembers("legislation.criminalised_acts", "production", "distribution", "possession",
                "online_grooming"))
                .expectMet("C03.L2.core-offences-and-grooming")
                .expectUnmet("C03.L4.emerging-harms")
                .expectLevel(3, 2)
                .verify();
    }

    @Test
    void coreOffencesWithoutOnlineGroomingAreUnmet() {
        given(Fixtures.own(3, 2).withMembers("legislation.criminalised_acts", "production", "distribution", "possession",
                "knowing_access", "sexual_extortion"))
                .expectUnmet("C03.L2.core-offences-and-grooming")
                .expectLevel(3, 1)
                .verify();
    }

    @Test
    void emergingHarmsAloneAreMetButCannotLiftTheLevelPastMissingCoreOffences() {
        given(Fixtures.complete(3).withMembers("legislation.criminalised_acts", "knowing_access", "sexual_extortion",
                "live_streaming_abuse", "ai_generated_csam"))
                .expectMet("C03.L4.emerging-harms", "C03.L4.extraterritorial-jurisdiction")
                .expectUnmet("C03.L2.core-offences-and-grooming")
                .expectLevel(3, 1)
                .verify();
    }

    @Test
    void emergingHarmsWithoutAiGeneratedCsamAreUnmet() {
        given(Fixtures.complete(3).withMembers("legislation.criminalised_acts", "production", "distribution", "possession",
                "online_grooming", "knowing_access", "sexual_extortion", "live_streaming_abuse"))
                .expectUnmet("C03.L4.emerging-harms")
                .expectLevel(3, 3)
                .verify();
    }

    // --- includesAll: child-friendly procedures

    @Test
    void exactlyTheFourRequiredSafeguardsMeetChildFriendlyProcedures() {
        given(Fixtures.own(3, 3).withMembers("legislation.child_victim_safeguards", "recorded_testimony",
                "no_direct_confrontation", "support_person", "non_punishment"))
                .expectMet("C03.L3.child-friendly-procedures")
                .expectLevel(3, 3)
                .verify();
    }

    @Test
    void safeguardsWithoutNonPunishmentAreUnmet() {
        given(Fixtures.own(3, 3).withMembers("legislation.child_victim_safeguards", "recorded_testimony",
                "no_direct_confrontation", "closed_hearings", "support_person", "limited_interviews"))
                .expectUnmet("C03.L3.child-friendly-procedures")
                .expectLevel(3, 2)
                .verify();
    }

    // --- equals (boolean): reporting duty

    @Test
    void missingReportingDutyIsUnknown() {
        given(Fixtures.own(3, 3).without("legislation.mandatory_reporting_professionals"))
                .expectUnknown("C03.L3.professional-reporting-duty")
                .expectLevel(3, 2)
                .verify();
    }

    // --- equals (enum): extraterritorial jurisdiction

    @Test
    void jurisdictionWithoutDualCriminalityIsMet() {
        given(Fixtures.complete(3).with("legislation.extraterritorial_jurisdiction", "no_dual_criminality"))
                .expectMet("C03.L4.extraterritorial-jurisdiction")
                .expectLevel(3, 4)
                .verify();
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "dual_criminality_required"})
    void jurisdictionRequiringDualCriminalityOrNoneIsUnmet(String jurisdiction) {
        given(Fixtures.complete(3).with("legislation.extraterritorial_jurisdiction", jurisdiction))
                .expectUnmet("C03.L4.extraterritorial-jurisdiction")
                .expectLevel(3, 3)
                .verify();
    }

    // --- anyOf of status keys: binding instrument (level 2 since 2.0.0)

    private static final String[] BINDING = {"treaties.lanzarote.status", "treaties.budapest.status", "treaties.malabo.status",
            "treaties.un_cybercrime.status"};

    @ParameterizedTest
    @ValueSource(strings = {"treaties.lanzarote.status", "treaties.budapest.status", "treaties.malabo.status",
            "treaties.un_cybercrime.status"})
    void partyToAnyOneBindingInstrumentMeetsTheCriterion(String key) {
        given(Fixtures.complete(3).without("treaties.lanzarote.status").with(key, "party"))
                .expectMet("C03.L2.binding-instrument")
                .expectLevel(3, 4)
                .verify();
    }

    @Test
    void noRecordOfAnyBindingInstrumentIsUnknownAndHoldsTheLevelAtBuilding() {
        given(Fixtures.complete(3).without("treaties.lanzarote.status"))
                .expectUnknown("C03.L2.binding-instrument")
                .expectMet("C03.L2.child-under-18", "C03.L4.emerging-harms")
                .expectLevel(3, 1)
                .expectScore(3, 93.3) // 14 of 15
                .verify();
    }

    @Test
    void notPartyToEveryBindingInstrumentIsUnmetNotUnknown() {
        // The evidence says the state is party to none of the four instruments the criterion accepts: it is unmet.
        EvidenceMap evidence = Fixtures.complete(3).without("treaties.lanzarote.status");
        for (String key : BINDING) {
            evidence = evidence.with(key, "not_party");
        }
        given(evidence)
                .expectUnmet("C03.L2.binding-instrument")
                .expectMet("C03.L2.child-under-18", "C03.L4.emerging-harms")
                .expectLevel(3, 1)
                .expectScore(3, 93.3) // 14 of 15
                .verify();
    }

    @Test
    void aSignatoryOfEveryBindingInstrumentIsUnmet() {
        // Signed but in force for none: the criterion asks for a party.
        EvidenceMap evidence = Fixtures.complete(3).without("treaties.lanzarote.status");
        for (String key : BINDING) {
            evidence = evidence.with(key, "signatory");
        }
        given(evidence)
                .expectUnmet("C03.L2.binding-instrument")
                .expectLevel(3, 1)
                .verify();
    }

    @Test
    void notPartyToSomeAndNoRecordOfTheOthersStaysUnknown() {
        // anyOf: one instrument left unrecorded could still be the one the state is party to.
        given(Fixtures.complete(3).without("treaties.lanzarote.status")
                .with("treaties.budapest.status", "not_party").with("treaties.malabo.status", "not_party"))
                .expectUnknown("C03.L2.binding-instrument")
                .expectLevel(3, 1)
                .verify();
    }

    @Test
    void aLanzarotePartyThatIsNoCouncilOfEuropeMemberGetsCredit() {
        // Tunisia: party to the Lanzarote Convention since 1 February 2020, not a member of the Council of Europe.
        Fixtures.complete(3).applyTo(PACKS.country("TN"))
                .with("treaties.lanzarote.status", "party")
                .expectMet("C03.L2.binding-instrument")
                .expectLevel(3, 4)
                .verify();
    }

    @Test
    void theOpscAloneDoesNotMeetTheBindingInstrumentCriterion() {
        // The OPSC is scored at level 1 on its own; the level-2 criterion asks for a further instrument.
        given(Fixtures.own(3, 2).without("treaties.lanzarote.status"))
                .expectMet("C03.L1.opsc-ratified")
                .expectUnknown("C03.L2.binding-instrument")
                .expectLevel(3, 1)
                .verify();
    }

    // --- equals (boolean): independent oversight of communications data powers

    @Test
    void noIndependentOversightIsUnmetAndHoldsAnOtherwiseMatureLegislationAtDeveloping() {
        given(Fixtures.complete(3).with("legislation.communications_data_oversight", false))
                .expectUnmet("C03.L3.communications-data-oversight")
                .expectLevel(3, 2)
                .expectScore(3, 93.3) // 14 of 15
                .verify();
    }
}
