package org.mnr.rules;

import org.junit.jupiter.api.Test;
import org.mnr.testkit.PackCase;
import org.mnr.testkit.PackHarness;

/** Capability 19, Corporate Social Responsibility: c19-corporate-social-responsibility.drl. */
class C19CorporateSocialResponsibilityTest {

    private static final PackHarness PACKS = PackHarness.onClassPath();

    private static PackCase given(EvidenceMap evidence) {
        return evidence.applyTo(PACKS.country("XA"));
    }

    // --- positive cases

    @Test
    void everyCriterionMetWithEstablishedTakedownReachesMature() {
        given(Fixtures.complete(19))
                .expectMet("C19.L1.industry-commitment", "C19.L1.industry-funding",
                        "C19.L2.child-rights-due-diligence", "C19.L2.sector-engagement",
                        "C19.L3.financial-sector-detection", "C19.L3.the-code",
                        "C19.L4.takedown-established", "C19.L4.transparency-reporting")
                .expectLevel(12, 2)
                .expectLevel(16, 3)
                .expectLevel(19, 4)
                .expectScore(19, 100.0)
                .verify();
    }

    @Test
    void levelsOneToThreeMetWithoutTakedownEvidenceStopAtEstablished() {
        // Model 1.1 (docs/model.md): the capability read has no evidence for its higher levels, so its level is still
        // open and could reach what the criterion needs: unknown, not unmet.
        given(Fixtures.own(19, 3))
                .expectMet("C19.L1.industry-commitment", "C19.L1.industry-funding",
                        "C19.L2.child-rights-due-diligence", "C19.L2.sector-engagement",
                        "C19.L3.financial-sector-detection", "C19.L3.the-code")
                .expectUnknown("C19.L4.transparency-reporting")
                .expectLevel(19, 3)
                .expectScore(19, 75.0) // 6 of 8
                .expectUnknown("C19.L4.takedown-established")
                .verify();
    }

    @Test
    void levelsOneAndTwoMetWithTooFewCodeMembersStopAtDeveloping() {
        given(Fixtures.own(19, 3).with("csr.the_code_members", 2))
                .expectUnmet("C19.L3.the-code")
                .expectMet("C19.L3.financial-sector-detection")
                .expectLevel(19, 2)
                .expectScore(19, 62.5) // 5 of 8
                .verify();
    }

    // --- anyOf: industry commitment

    @Test
    void ituGuidelinesAloneAreAnIndustryCommitment() {
        given(Fixtures.own(19, 1).without("csr.industry_commitment").with("csr.itu_cop_guidelines", true))
                .expectMet("C19.L1.industry-commitment")
                .expectLevel(19, 1)
                .verify();
    }

    @Test
    void industryCommitmentWithBothBranchesFalseIsUnmet() {
        given(Fixtures.own(19, 1).with("csr.industry_commitment", false).with("csr.itu_cop_guidelines", false))
                .expectUnmet("C19.L1.industry-commitment")
                .expectLevel(19, 0)
                .verify();
    }

    @Test
    void industryCommitmentWithOneBranchFalseAndTheOtherMissingIsUnknown() {
        given(Fixtures.own(19, 1).with("csr.industry_commitment", false))
                .expectUnknown("C19.L1.industry-commitment")
                .expectLevel(19, 0)
                .verify();
    }

    // --- equals (boolean)

    @Test
    void noIndustryFundingIsUnmetAndMissingIsUnknown() {
        given(Fixtures.own(19, 2).with("csr.industry_funding", false))
                .expectUnmet("C19.L1.industry-funding")
                .expectLevel(19, 0)
                .verify();
        given(Fixtures.own(19, 2).without("csr.industry_funding"))
                .expectUnknown("C19.L1.industry-funding")
                .expectLevel(19, 0)
                .verify();
    }

    @Test
    void noDueDiligenceIsUnmet() {
        given(Fixtures.own(19, 2).with("csr.child_rights_due_diligence", false))
                .expectUnmet("C19.L2.child-rights-due-diligence")
                .expectLevel(19, 1)
                .verify();
    }

    // --- includesAll: sectors

    @Test
    void exactlyTheFourRequiredSectorsAreEngaged() {
        given(Fixtures.own(19, 2).withMembers("csr.sectors_engaged", "ict", "telecom", "financial", "travel_tourism"))
                .expectMet("C19.L2.sector-engagement")
                .expectLevel(19, 2)
                .verify();
    }

    @Test
    void sectorsWithoutTravelAndTourismAreUnmet() {
        given(Fixtures.own(19, 2).withMembers("csr.sectors_engaged", "ict", "telecom", "financial", "advertising", "gaming"))
                .expectUnmet("C19.L2.sector-engagement")
                .expectLevel(19, 1)
                .verify();
    }

    // --- anyOf: financial sector

    @Test
    void financialCoalitionMembershipAloneMeetsTheCriterion() {
        given(Fixtures.own(19, 3).without("csr.financial_detection").with("csr.financial_coalition_member", true))
                .expectMet("C19.L3.financial-sector-detection")
                .expectLevel(19, 3)
                .verify();
    }

    @Test
    void financialSectorWithBothBranchesFalseIsUnmet() {
        given(Fixtures.own(19, 3).with("csr.financial_detection", false).with("csr.financial_coalition_member", false))
                .expectUnmet("C19.L3.financial-sector-detection")
                .expectLevel(19, 2)
                .verify();
    }

    @Test
    void financialSectorWithOneBranchFalseAndTheOtherMissingIsUnknown() {
        given(Fixtures.own(19, 3).with("csr.financial_detection", false))
                .expectUnknown("C19.L3.financial-sector-detection")
                .expectLevel(19, 2)
                .verify();
    }

    // --- atLeast(3): The Code

    @Test
    void threeCodeMembersAreMet() {
        given(Fixtures.own(19, 3).with("csr.the_code_members", 3))
                .expectMet("C19.L3.the-code")
                .expectLevel(19, 3)
                .verify();
    }

    // --- cross-capability: capability 16 at Established

    @Test
    void takedownIsEstablishedWhenCapabilitySixteenIsEstablished() {
        given(Fixtures.own(19, 4).and(Fixtures.reaching(16, 3)))
                .expectLevel(16, 3)
                .expectMet("C19.L4.takedown-established")
                .expectLevel(19, 4)
                .verify();
    }

    @Test
    void takedownIsUnknownWhenCapabilitySixteenIsOnlyDeveloping() {
        // Model 1.1 (docs/model.md): the capability read has no evidence for its higher levels, so its level is still
        // open and could reach what the criterion needs: unknown, not unmet.
        given(Fixtures.own(19, 4).and(Fixtures.reaching(16, 2)))
                .expectLevel(16, 2)
                .expectMet("C19.L4.transparency-reporting")
                .expectLevel(19, 3)
                .expectUnknown("C19.L4.takedown-established")
                .verify();
    }

    @Test
    void takedownIsUnknownWhenTheHotlineItReliesOnIsOnlyBuilding() {
        // Model 1.1 (docs/model.md): the capability read has no evidence for its higher levels, so its level is still
        // open and could reach what the criterion needs: unknown, not unmet.
        given(Fixtures.own(19, 4).and(Fixtures.own(16, 4)).and(Fixtures.reaching(12, 1)))
                .expectLevel(12, 1)
                .expectLevel(16, 2)
                .expectLevel(19, 3)
                .expectUnknown("C16.L3.hotline-capability", "C19.L4.takedown-established")
                .verify();
    }

    // --- atLeast(75): transparency

    @Test
    void seventyFivePercentTransparencyIsMetAndSeventyFourIsUnmet() {
        given(Fixtures.complete(19).with("csr.transparency_reports_pct", 75))
                .expectMet("C19.L4.transparency-reporting")
                .expectLevel(19, 4)
                .verify();
        given(Fixtures.complete(19).with("csr.transparency_reports_pct", 74))
                .expectUnmet("C19.L4.transparency-reporting")
                .expectLevel(19, 3)
                .verify();
    }
}
