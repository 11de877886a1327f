package org.mnr.plugins.asean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mnr.engine.pack.PackRules;
import org.mnr.engine.model.Criterion;
import org.mnr.engine.pack.Waiver;
import org.mnr.engine.result.Assessment;
import org.mnr.engine.result.CriterionResult;
import org.mnr.engine.result.PackVersion;
import org.mnr.testkit.PackCase;
import org.mnr.testkit.PackHarness;

/** The ASEAN variant (asean.drl, pack.yaml): what it adds, replaces and waives, and when it applies. */
class AseanVariantTest {

    private static final PackHarness PACKS = PackHarness.onClassPath();

    // Base evidence: capability 1 at levels 1 and 2.
    private static final Map<String, Object> LEADERSHIP_DEVELOPING = Map.of(
            "governance.body.exists", true,
            "governance.ministerial_commitment", true,
            "governance.strategy.adopted_date", "2024-01-15",
            "governance.body.mandate", "statutory");

    // Base evidence: capability 2 at levels 1 to 3.
    private static final Map<String, Object> RESEARCH_ESTABLISHED = Map.of(
            "research.admin_data.disaggregation", "by_offence",
            "research.situational_analysis.exists", true,
            "research.ethics_guidelines", true,
            "research.prevalence_survey.last_date", "2023-03-01",
            "research.data_sources", List.of("police_records", "prosecution_records", "court_records", "hotline_data",
                    "helpline_data", "industry_reports"),
            "research.threat_assessment.last_date", "2025-09-01");

    // Base evidence: capability 3 at every level except C03.L4.regional-instrument.
    private static final Map<String, Object> LEGISLATION = Map.of(
            "legislation.icmec_criteria", List.of("csam_specific_legislation", "csam_defined", "technology_facilitated_offences",
                    "knowing_possession", "isp_reporting"),
            "legislation.opsc_ratified", true,
            "legislation.child_age_threshold", 18,
            "legislation.criminalised_acts", List.of("production", "distribution", "possession", "online_grooming",
                    "knowing_access", "sexual_extortion", "live_streaming_abuse", "ai_generated_csam"),
            "legislation.child_victim_safeguards", List.of("recorded_testimony", "no_direct_confrontation", "support_person",
                    "non_punishment"),
            "legislation.mandatory_reporting_professionals", true,
            "legislation.extraterritorial_jurisdiction", "no_dual_criminality");

    // Base evidence: capability 19 at levels 1 to 3 except C19.L3.the-code.
    private static final Map<String, Object> CSR = Map.of(
            "csr.industry_commitment", true,
            "csr.industry_funding", true,
            "csr.child_rights_due_diligence", true,
            "csr.sectors_engaged", List.of("ict", "telecom", "financial", "travel_tourism"),
            "csr.financial_detection", true);

    private static final String BASE_CODE_TITLE = "At least three travel and tourism companies are members of The Code";

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
        return country(evidence).memberships("ASEAN");
    }

    // --- the pack

    @Test
    void theVariantIsLoadedWithItsAddedAndReplacedCriteriaAndOneWaiver() {
        PackRules asean = PACKS.engine().packRules().stream().filter(p -> p.pack().id().equals("asean")).findFirst().orElseThrow();
        assertThat(PACKS.engine().packRules()).extracting(p -> p.pack().id()).containsExactly("mnr", "asean");
        assertThat(asean.pack().descriptor().appliesTo()).containsExactly("ASEAN");
        assertThat(asean.criteria()).extracting(Criterion::id).containsExactly(
                "ASEAN.C01.L2.rpa-national-plan", "ASEAN.C02.L3.rpa-progress-report", "C19.L3.the-code");
        assertThat(asean.pack().waivers()).extracting(Waiver::id).containsExactly("C03.L4.regional-instrument");
    }

    // --- added: ASEAN.C01.L2.rpa-national-plan, equals (boolean)

    @Test
    void aNationalPlanImplementingTheRegionalPlanIsMetAndLeadershipReachesDeveloping() {
        CriterionResult added = member(LEADERSHIP_DEVELOPING)
                .with("asean.rpa.national_plan", true)
                .expectMet("ASEAN.C01.L2.rpa-national-plan", "C01.L2.current-strategy", "C01.L2.formal-mandate")
                .expectLevel(1, 2)
                .verify()
                .criterion("ASEAN.C01.L2.rpa-national-plan").orElseThrow();
        assertThat(added.addedBy()).isEqualTo("asean");
        assertThat(added.pack()).isEqualTo("asean");
        assertThat(added.replacedBy()).isNull();
    }

    @Test
    void noNationalPlanIsUnmetAndMissingIsUnknownBothHoldingLeadershipAtBuilding() {
        member(LEADERSHIP_DEVELOPING)
                .with("asean.rpa.national_plan", false)
                .expectUnmet("ASEAN.C01.L2.rpa-national-plan")
                .expectMet("C01.L2.current-strategy", "C01.L2.formal-mandate")
                .expectLevel(1, 1)
                .verify();
        member(LEADERSHIP_DEVELOPING)
                .expectUnknown("ASEAN.C01.L2.rpa-national-plan")
                .expectLevel(1, 1)
                .verify();
    }

    // --- added: ASEAN.C02.L3.rpa-progress-report, withinYears(2)

    @Test
    void progressReportedExactlyTwoYearsAgoIsMetAndResearchReachesEstablished() {
        member(RESEARCH_ESTABLISHED)
                .with("asean.rpa.progress_report_date", "2024-06-30")
                .expectMet("ASEAN.C02.L3.rpa-progress-report", "C02.L3.integrated-data-sources", "C02.L3.threat-assessment")
                .expectLevel(2, 3)
                .verify();
    }

    @Test
    void progressReportOneDayTooOldIsUnmetOrInTheFutureInvalidAndHoldsResearchAtDeveloping() {
        member(RESEARCH_ESTABLISHED)
                .with("asean.rpa.progress_report_date", "2024-06-29")
                .expectUnmet("ASEAN.C02.L3.rpa-progress-report")
                .expectLevel(2, 2)
                .verify();
        // A date after the assessment is invalid input (docs/model.md), not an unmet criterion.
        member(RESEARCH_ESTABLISHED)
                .with("asean.rpa.progress_report_date", "2026-07-01")
                .verifyInvalid("asean.rpa.progress_report_date is 2026-07-01, after assessedOn 2026-06-30");
    }

    // --- replaced: C19.L3.the-code, atLeast(10)

    @Test
    void tenCodeMembersMeetTheReplacedCriterion() {
        CriterionResult replaced = member(CSR)
                .with("csr.the_code_members", 10)
                .expectMet("C19.L3.the-code")
                .expectLevel(19, 3)
                .verify()
                .criterion("C19.L3.the-code").orElseThrow();
        assertThat(replaced.replacedBy()).isEqualTo("asean");
        assertThat(replaced.replacedTitle()).isEqualTo(BASE_CODE_TITLE);
        assertThat(replaced.title()).isEqualTo("At least ten travel and tourism companies are members of The Code");
        assertThat(replaced.pack()).isEqualTo("asean");
        assertThat(replaced.addedBy()).isNull();
    }

    @Test
    void nineCodeMembersMeetTheBaseCriterionButNotTheReplacement() {
        CriterionResult replaced = member(CSR)
                .with("csr.the_code_members", 9)
                .expectUnmet("C19.L3.the-code")
                .expectLevel(19, 2)
                .verify()
                .criterion("C19.L3.the-code").orElseThrow();
        assertThat(replaced.replacedBy()).isEqualTo("asean");
        assertThat(replaced.replacedTitle()).isEqualTo(BASE_CODE_TITLE);

        country(CSR)
                .with("csr.the_code_members", 9)
                .expectMet("C19.L3.the-code")
                .expectLevel(19, 3)
                .verify();
    }

    // --- waived: C03.L4.regional-instrument

    @Test
    void regionalInstrumentIsWaivedWithAReason() {
        CriterionResult waived = member(LEGISLATION)
                .expectWaived("C03.L4.regional-instrument")
                .verify()
                .criterion("C03.L4.regional-instrument").orElseThrow();
        assertThat(waived.waivedBy()).isEqualTo("asean");
        assertThat(waived.reason()).isNotBlank().contains("ASEAN");
        assertThat(waived.replacedBy()).isNull();
        assertThat(waived.addedBy()).isNull();
    }

    @Test
    void theWaiverLetsLegislationReachMatureWithoutRegionalInstrumentEvidence() {
        member(LEGISLATION)
                .expectWaived("C03.L4.regional-instrument")
                .expectMet("C03.L4.emerging-harms", "C03.L4.extraterritorial-jurisdiction")
                .expectLevel(3, 4)
                .expectScore(3, 100.0) // 13 of 13: the waived criterion counts nowhere
                .verify();
    }

    @Test
    void theWaiverHoldsEvenWhenNoRegionalInstrumentIsGiven() {
        member(LEGISLATION)
                .with("legislation.regional_instrument_party", false)
                .expectWaived("C03.L4.regional-instrument")
                .expectLevel(3, 4)
                .verify();
    }

    // --- without the membership

    @Test
    void withoutTheMembershipNothingIsAddedReplacedOrWaived() {
        Assessment assessment = country(LEADERSHIP_DEVELOPING, RESEARCH_ESTABLISHED, LEGISLATION, CSR)
                .with("csr.the_code_members", 9)
                .expectLevel(1, 2)
                .expectLevel(2, 3)
                .expectUnknown("C03.L4.regional-instrument")
                .expectLevel(3, 3)
                .expectMet("C19.L3.the-code")
                .expectLevel(19, 3)
                .verify();
        assertThat(assessment.criterion("ASEAN.C01.L2.rpa-national-plan")).isEmpty();
        assertThat(assessment.criterion("ASEAN.C02.L3.rpa-progress-report")).isEmpty();
        assertThat(assessment.criterion("C03.L4.regional-instrument").orElseThrow().waivedBy()).isNull();
        CriterionResult code = assessment.criterion("C19.L3.the-code").orElseThrow();
        assertThat(code.replacedBy()).isNull();
        assertThat(code.replacedTitle()).isNull();
        assertThat(code.title()).isEqualTo(BASE_CODE_TITLE);
        assertThat(code.pack()).isEqualTo("mnr");
        assertThat(assessment.packs()).extracting(PackVersion::id).containsExactly("mnr");
    }

    @Test
    void withoutTheMembershipVariantEvidenceIsIgnoredWithAWarning() {
        Assessment assessment = country(LEADERSHIP_DEVELOPING)
                .with("asean.rpa.national_plan", true)
                .expectLevel(1, 2)
                .verify();
        assertThat(assessment.warnings()).anySatisfy(w -> assertThat(w).contains("asean.rpa.national_plan"));
    }

    @Test
    void noVariantsIgnoresTheMembership() {
        Assessment assessment = member(LEADERSHIP_DEVELOPING, LEGISLATION, CSR)
                .noVariants()
                .with("csr.the_code_members", 9)
                .expectLevel(1, 2)
                .expectUnknown("C03.L4.regional-instrument")
                .expectLevel(3, 3)
                .expectMet("C19.L3.the-code")
                .verify();
        assertThat(assessment.criterion("ASEAN.C01.L2.rpa-national-plan")).isEmpty();
        assertThat(assessment.criterion("C03.L4.regional-instrument").orElseThrow().waivedBy()).isNull();
        assertThat(assessment.criterion("C19.L3.the-code").orElseThrow().replacedBy()).isNull();
        assertThat(assessment.packs()).extracting(PackVersion::id).containsExactly("mnr");
    }

    @Test
    void namingTheVariantAppliesItWithoutTheMembership() {
        country(LEGISLATION)
                .variants("asean")
                .expectWaived("C03.L4.regional-instrument")
                .expectLevel(3, 4)
                .verify();
    }
}
