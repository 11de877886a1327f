package org.mnr.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mnr.engine.result.CitedEvidence;
import org.mnr.engine.result.CriterionResult;
import org.mnr.testkit.PackCase;
import org.mnr.testkit.PackHarness;

/** Capability 4, Dedicated Law Enforcement: c04-dedicated-law-enforcement.drl. */
class C04DedicatedLawEnforcementTest {

    private static final PackHarness PACKS = PackHarness.onClassPath();

    private static PackCase given(EvidenceMap evidence) {
        return evidence.applyTo(PACKS.country("XA"));
    }

    // --- positive cases

    @Test
    void everyCriterionMetWithDevelopingImageDatabaseAccessReachesMature() {
        given(Fixtures.complete(4))
                .expectMet("C04.L1.referrals-received", "C04.L1.specialist-unit",
                        "C04.L2.data-retention", "C04.L2.digital-forensics", "C04.L2.investigative-powers",
                        "C04.L2.officer-wellbeing", "C04.L3.dedicated-budget", "C04.L3.image-database-access",
                        "C04.L3.trained-frontline", "C04.L3.victims-identified-published",
                        "C04.L4.forensic-turnaround", "C04.L4.international-networks")
                .expectLevel(7, 2)
                .expectLevel(4, 4)
                .expectScore(4, 100.0)
                .verify();
    }

    @Test
    void levelsOneAndTwoMetWithoutImageDatabaseEvidenceStopAtDeveloping() {
        // Model 1.1 (docs/model.md): the capability read has no evidence for its higher levels, so its level is still
        // open and could reach what the criterion needs: unknown, not unmet.
        given(Fixtures.own(4, 2))
                .expectMet("C04.L1.referrals-received", "C04.L1.specialist-unit",
                        "C04.L2.data-retention", "C04.L2.digital-forensics", "C04.L2.investigative-powers",
                        "C04.L2.officer-wellbeing")
                .expectUnknown("C04.L3.dedicated-budget", "C04.L3.trained-frontline", "C04.L3.victims-identified-published",
                        "C04.L4.forensic-turnaround", "C04.L4.international-networks")
                .expectLevel(4, 2)
                .expectScore(4, 50.0) // 7 of 14
                .expectUnknown("C04.L3.image-database-access")
                .verify();
    }

    // --- anyOf: referrals

    @Test
    void directIndustryReferralsAloneMeetTheCriterion() {
        given(EvidenceMap.of("lawenforcement.specialist_unit.exists", true, "lawenforcement.industry_referrals_direct", true))
                .expectMet("C04.L1.referrals-received")
                .expectLevel(4, 1)
                .verify();
    }

    @Test
    void referralsWithBothBranchesFalseAreUnmet() {
        given(EvidenceMap.of("lawenforcement.specialist_unit.exists", true,
                "lawenforcement.ncmec_referrals_access", false, "lawenforcement.industry_referrals_direct", false))
                .expectUnmet("C04.L1.referrals-received")
                .expectLevel(4, 0)
                .verify();
    }

    @Test
    void referralsWithOneBranchFalseAndTheOtherMissingAreUnknown() {
        given(EvidenceMap.of("lawenforcement.specialist_unit.exists", true, "lawenforcement.ncmec_referrals_access", false))
                .expectUnknown("C04.L1.referrals-received")
                .expectLevel(4, 0)
                .verify();
    }

    // --- equals (boolean): specialist unit

    @Test
    void noSpecialistUnitIsUnmetAndMissingIsUnknown() {
        given(Fixtures.own(4, 2).with("lawenforcement.specialist_unit.exists", false))
                .expectUnmet("C04.L1.specialist-unit")
                .expectLevel(4, 0)
                .verify();
        given(Fixtures.own(4, 2).without("lawenforcement.specialist_unit.exists"))
                .expectUnknown("C04.L1.specialist-unit")
                .expectLevel(4, 0)
                .verify();
    }

    // --- atLeast(6): data retention

    @Test
    void sixMonthsRetentionIsMetAndFiveIsUnmet() {
        given(Fixtures.own(4, 2).with("lawenforcement.data_retention_months", 6))
                .expectMet("C04.L2.data-retention")
                .expectLevel(4, 2)
                .verify();
        given(Fixtures.own(4, 2).with("lawenforcement.data_retention_months", 5))
                .expectUnmet("C04.L2.data-retention")
                .expectLevel(4, 1)
                .verify();
    }

    @Test
    void missingDataRetentionIsUnknownAndBlocksDeveloping() {
        given(Fixtures.own(4, 2).without("lawenforcement.data_retention_months"))
                .expectUnknown("C04.L2.data-retention")
                .expectLevel(4, 1)
                .verify();
    }

    // --- oneOf: digital forensics

    @ParameterizedTest
    @ValueSource(strings = {"in_house_basic", "in_house_advanced"})
    void inHouseForensicsMeetsTheCriterion(String forensics) {
        given(Fixtures.own(4, 2).with("lawenforcement.digital_forensics", forensics))
                .expectMet("C04.L2.digital-forensics")
                .expectLevel(4, 2)
                .verify();
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "outsourced"})
    void outsourcedOrNoForensicsIsUnmet(String forensics) {
        given(Fixtures.own(4, 2).with("lawenforcement.digital_forensics", forensics))
                .expectUnmet("C04.L2.digital-forensics")
                .expectLevel(4, 1)
                .verify();
    }

    // --- countAtLeast(2 of 3): investigative powers

    @ParameterizedTest
    @CsvSource({"true, true, false", "true, false, true", "false, true, true"})
    void exactlyTwoOfThreePowersMeetTheCriterion(boolean covert, boolean preservation, boolean production) {
        given(Fixtures.own(4, 2)
                .with("lawenforcement.covert_online_powers", covert)
                .with("lawenforcement.expedited_preservation", preservation)
                .with("lawenforcement.production_orders", production))
                .expectMet("C04.L2.investigative-powers")
                .expectLevel(4, 2)
                .verify();
    }

    @Test
    void allThreePowersMeetTheCriterion() {
        given(Fixtures.own(4, 2).with("lawenforcement.production_orders", true))
                .expectMet("C04.L2.investigative-powers")
                .expectLevel(4, 2)
                .verify();
    }

    @Test
    void onlyOnePowerWithTheOthersGivenFalseIsUnmet() {
        given(Fixtures.own(4, 2)
                .with("lawenforcement.covert_online_powers", true)
                .with("lawenforcement.expedited_preservation", false)
                .with("lawenforcement.production_orders", false))
                .expectUnmet("C04.L2.investigative-powers")
                .expectLevel(4, 1)
                .verify();
    }

    @Test
    void onlyOnePowerWithAnotherMissingIsUnknown() {
        given(Fixtures.own(4, 2)
                .with("lawenforcement.covert_online_powers", true)
                .with("lawenforcement.expedited_preservation", false)
                .without("lawenforcement.production_orders"))
                .expectUnknown("C04.L2.investigative-powers")
                .expectLevel(4, 1)
                .verify();
    }

    // --- cross-capability: capability 7 at Developing

    @Test
    void imageDatabaseAccessIsMetWhenCapabilitySevenIsDeveloping() {
        given(Fixtures.own(4, 3).and(Fixtures.reaching(7, 2)))
                .expectLevel(7, 2)
                .expectMet("C04.L3.image-database-access")
                .expectLevel(4, 3)
                .verify();
    }

    @Test
    void imageDatabaseAccessIsUnmetWhenCapabilitySevenIsOnlyBuilding() {
        // Since 2.0.0 capability 7's level 2 has one criterion, forensic integration: without it, level 1 is settled.
        given(Fixtures.own(4, 3).and(Fixtures.reaching(7, 1)).with("imagedb.forensic_integration", false))
                .expectLevel(7, 1)
                .expectUnmet("C04.L3.image-database-access")
                .expectMet("C04.L3.trained-frontline", "C04.L3.victims-identified-published")
                .expectLevel(4, 2)
                .verify();
    }

    // --- atLeast(75) and atLeast(1)

    @Test
    void seventyFivePercentTrainedUnitsIsMetAndSeventyFourIsUnmet() {
        given(Fixtures.reaching(4, 3).with("lawenforcement.trained_units_pct", 75))
                .expectMet("C04.L3.trained-frontline")
                .expectLevel(4, 3)
                .verify();
        given(Fixtures.reaching(4, 3).with("lawenforcement.trained_units_pct", 74))
                .expectUnmet("C04.L3.trained-frontline")
                .expectLevel(4, 2)
                .verify();
    }

    @Test
    void unpublishedVictimIdentificationFiguresAreUnmetAndMissingAreUnknown() {
        given(Fixtures.reaching(4, 3).with("lawenforcement.victims_identified_published", false))
                .expectUnmet("C04.L3.victims-identified-published")
                .expectLevel(4, 2)
                .verify();
        given(Fixtures.reaching(4, 3).without("lawenforcement.victims_identified_published"))
                .expectUnknown("C04.L3.victims-identified-published")
                .expectLevel(4, 2)
                .verify();
    }

    @Test
    void theRetiredVictimCountNoLongerMeetsAnyCriterion() {
        // lawenforcement.victims_identified_last_year was retired in 2.0.0: "at least one" did not discriminate.
        given(Fixtures.reaching(4, 3).without("lawenforcement.victims_identified_published")
                .with("lawenforcement.victims_identified_last_year", 12))
                .expectUnknown("C04.L3.victims-identified-published")
                .expectLevel(4, 2)
                .verify();
    }

    // --- atMost(90): forensic turnaround

    @Test
    void ninetyDayTurnaroundIsMetAndNinetyOneIsUnmet() {
        given(Fixtures.complete(4).with("lawenforcement.forensic_turnaround_days", 90))
                .expectMet("C04.L4.forensic-turnaround")
                .expectLevel(4, 4)
                .verify();
        given(Fixtures.complete(4).with("lawenforcement.forensic_turnaround_days", 91))
                .expectUnmet("C04.L4.forensic-turnaround")
                .expectLevel(4, 3)
                .verify();
    }

    // --- includesAll: international networks

    @Test
    void exactlyTheThreeRequiredNetworksAreMet() {
        given(Fixtures.complete(4).withMembers("lawenforcement.international_networks", "interpol_specialists_group",
                "network_24_7", "joint_international_operations"))
                .expectMet("C04.L4.international-networks")
                .expectLevel(4, 4)
                .verify();
    }

    @Test
    void networksWithoutJointOperationsAreUnmet() {
        given(Fixtures.complete(4).withMembers("lawenforcement.international_networks", "interpol_specialists_group",
                "network_24_7", "virtual_global_taskforce", "regional_police_body"))
                .expectUnmet("C04.L4.international-networks")
                .expectLevel(4, 3)
                .verify();
    }

    // --- decimal boundaries, cited evidence and invalid numbers

    @Test
    void decimalPercentagesCompareByValueAtTheBoundary() {
        given(Fixtures.reaching(4, 3).with("lawenforcement.trained_units_pct", 75.0))
                .expectMet("C04.L3.trained-frontline")
                .expectLevel(4, 3)
                .verify();
        given(Fixtures.reaching(4, 3).with("lawenforcement.trained_units_pct", 74.99))
                .expectUnmet("C04.L3.trained-frontline")
                .expectLevel(4, 2)
                .verify();
        given(Fixtures.complete(4).with("lawenforcement.forensic_turnaround_days", 90.5))
                .expectUnmet("C04.L4.forensic-turnaround")
                .expectLevel(4, 3)
                .verify();
    }

    @Test
    void investigativePowersCiteOnlyThePowersThatCount() {
        CriterionResult powers = given(Fixtures.own(4, 2))
                .expectMet("C04.L2.investigative-powers")
                .verify()
                .criterion("C04.L2.investigative-powers").orElseThrow();
        assertThat(powers.evidence())
                .extracting(CitedEvidence::key)
                .containsExactly("lawenforcement.covert_online_powers", "lawenforcement.expedited_preservation");
    }

    @Test
    void aNegativeRetentionPeriodIsRejected() {
        PACKS.country("XA").with("lawenforcement.data_retention_months", -1)
                .verifyInvalid("lawenforcement.data_retention_months", "out of range");
    }

    // --- equals (boolean): wellbeing (level 2) and resourcing (level 3) (#17)

    @Test
    void noWellbeingProgrammeHoldsAnOtherwiseMatureUnitAtBuilding() {
        given(Fixtures.complete(4).with("lawenforcement.officer_wellbeing", false))
                .expectUnmet("C04.L2.officer-wellbeing")
                .expectLevel(4, 1)
                .expectScore(4, 92.9) // 13 of 14
                .verify();
    }

    @Test
    void noRecurrentBudgetHoldsAnOtherwiseMatureUnitAtDeveloping() {
        given(Fixtures.complete(4).with("lawenforcement.dedicated_budget", false))
                .expectUnmet("C04.L3.dedicated-budget")
                .expectMet("C04.L3.trained-frontline", "C04.L4.forensic-turnaround")
                .expectLevel(4, 2)
                .verify();
    }
}
