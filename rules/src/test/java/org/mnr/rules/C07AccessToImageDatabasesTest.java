package org.mnr.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mnr.testkit.PackCase;
import org.mnr.testkit.PackHarness;

/** Capability 7, Access to Image Databases: c07-access-to-image-databases.drl. */
class C07AccessToImageDatabasesTest {

    private static final PackHarness PACKS = PackHarness.onClassPath();

    private static PackCase given(EvidenceMap evidence) {
        return evidence.applyTo(PACKS.country("XA"));
    }

    // --- positive cases

    @Test
    void everyCriterionMetReachesMature() {
        given(Fixtures.complete(7))
                .expectMet("C07.L1.icse-access", "C07.L1.image-repository",
                        "C07.L2.forensic-integration",
                        "C07.L3.icse-contributions", "C07.L3.victim-id-specialists",
                        "C07.L4.hash-sharing", "C07.L4.icse-direct-connection", "C07.L4.interpol-baseline")
                .expectLevel(7, 4)
                .expectScore(7, 100.0)
                .verify();
    }

    @Test
    void accessThroughTheNationalBureauReachesDevelopingWithoutADirectConnection() {
        // 2.0.0 moved the direct connection from a level-2 gate to level 4 (#17).
        given(Fixtures.own(7, 1).with("imagedb.forensic_integration", true))
                .expectMet("C07.L1.icse-access", "C07.L1.image-repository", "C07.L2.forensic-integration")
                .expectUnmet("C07.L4.icse-direct-connection")
                .expectUnknown("C07.L3.icse-contributions", "C07.L3.victim-id-specialists")
                .expectLevel(7, 2)
                .expectScore(7, 37.5) // 3 of 8
                .verify();
    }

    @Test
    void aCountryMeetingLevelsOneToThreeThroughItsBureauStopsAtEstablished() {
        given(Fixtures.own(7, 4).with("imagedb.icse_access", "via_ncb"))
                .expectUnmet("C07.L4.icse-direct-connection")
                .expectMet("C07.L4.hash-sharing", "C07.L4.interpol-baseline")
                .expectLevel(7, 3)
                .expectScore(7, 87.5) // 7 of 8
                .verify();
    }

    @Test
    void levelsOneAndTwoMetReachDeveloping() {
        given(Fixtures.own(7, 2))
                .expectMet("C07.L1.icse-access", "C07.L1.image-repository", "C07.L2.forensic-integration")
                .expectUnmet("C07.L4.icse-direct-connection")
                .expectUnknown("C07.L3.icse-contributions", "C07.L3.victim-id-specialists")
                .expectLevel(7, 2)
                .expectScore(7, 37.5) // 3 of 8
                .verify();
    }

    // --- oneOf: ICSE access (level 1); equals (enum): direct connection (level 4 since 2.0.0)

    @ParameterizedTest
    @ValueSource(strings = {"via_ncb", "direct_connection"})
    void anyIcseAccessMeetsLevelOneAccess(String access) {
        given(Fixtures.own(7, 1).with("imagedb.icse_access", access))
                .expectMet("C07.L1.icse-access")
                .expectLevel(7, 1)
                .verify();
    }

    @Test
    void noIcseAccessIsUnmetForBothAccessCriteria() {
        given(Fixtures.own(7, 2).with("imagedb.icse_access", "none"))
                .expectUnmet("C07.L1.icse-access", "C07.L4.icse-direct-connection")
                .expectLevel(7, 0)
                .verify();
    }

    @Test
    void missingIcseAccessIsUnknownForBothAccessCriteria() {
        given(Fixtures.own(7, 2).without("imagedb.icse_access"))
                .expectUnknown("C07.L1.icse-access", "C07.L4.icse-direct-connection")
                .expectLevel(7, 0)
                .verify();
    }

    // --- anyOf: image repository

    @Test
    void regionalDatabaseAloneIsAnImageRepository() {
        given(Fixtures.own(7, 1).without("imagedb.national_database.exists").with("imagedb.regional_database_access", true))
                .expectMet("C07.L1.image-repository")
                .expectLevel(7, 1)
                .verify();
    }

    @Test
    void imageRepositoryWithBothBranchesFalseIsUnmet() {
        given(Fixtures.own(7, 1).with("imagedb.national_database.exists", false).with("imagedb.regional_database_access", false))
                .expectUnmet("C07.L1.image-repository")
                .expectLevel(7, 0)
                .verify();
    }

    @Test
    void imageRepositoryWithOneBranchFalseAndTheOtherMissingIsUnknown() {
        given(Fixtures.own(7, 1).with("imagedb.national_database.exists", false))
                .expectUnknown("C07.L1.image-repository")
                .expectLevel(7, 0)
                .verify();
    }

    // --- equals (boolean): forensic integration

    @Test
    void noForensicIntegrationIsUnmetAndMissingIsUnknown() {
        given(Fixtures.own(7, 2).with("imagedb.forensic_integration", false))
                .expectUnmet("C07.L2.forensic-integration")
                .expectLevel(7, 1)
                .verify();
        given(Fixtures.own(7, 2).without("imagedb.forensic_integration"))
                .expectUnknown("C07.L2.forensic-integration")
                .expectLevel(7, 1)
                .verify();
    }

    // --- atLeast(1) and atLeast(2)

    @Test
    void oneContributionIsMetAndNoneIsUnmet() {
        given(Fixtures.own(7, 3).with("imagedb.icse_contributions_last_year", 1))
                .expectMet("C07.L3.icse-contributions")
                .expectLevel(7, 3)
                .verify();
        given(Fixtures.own(7, 3).with("imagedb.icse_contributions_last_year", 0))
                .expectUnmet("C07.L3.icse-contributions")
                .expectLevel(7, 2)
                .verify();
    }

    @Test
    void twoTrainedSpecialistsAreMetAndOneIsUnmet() {
        given(Fixtures.own(7, 3).with("imagedb.icse_trained_users", 2))
                .expectMet("C07.L3.victim-id-specialists")
                .expectLevel(7, 3)
                .verify();
        given(Fixtures.own(7, 3).with("imagedb.icse_trained_users", 1))
                .expectUnmet("C07.L3.victim-id-specialists")
                .expectLevel(7, 2)
                .verify();
    }

    // --- includesAll: hash sharing

    @Test
    void sharingWithExactlyIcseHotlineAndIndustryIsMet() {
        given(Fixtures.complete(7).withMembers("imagedb.hash_sharing", "interpol_icse", "national_hotline", "industry"))
                .expectMet("C07.L4.hash-sharing")
                .expectLevel(7, 4)
                .verify();
    }

    @Test
    void sharingWithoutIndustryIsUnmet() {
        given(Fixtures.complete(7).withMembers("imagedb.hash_sharing", "interpol_icse", "national_hotline",
                "foreign_law_enforcement"))
                .expectUnmet("C07.L4.hash-sharing")
                .expectLevel(7, 3)
                .verify();
    }

    // --- equals (boolean): Baseline

    @Test
    void notInBaselineIsUnmetAndMissingIsUnknown() {
        given(Fixtures.complete(7).with("imagedb.interpol_baseline", false))
                .expectUnmet("C07.L4.interpol-baseline")
                .expectLevel(7, 3)
                .verify();
        given(Fixtures.complete(7).without("imagedb.interpol_baseline"))
                .expectUnknown("C07.L4.interpol-baseline")
                .expectLevel(7, 3)
                .verify();
    }
}
