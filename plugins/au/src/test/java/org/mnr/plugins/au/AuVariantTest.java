package org.mnr.plugins.au;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mnr.engine.pack.PackRules;
import org.mnr.engine.model.Criterion;
import org.mnr.engine.result.Assessment;
import org.mnr.engine.result.CitedEvidence;
import org.mnr.engine.result.CriterionResult;
import org.mnr.engine.result.PackVersion;
import org.mnr.engine.result.Status;
import org.mnr.testkit.PackCase;
import org.mnr.testkit.PackHarness;

/** The African Union variant (au.drl, pack.yaml): what it adds and replaces, and when it applies. */
class AuVariantTest {

    private static final PackHarness PACKS = PackHarness.onClassPath();

    // Base evidence: capability 1 at every level (with capability 2 at Developing for C01.L3.evidence-informed).
    private static final Map<String, Object> LEADERSHIP = Map.ofEntries(
            Map.entry("governance.body.exists", true),
            Map.entry("governance.ministerial_commitment", true),
            Map.entry("governance.strategy.adopted_date", "2024-01-15"),
            Map.entry("governance.body.mandate", "statutory"),
            Map.entry("governance.strategy.dedicated_budget", true),
            Map.entry("governance.body.members", List.of("government", "law_enforcement", "child_protection", "education",
                    "industry", "civil_society")),
            Map.entry("governance.strategy.evaluation_date", "2023-05-01"),
            Map.entry("governance.international_support", true));
    private static final Map<String, Object> RESEARCH_DEVELOPING = Map.of(
            "research.admin_data.disaggregation", "by_offence",
            "research.situational_analysis.exists", true,
            "research.ethics_guidelines", true,
            "research.prevalence_survey.last_date", "2023-03-01");

    // Base evidence: capability 3 at levels 1 and 2.
    private static final Map<String, Object> LEGISLATION_DEVELOPING = Map.of(
            "legislation.icmec_criteria", List.of("csam_specific_legislation", "csam_defined"),
            "legislation.opsc_ratified", true,
            "legislation.child_age_threshold", 18,
            "legislation.criminalised_acts", List.of("production", "distribution", "possession", "online_grooming"));

    // Base evidence: capability 12 at levels 1 and 2 except C12.L1.hotline-exists.
    private static final Map<String, Object> HOTLINE_WITHOUT_EXISTENCE = Map.of(
            "hotline.law_enforcement_agreement", true,
            "hotline.analyst_welfare", true,
            "hotline.inhope_member", true);

    // Base evidence: capability 16 at levels 1 to 3 except C16.L3.hotline-capability.
    private static final Map<String, Object> TAKEDOWN = Map.of(
            "takedown.cross_border_route", true,
            "takedown.notice_procedure", true,
            "takedown.evidence_preservation", true,
            "takedown.removal_deadline_hours", 24,
            "takedown.compliance_pct", 95);

    private static final String BASE_HOTLINE_TITLE = "A national hotline receives reports of online CSAM";

    @SafeVarargs
    private static PackCase country(Map<String, Object>... evidence) {
        PackCase packCase = PACKS.country("XA");
        for (Map<String, Object> items : evidence) {
            items.forEach(packCase::with);
        }
        return packCase;
    }

    @SafeVarargs
    private static PackCase member(Map<String, Object>... evidence) {
        return country(evidence).memberships("AU");
    }

    private static PackCase legislationMember() {
        return member(LEGISLATION_DEVELOPING).with("au.acrwc.ratified", true).with("au.malabo.ratified", true);
    }

    // --- the pack

    @Test
    void theVariantIsLoadedWithItsThreeAddedCriteriaAndOneReplacement() {
        PackRules au = PACKS.engine().packRules().stream().filter(p -> p.pack().id().equals("au")).findFirst().orElseThrow();
        assertThat(PACKS.engine().packRules()).extracting(p -> p.pack().id()).containsExactly("mnr", "au");
        assertThat(au.pack().descriptor().appliesTo()).containsExactly("AU");
        assertThat(au.pack().waivers()).isEmpty();
        assertThat(au.criteria()).extracting(Criterion::id).containsExactly(
                "AU.C01.L4.acerwc-reporting", "AU.C03.L1.acrwc-ratified", "AU.C03.L2.malabo-ratified", "C12.L1.hotline-exists");
    }

    // --- added: AU.C01.L4.acerwc-reporting, withinYears(3)

    @Test
    void reportToTheAcerwcExactlyThreeYearsAgoIsMetAndCompletesLeadership() {
        CriterionResult added = member(LEADERSHIP, RESEARCH_DEVELOPING)
                .with("au.acerwc.last_report_date", "2023-06-30")
                .expectMet("AU.C01.L4.acerwc-reporting")
                .expectLevel(1, 4)
                .expectScore(1, 100.0)
                .verify()
                .criterion("AU.C01.L4.acerwc-reporting").orElseThrow();
        assertThat(added.addedBy()).isEqualTo("au");
        assertThat(added.pack()).isEqualTo("au");
        assertThat(added.replacedBy()).isNull();
    }

    @Test
    void reportToTheAcerwcOneDayTooOldIsUnmetOrInTheFutureInvalidAndHoldsLeadershipAtEstablished() {
        member(LEADERSHIP, RESEARCH_DEVELOPING)
                .with("au.acerwc.last_report_date", "2023-06-29")
                .expectUnmet("AU.C01.L4.acerwc-reporting")
                .expectMet("C01.L4.independent-evaluation", "C01.L4.international-support")
                .expectLevel(1, 3)
                .verify();
        // A date after the assessment is invalid input (docs/model.md), not an unmet criterion.
        member(LEADERSHIP, RESEARCH_DEVELOPING)
                .with("au.acerwc.last_report_date", "2026-07-01")
                .verifyInvalid("au.acerwc.last_report_date is 2026-07-01, after assessedOn 2026-06-30");
        member(LEADERSHIP, RESEARCH_DEVELOPING)
                .expectUnknown("AU.C01.L4.acerwc-reporting")
                .expectLevel(1, 3)
                .verify();
    }

    // --- added: AU.C03.L1.acrwc-ratified and AU.C03.L2.malabo-ratified

    @Test
    void bothAfricanInstrumentsRatifiedLetLegislationReachDeveloping() {
        legislationMember()
                .expectMet("AU.C03.L1.acrwc-ratified", "AU.C03.L2.malabo-ratified", "C03.L1.csam-offences", "C03.L2.child-under-18")
                .expectLevel(3, 2)
                .verify();
    }

    @Test
    void charterNotRatifiedIsUnmetAndHoldsLegislationAtZero() {
        legislationMember()
                .with("au.acrwc.ratified", false)
                .expectUnmet("AU.C03.L1.acrwc-ratified")
                .expectMet("AU.C03.L2.malabo-ratified", "C03.L1.csam-offences", "C03.L1.opsc-ratified")
                .expectLevel(3, 0)
                .verify();
    }

    @Test
    void malaboNotRatifiedIsUnmetAndHoldsLegislationAtBuilding() {
        legislationMember()
                .with("au.malabo.ratified", false)
                .expectUnmet("AU.C03.L2.malabo-ratified")
                .expectLevel(3, 1)
                .verify();
        member(LEGISLATION_DEVELOPING)
                .with("au.acrwc.ratified", true)
                .expectUnknown("AU.C03.L2.malabo-ratified")
                .expectLevel(3, 1)
                .verify();
    }

    // --- replaced: C12.L1.hotline-exists, anyOf(hotline.exists, au.reporting_portal.exists)

    @Test
    void aReportingPortalAloneMeetsTheReplacedHotlineCriterion() {
        Assessment assessment = member(HOTLINE_WITHOUT_EXISTENCE)
                .with("hotline.exists", false)
                .with("au.reporting_portal.exists", true)
                .expectMet("C12.L1.hotline-exists")
                .expectLevel(12, 2)
                .verify();
        CriterionResult replaced = assessment.criterion("C12.L1.hotline-exists").orElseThrow();
        assertThat(replaced.replacedBy()).isEqualTo("au");
        assertThat(replaced.replacedTitle()).isEqualTo(BASE_HOTLINE_TITLE);
        assertThat(replaced.title())
                .isEqualTo("A national hotline or an international hotline's national reporting portal receives reports of online CSAM");
        assertThat(replaced.pack()).isEqualTo("au");
        assertThat(replaced.addedBy()).isNull();
        assertThat(replaced.weight()).isEqualTo(2);
        assertThat(replaced.evidence()).extracting(CitedEvidence::key).containsExactly("au.reporting_portal.exists");
    }

    @Test
    void aNationalHotlineAloneStillMeetsTheReplacedCriterion() {
        member(HOTLINE_WITHOUT_EXISTENCE)
                .with("hotline.exists", true)
                .expectMet("C12.L1.hotline-exists")
                .expectLevel(12, 2)
                .verify();
    }

    @Test
    void neitherHotlineNorPortalIsUnmet() {
        CriterionResult replaced = member(HOTLINE_WITHOUT_EXISTENCE)
                .with("hotline.exists", false)
                .with("au.reporting_portal.exists", false)
                .expectUnmet("C12.L1.hotline-exists")
                .expectLevel(12, 0)
                .verify()
                .criterion("C12.L1.hotline-exists").orElseThrow();
        assertThat(replaced.replacedBy()).isEqualTo("au");
        assertThat(replaced.missing()).isEmpty();
    }

    @Test
    void noHotlineAndAMissingPortalIsUnknown() {
        CriterionResult replaced = member(HOTLINE_WITHOUT_EXISTENCE)
                .with("hotline.exists", false)
                .expectUnknown("C12.L1.hotline-exists")
                .expectLevel(12, 0)
                .verify()
                .criterion("C12.L1.hotline-exists").orElseThrow();
        assertThat(replaced.missing()).containsExactly("au.reporting_portal.exists");
    }

    @Test
    void aPortalLiftsTheHotlineLevelThatTakedownReads() {
        member(HOTLINE_WITHOUT_EXISTENCE, TAKEDOWN)
                .with("hotline.exists", false)
                .with("au.reporting_portal.exists", true)
                .expectLevel(12, 2)
                .expectMet("C16.L3.hotline-capability")
                .expectLevel(16, 3)
                .verify();
    }

    // --- the variant waives nothing

    @Test
    void theVariantWaivesNothing() {
        Assessment assessment = member(LEADERSHIP, LEGISLATION_DEVELOPING, HOTLINE_WITHOUT_EXISTENCE).assess();
        assertThat(assessment.capabilities().stream().flatMap(c -> c.criteria().stream()))
                .allSatisfy(c -> assertThat(c.status()).as("status of %s", c.id()).isNotEqualTo(Status.WAIVED));
    }

    // --- without the membership

    @Test
    void withoutTheMembershipTheBaseHotlineCriterionIsInForceAndThePortalIsIgnored() {
        Assessment assessment = country(HOTLINE_WITHOUT_EXISTENCE, TAKEDOWN)
                .with("hotline.exists", false)
                .with("au.reporting_portal.exists", true)
                .expectUnmet("C12.L1.hotline-exists")
                .expectLevel(12, 0)
                .expectUnmet("C16.L3.hotline-capability")
                .expectLevel(16, 2)
                .verify();
        CriterionResult hotline = assessment.criterion("C12.L1.hotline-exists").orElseThrow();
        assertThat(hotline.replacedBy()).isNull();
        assertThat(hotline.replacedTitle()).isNull();
        assertThat(hotline.title()).isEqualTo(BASE_HOTLINE_TITLE);
        assertThat(hotline.pack()).isEqualTo("mnr");
        assertThat(assessment.warnings()).anySatisfy(w -> assertThat(w).contains("au.reporting_portal.exists"));
    }

    @Test
    void withoutTheMembershipTheAddedCriteriaAreAbsent() {
        Assessment assessment = country(LEADERSHIP, RESEARCH_DEVELOPING, LEGISLATION_DEVELOPING)
                .expectLevel(1, 4)
                .expectLevel(3, 2)
                .verify();
        assertThat(assessment.criterion("AU.C01.L4.acerwc-reporting")).isEmpty();
        assertThat(assessment.criterion("AU.C03.L1.acrwc-ratified")).isEmpty();
        assertThat(assessment.criterion("AU.C03.L2.malabo-ratified")).isEmpty();
        assertThat(assessment.packs()).extracting(PackVersion::id).containsExactly("mnr");
    }

    @Test
    void noVariantsIgnoresTheMembership() {
        Assessment assessment = member(LEADERSHIP, RESEARCH_DEVELOPING, LEGISLATION_DEVELOPING, HOTLINE_WITHOUT_EXISTENCE)
                .noVariants()
                .with("hotline.exists", false)
                .expectLevel(1, 4)
                .expectLevel(3, 2)
                .expectUnmet("C12.L1.hotline-exists")
                .expectLevel(12, 0)
                .verify();
        assertThat(assessment.criterion("AU.C01.L4.acerwc-reporting")).isEmpty();
        assertThat(assessment.criterion("AU.C03.L1.acrwc-ratified")).isEmpty();
        assertThat(assessment.criterion("C12.L1.hotline-exists").orElseThrow().replacedBy()).isNull();
        assertThat(assessment.packs()).extracting(PackVersion::id).containsExactly("mnr");
    }

    @Test
    void namingTheVariantAppliesItWithoutTheMembership() {
        country(HOTLINE_WITHOUT_EXISTENCE)
                .variants("au")
                .with("hotline.exists", false)
                .with("au.reporting_portal.exists", true)
                .expectMet("C12.L1.hotline-exists")
                .expectLevel(12, 2)
                .verify();
    }
}
