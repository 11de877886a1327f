package org.mnr.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mnr.testkit.PackCase;
import org.mnr.testkit.PackHarness;

/** Capability 21, Universal Terminology: c21-universal-terminology.drl. */
class C21UniversalTerminologyTest {

    private static final PackHarness PACKS = PackHarness.onClassPath();

    private static PackCase given(EvidenceMap evidence) {
        return evidence.applyTo(PACKS.country("XA"));
    }

    // --- positive cases

    @Test
    void everyCriterionMetReachesMature() {
        given(Fixtures.complete(21))
                .expectMet("C21.L1.guidelines-referenced", "C21.L1.national-language-version",
                        "C21.L2.core-sector-adoption", "C21.L2.included-in-training",
                        "C21.L3.cross-sector-adoption", "C21.L3.legislation-partly-updated",
                        "C21.L4.legislation-fully-updated", "C21.L4.terminology-reviewed")
                .expectLevel(21, 4)
                .expectScore(21, 100.0)
                .verify();
    }

    @Test
    void levelsOneAndTwoMetWithOutdatedLegislationStopAtDeveloping() {
        given(Fixtures.own(21, 2).with("terminology.legislative_language", "outdated"))
                .expectMet("C21.L1.guidelines-referenced", "C21.L1.national-language-version",
                        "C21.L2.core-sector-adoption", "C21.L2.included-in-training")
                .expectUnmet("C21.L3.cross-sector-adoption", "C21.L3.legislation-partly-updated",
                        "C21.L4.legislation-fully-updated")
                .expectUnknown("C21.L4.terminology-reviewed")
                .expectLevel(21, 2)
                .expectScore(21, 50.0) // 4 of 8
                .verify();
    }

    // --- equals (boolean)

    @Test
    void guidelinesNotReferencedAreUnmetAndLeaveLevelZero() {
        given(Fixtures.own(21, 2).with("terminology.luxembourg_referenced", false))
                .expectUnmet("C21.L1.guidelines-referenced")
                .expectMet("C21.L2.core-sector-adoption")
                .expectLevel(21, 0)
                .verify();
    }

    @Test
    void missingNationalLanguageVersionIsUnknownAndLeavesLevelZero() {
        given(Fixtures.own(21, 1).without("terminology.national_language_version"))
                .expectUnknown("C21.L1.national-language-version")
                .expectLevel(21, 0)
                .verify();
    }

    @Test
    void terminologyNotInTrainingIsUnmet() {
        given(Fixtures.own(21, 2).with("terminology.in_training", false))
                .expectUnmet("C21.L2.included-in-training")
                .expectLevel(21, 1)
                .verify();
    }

    // --- includesAll: core and cross-sector adoption

    @Test
    void exactlyGovernmentPoliceAndChildProtectionAreCoreAdoption() {
        given(Fixtures.own(21, 2).withMembers("terminology.adopters", "government", "law_enforcement", "child_protection"))
                .expectMet("C21.L2.core-sector-adoption")
                .expectUnmet("C21.L3.cross-sector-adoption")
                .expectLevel(21, 2)
                .verify();
    }

    @Test
    void adoptionWithoutChildProtectionIsUnmetForBothAdoptionCriteria() {
        given(Fixtures.own(21, 2).withMembers("terminology.adopters", "government", "law_enforcement", "judiciary",
                "education", "industry", "media", "civil_society"))
                .expectUnmet("C21.L2.core-sector-adoption", "C21.L3.cross-sector-adoption")
                .expectLevel(21, 1)
                .verify();
    }

    @Test
    void missingAdoptersAreUnknownForBothAdoptionCriteria() {
        given(Fixtures.own(21, 2).without("terminology.adopters"))
                .expectUnknown("C21.L2.core-sector-adoption", "C21.L3.cross-sector-adoption")
                .expectLevel(21, 1)
                .verify();
    }

    @Test
    void exactlyTheSevenRequiredSectorsAreCrossSectorAdoption() {
        given(Fixtures.own(21, 3).withMembers("terminology.adopters", "government", "law_enforcement", "judiciary",
                "child_protection", "education", "industry", "media"))
                .expectMet("C21.L3.cross-sector-adoption")
                .expectLevel(21, 3)
                .verify();
    }

    @Test
    void adoptionWithoutTheMediaIsNotCrossSector() {
        given(Fixtures.own(21, 3).withMembers("terminology.adopters", "government", "law_enforcement", "judiciary",
                "child_protection", "education", "industry", "civil_society"))
                .expectMet("C21.L2.core-sector-adoption")
                .expectUnmet("C21.L3.cross-sector-adoption")
                .expectLevel(21, 2)
                .verify();
    }

    // --- oneOf (level 3) and equals (enum, level 4): legislative language

    @ParameterizedTest
    @ValueSource(strings = {"partially_updated", "fully_updated"})
    void partlyOrFullyUpdatedLegislationMeetsLevelThree(String language) {
        given(Fixtures.own(21, 3).with("terminology.legislative_language", language))
                .expectMet("C21.L3.legislation-partly-updated")
                .expectLevel(21, 3)
                .verify();
    }

    @Test
    void fullyUpdatedLegislationIsMetAtLevelFour() {
        given(Fixtures.complete(21).with("terminology.legislative_language", "fully_updated"))
                .expectMet("C21.L3.legislation-partly-updated", "C21.L4.legislation-fully-updated")
                .expectLevel(21, 4)
                .verify();
    }

    @Test
    void partlyUpdatedLegislationIsUnmetAtLevelFour() {
        given(Fixtures.complete(21).with("terminology.legislative_language", "partially_updated"))
                .expectMet("C21.L3.legislation-partly-updated")
                .expectUnmet("C21.L4.legislation-fully-updated")
                .expectLevel(21, 3)
                .verify();
    }

    @Test
    void missingLegislativeLanguageIsUnknownForBoth() {
        given(Fixtures.complete(21).without("terminology.legislative_language"))
                .expectUnknown("C21.L3.legislation-partly-updated", "C21.L4.legislation-fully-updated")
                .expectLevel(21, 2)
                .verify();
    }

    // --- withinYears(5): review

    @Test
    void reviewExactlyFiveYearsAgoIsRecent() {
        given(Fixtures.complete(21).with("terminology.review_date", "2021-06-30"))
                .expectMet("C21.L4.terminology-reviewed")
                .expectLevel(21, 4)
                .verify();
    }

    @Test
    void reviewOneDayTooOldIsUnmetAndOneInTheFutureIsInvalidInput() {
        given(Fixtures.complete(21).with("terminology.review_date", "2021-06-29"))
                .expectUnmet("C21.L4.terminology-reviewed")
                .expectLevel(21, 3)
                .verify();
        // A date after the assessment is invalid input (docs/model.md), not an unmet criterion.
        given(Fixtures.complete(21).with("terminology.review_date", "2026-07-01"))
                .verifyInvalid("terminology.review_date is 2026-07-01, after assessedOn 2026-06-30");
    }
}
