package org.mnr.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mnr.testkit.PackCase;
import org.mnr.testkit.PackHarness;

/** Capability 10, Compensation, Remedies and Complaints Arrangements: c10-compensation-remedies-and-complaints-arrangements.drl. */
class C10CompensationRemediesAndComplaintsArrangementsTest {

    private static final PackHarness PACKS = PackHarness.onClassPath();

    private static PackCase given(EvidenceMap evidence) {
        return evidence.applyTo(PACKS.country("XA"));
    }

    // --- positive cases

    @Test
    void everyCriterionMetWithAnEstablishedJusticeResponseReachesMature() {
        given(Fixtures.complete(10))
                .expectMet("C10.L1.compensation-route", "C10.L1.independent-complaints-body",
                        "C10.L2.free-legal-aid", "C10.L2.limitation-period", "C10.L2.opic-party",
                        "C10.L3.child-friendly-complaints", "C10.L3.image-removal-support", "C10.L3.state-compensation-scheme",
                        "C10.L4.awards-paid", "C10.L4.justice-system-established")
                .expectLevel(3, 2)
                .expectLevel(5, 3)
                .expectLevel(10, 4)
                .expectScore(10, 100.0)
                .verify();
    }

    @Test
    void levelsOneToThreeMetWithoutJusticeEvidenceStopAtEstablished() {
        // Model 1.1 (docs/model.md): the capability read has no evidence for its higher levels, so its level is still
        // open and could reach what the criterion needs: unknown, not unmet.
        given(Fixtures.own(10, 3))
                .expectMet("C10.L1.compensation-route", "C10.L1.independent-complaints-body",
                        "C10.L2.free-legal-aid", "C10.L2.limitation-period", "C10.L2.opic-party",
                        "C10.L3.child-friendly-complaints", "C10.L3.image-removal-support", "C10.L3.state-compensation-scheme")
                .expectUnknown("C10.L4.awards-paid")
                .expectLevel(10, 3)
                .expectScore(10, 81.8) // 9 of 11
                .expectUnknown("C10.L4.justice-system-established")
                .verify();
    }

    @Test
    void levelsOneAndTwoMetWithOffenderOrderedCompensationStopAtDeveloping() {
        given(Fixtures.own(10, 3).with("remedies.compensation_basis", "offender_ordered"))
                .expectMet("C10.L1.compensation-route", "C10.L3.child-friendly-complaints")
                .expectUnmet("C10.L3.state-compensation-scheme")
                .expectLevel(10, 2)
                .expectScore(10, 72.7) // 8 of 11
                .verify();
    }

    // --- oneOf: compensation route

    @ParameterizedTest
    @ValueSource(strings = {"civil_claim_only", "offender_ordered", "state_scheme"})
    void anyCompensationRouteMeetsLevelOne(String basis) {
        given(Fixtures.own(10, 1).with("remedies.compensation_basis", basis))
                .expectMet("C10.L1.compensation-route")
                .expectLevel(10, 1)
                .verify();
    }

    @Test
    void noCompensationRouteIsUnmetForBothCompensationCriteria() {
        given(Fixtures.own(10, 3).with("remedies.compensation_basis", "none"))
                .expectUnmet("C10.L1.compensation-route", "C10.L3.state-compensation-scheme")
                .expectLevel(10, 0)
                .verify();
    }

    @Test
    void missingCompensationBasisIsUnknown() {
        given(Fixtures.own(10, 1).without("remedies.compensation_basis"))
                .expectUnknown("C10.L1.compensation-route", "C10.L3.state-compensation-scheme")
                .expectLevel(10, 0)
                .verify();
    }

    // --- oneOf: independent institution

    @ParameterizedTest
    @ValueSource(strings = {"general_ombudsperson", "child_rights_unit_in_nhri", "childrens_ombudsperson"})
    void anyIndependentInstitutionMeetsTheCriterion(String institution) {
        given(Fixtures.own(10, 1).with("remedies.independent_institution", institution))
                .expectMet("C10.L1.independent-complaints-body")
                .expectLevel(10, 1)
                .verify();
    }

    @Test
    void noIndependentInstitutionIsUnmetAndMissingIsUnknown() {
        given(Fixtures.own(10, 1).with("remedies.independent_institution", "none"))
                .expectUnmet("C10.L1.independent-complaints-body")
                .expectLevel(10, 0)
                .verify();
        given(Fixtures.own(10, 1).without("remedies.independent_institution"))
                .expectUnknown("C10.L1.independent-complaints-body")
                .expectLevel(10, 0)
                .verify();
    }

    // --- equals (boolean): legal aid

    @Test
    void noFreeLegalAidIsUnmet() {
        given(Fixtures.own(10, 2).with("remedies.free_legal_aid", false))
                .expectUnmet("C10.L2.free-legal-aid")
                .expectLevel(10, 1)
                .verify();
    }

    // --- oneOf: limitation period

    @ParameterizedTest
    @ValueSource(strings = {"suspended_until_majority", "no_limitation"})
    void limitationThatSparesChildrenIsMet(String limitation) {
        given(Fixtures.own(10, 2).with("remedies.limitation_period", limitation))
                .expectMet("C10.L2.limitation-period")
                .expectLevel(10, 2)
                .verify();
    }

    @Test
    void standardLimitationIsUnmetAndMissingIsUnknown() {
        given(Fixtures.own(10, 2).with("remedies.limitation_period", "standard"))
                .expectUnmet("C10.L2.limitation-period")
                .expectLevel(10, 1)
                .verify();
        given(Fixtures.own(10, 2).without("remedies.limitation_period"))
                .expectUnknown("C10.L2.limitation-period")
                .expectLevel(10, 1)
                .verify();
    }

    // --- equals (boolean): child complaints

    @Test
    void noChildFriendlyComplaintsIsUnmet() {
        given(Fixtures.own(10, 3).with("remedies.child_complaints_mechanism", false))
                .expectUnmet("C10.L3.child-friendly-complaints")
                .expectLevel(10, 2)
                .verify();
    }

    // --- cross-capability: capability 5 at Established

    @Test
    void justiceSystemIsEstablishedWhenCapabilityFiveIsEstablished() {
        given(Fixtures.own(10, 4).and(Fixtures.reaching(5, 3)))
                .expectLevel(5, 3)
                .expectMet("C10.L4.justice-system-established")
                .expectLevel(10, 4)
                .verify();
    }

    @Test
    void justiceSystemIsUnknownWhenCapabilityFiveIsOnlyDeveloping() {
        // Model 1.1 (docs/model.md): the capability read has no evidence for its higher levels, so its level is still
        // open and could reach what the criterion needs: unknown, not unmet.
        given(Fixtures.own(10, 4).and(Fixtures.reaching(5, 2)))
                .expectLevel(5, 2)
                .expectMet("C10.L4.awards-paid", "C10.L2.opic-party")
                .expectLevel(10, 3)
                .expectUnknown("C10.L4.justice-system-established")
                .verify();
    }

    @Test
    void justiceSystemIsUnknownWhenCapabilityFiveLacksLegislationItDependsOn() {
        // Model 1.1 (docs/model.md): the capability read has no evidence for its higher levels, so its level is still
        // open and could reach what the criterion needs: unknown, not unmet.
        given(Fixtures.own(10, 4).and(Fixtures.own(5, 4)))
                .expectLevel(5, 2)
                .expectLevel(10, 3)
                .expectUnknown("C05.L3.legislation-in-place", "C10.L4.justice-system-established")
                .verify();
    }

    // --- atLeast(75): awards paid

    @Test
    void seventyFivePercentOfAwardsPaidIsMetAndSeventyFourIsUnmet() {
        given(Fixtures.complete(10).with("remedies.awards_paid_pct", 75))
                .expectMet("C10.L4.awards-paid")
                .expectLevel(10, 4)
                .verify();
        given(Fixtures.complete(10).with("remedies.awards_paid_pct", 74))
                .expectUnmet("C10.L4.awards-paid")
                .expectLevel(10, 3)
                .verify();
    }

    // --- equals(party) on a status key: OPIC

    @Test
    void noOpicStatusIsUnknownAndHoldsTheLevelAtBuilding() {
        // OPIC moved from level 4 to level 2 in 2.0.0: party status is an input (#17). The retired boolean is not read.
        given(Fixtures.complete(10).without("treaties.opic.status"))
                .expectUnknown("C10.L2.opic-party")
                .expectLevel(10, 1)
                .expectScore(10, 90.9) // 10 of 11
                .verify();
        given(Fixtures.complete(10).without("treaties.opic.status").with("remedies.opic_ratified", true))
                .expectUnknown("C10.L2.opic-party")
                .expectLevel(10, 1)
                .verify();
    }

    @ParameterizedTest
    @ValueSource(strings = {"not_party", "signatory"})
    void anOpicNonPartyOrSignatoryIsUnmetAndHoldsTheLevelAtBuilding(String status) {
        // C10.L2.opic-party asks that the state be party; the evidence says it is not, so the criterion is unmet.
        given(Fixtures.complete(10).with("treaties.opic.status", status))
                .expectUnmet("C10.L2.opic-party")
                .expectLevel(10, 1)
                .expectScore(10, 90.9) // 10 of 11
                .verify();
    }

    @Test
    void anOpicPartyIsMet() {
        given(Fixtures.own(10, 2).with("treaties.opic.status", "party"))
                .expectMet("C10.L2.opic-party")
                .expectLevel(10, 2)
                .verify();
    }

    // --- equals (boolean): help to remove one's own images (#17)

    @Test
    void noImageRemovalHelpIsUnmetAndHoldsTheLevelAtDeveloping() {
        given(Fixtures.complete(10).with("remedies.image_removal_support", false))
                .expectUnmet("C10.L3.image-removal-support")
                .expectMet("C10.L3.state-compensation-scheme", "C10.L4.awards-paid")
                .expectLevel(10, 2)
                .verify();
    }
}
