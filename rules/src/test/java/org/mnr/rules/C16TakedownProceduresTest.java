package org.mnr.rules;

import org.junit.jupiter.api.Test;
import org.mnr.testkit.PackCase;
import org.mnr.testkit.PackHarness;

/** Capability 16, Takedown Procedures: c16-takedown-procedures.drl. */
class C16TakedownProceduresTest {

    private static final PackHarness PACKS = PackHarness.onClassPath();

    private static PackCase given(EvidenceMap evidence) {
        return evidence.applyTo(PACKS.country("XA"));
    }

    // --- positive cases

    @Test
    void everyCriterionMetWithADevelopingHotlineReachesMature() {
        given(Fixtures.complete(16))
                .expectMet("C16.L1.cross-border-route", "C16.L1.notice-procedure",
                        "C16.L2.evidence-preservation", "C16.L2.removal-deadline", "C16.L3.blocking-abroad",
                        "C16.L3.deadline-compliance", "C16.L3.hotline-capability", "C16.L3.moderator-wellbeing",
                        "C16.L4.reappearance-monitoring", "C16.L4.takedown-transparency")
                .expectLevel(12, 2)
                .expectLevel(16, 4)
                .expectScore(16, 100.0)
                .verify();
    }

    @Test
    void levelsOneAndTwoMetWithoutHotlineEvidenceStopAtDeveloping() {
        // Model 1.1 (docs/model.md): the capability read has no evidence for its higher levels, so its level is still
        // open and could reach what the criterion needs: unknown, not unmet.
        given(Fixtures.own(16, 2))
                .expectMet("C16.L1.cross-border-route", "C16.L1.notice-procedure",
                        "C16.L2.evidence-preservation", "C16.L2.removal-deadline")
                .expectUnknown("C16.L3.blocking-abroad", "C16.L3.deadline-compliance", "C16.L3.moderator-wellbeing",
                        "C16.L4.reappearance-monitoring", "C16.L4.takedown-transparency")
                .expectLevel(16, 2)
                .expectScore(16, 45.5) // 5 of 11
                .expectUnknown("C16.L3.hotline-capability")
                .verify();
    }

    // --- equals (boolean)

    @Test
    void noCrossBorderRouteIsUnmetAndMissingIsUnknown() {
        given(Fixtures.own(16, 2).with("takedown.cross_border_route", false))
                .expectUnmet("C16.L1.cross-border-route")
                .expectMet("C16.L1.notice-procedure", "C16.L2.removal-deadline")
                .expectLevel(16, 0)
                .verify();
        given(Fixtures.own(16, 2).without("takedown.cross_border_route"))
                .expectUnknown("C16.L1.cross-border-route")
                .expectLevel(16, 0)
                .verify();
    }

    @Test
    void noEvidencePreservationIsUnmet() {
        given(Fixtures.own(16, 2).with("takedown.evidence_preservation", false))
                .expectUnmet("C16.L2.evidence-preservation")
                .expectLevel(16, 1)
                .verify();
    }

    @Test
    void noReappearanceMonitoringIsUnmet() {
        given(Fixtures.complete(16).with("takedown.reappearance_monitoring", false))
                .expectUnmet("C16.L4.reappearance-monitoring")
                .expectLevel(16, 3)
                .verify();
    }

    // --- anyOf: notice procedure

    @Test
    void removalOrdersAloneAreANoticeProcedure() {
        given(EvidenceMap.of("takedown.cross_border_route", true, "takedown.removal_orders", true))
                .expectMet("C16.L1.notice-procedure")
                .expectLevel(16, 1)
                .verify();
    }

    @Test
    void noticeProcedureWithBothBranchesFalseIsUnmet() {
        given(EvidenceMap.of("takedown.cross_border_route", true, "takedown.notice_procedure", false,
                "takedown.removal_orders", false))
                .expectUnmet("C16.L1.notice-procedure")
                .expectLevel(16, 0)
                .verify();
    }

    @Test
    void noticeProcedureWithOneBranchFalseAndTheOtherMissingIsUnknown() {
        given(EvidenceMap.of("takedown.cross_border_route", true, "takedown.notice_procedure", false))
                .expectUnknown("C16.L1.notice-procedure")
                .expectLevel(16, 0)
                .verify();
    }

    // --- atMost(24): removal deadline

    @Test
    void twentyFourHourDeadlineIsMetAndTwentyFiveIsUnmet() {
        given(Fixtures.own(16, 2).with("takedown.removal_deadline_hours", 24))
                .expectMet("C16.L2.removal-deadline")
                .expectLevel(16, 2)
                .verify();
        given(Fixtures.own(16, 2).with("takedown.removal_deadline_hours", 25))
                .expectUnmet("C16.L2.removal-deadline")
                .expectLevel(16, 1)
                .verify();
    }

    @Test
    void missingRemovalDeadlineIsUnknown() {
        given(Fixtures.own(16, 2).without("takedown.removal_deadline_hours"))
                .expectUnknown("C16.L2.removal-deadline")
                .expectLevel(16, 1)
                .verify();
    }

    // --- atLeast(90): compliance

    @Test
    void ninetyPercentComplianceIsMetAndEightyNineIsUnmet() {
        given(Fixtures.reaching(16, 3).with("takedown.compliance_pct", 90))
                .expectMet("C16.L3.deadline-compliance")
                .expectLevel(16, 3)
                .verify();
        given(Fixtures.reaching(16, 3).with("takedown.compliance_pct", 89))
                .expectUnmet("C16.L3.deadline-compliance")
                .expectLevel(16, 2)
                .verify();
    }

    // --- cross-capability: capability 12 at Developing

    @Test
    void hotlineCapabilityIsMetWhenTheHotlineIsDeveloping() {
        given(Fixtures.own(16, 3).and(Fixtures.reaching(12, 2)))
                .expectLevel(12, 2)
                .expectMet("C16.L3.hotline-capability")
                .expectLevel(16, 3)
                .verify();
    }

    @Test
    void hotlineCapabilityIsUnknownWhenTheHotlineIsOnlyBuilding() {
        // Model 1.1 (docs/model.md): the capability read has no evidence for its higher levels, so its level is still
        // open and could reach what the criterion needs: unknown, not unmet.
        given(Fixtures.own(16, 3).and(Fixtures.reaching(12, 1)))
                .expectLevel(12, 1)
                .expectMet("C16.L3.deadline-compliance")
                .expectLevel(16, 2)
                .expectUnknown("C16.L3.hotline-capability")
                .verify();
    }

    // --- anyOf: transparency

    @Test
    void authorityStatisticsAloneAreTransparency() {
        given(Fixtures.complete(16).without("takedown.transparency_reports").with("takedown.authority_statistics", true))
                .expectMet("C16.L4.takedown-transparency")
                .expectLevel(16, 4)
                .verify();
    }

    @Test
    void transparencyWithBothBranchesFalseIsUnmet() {
        given(Fixtures.complete(16).with("takedown.transparency_reports", false).with("takedown.authority_statistics", false))
                .expectUnmet("C16.L4.takedown-transparency")
                .expectLevel(16, 3)
                .verify();
    }

    @Test
    void transparencyWithOneBranchFalseAndTheOtherMissingIsUnknown() {
        given(Fixtures.complete(16).with("takedown.transparency_reports", false))
                .expectUnknown("C16.L4.takedown-transparency")
                .expectLevel(16, 3)
                .verify();
    }

    // --- equals (boolean): blocking of material hosted abroad and moderators' wellbeing, both level 3 (#17)

    @Test
    void noBlockingOfMaterialHostedAbroadHoldsTheLevelAtDeveloping() {
        given(Fixtures.complete(16).with("takedown.blocking_abroad", false))
                .expectUnmet("C16.L3.blocking-abroad")
                .expectMet("C16.L2.evidence-preservation", "C16.L3.deadline-compliance", "C16.L4.reappearance-monitoring")
                .expectLevel(16, 2)
                .expectScore(16, 90.9) // 10 of 11
                .verify();
    }

    @Test
    void noWellbeingProgrammeForModeratorsHoldsTheLevelAtDeveloping() {
        given(Fixtures.complete(16).with("takedown.moderator_wellbeing", false))
                .expectUnmet("C16.L3.moderator-wellbeing")
                .expectLevel(16, 2)
                .verify();
    }
}
