package org.mnr.plugins.asean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mnr.engine.model.Criterion;
import org.mnr.engine.model.EvidenceKey;
import org.mnr.engine.model.Instrument;
import org.mnr.engine.pack.PackRules;
import org.mnr.engine.pack.TextFallback;
import org.mnr.engine.result.Assessment;
import org.mnr.engine.result.CriterionResult;
import org.mnr.engine.result.PackVersion;
import org.mnr.engine.result.Status;
import org.mnr.testkit.PackCase;
import org.mnr.testkit.PackHarness;

/** The ASEAN variant (asean.yaml, pack.yaml 2.0.0): what it adds and replaces, and when it applies. */
class AseanVariantTest {

    private static final PackHarness PACKS = PackHarness.onClassPath();

    // Base evidence: capability 1 at levels 1 and 2.
    private static final Map<String, Object> LEADERSHIP_DEVELOPING = Map.of(
            "governance.body.exists", true,
            "governance.ministerial_commitment", true,
            "governance.strategy.adopted_date", "2024-01-15",
            "governance.body.mandate", "statutory");

    // Base evidence: capability 2 at levels 1 to 3.
    private static final Map<String, Object> RESEARCH_ESTABLISHED = Map.ofEntries(
            Map.entry("research.admin_data.disaggregation", "by_offence"),
            Map.entry("research.situational_analysis.exists", true),
            Map.entry("research.assessment_endorsed", true),
            Map.entry("research.ethics_guidelines", true),
            Map.entry("research.prevalence_survey.last_date", "2023-03-01"),
            Map.entry("research.data_sources", List.of("police_records", "prosecution_records", "court_records", "hotline_data",
                    "helpline_data", "industry_reports")),
            Map.entry("research.outcome_indicators", "monitored"),
            Map.entry("research.threat_assessment.last_date", "2025-09-01"));

    // Base evidence: capability 3 at level 1 and at level 2 except C03.L2.binding-instrument.
    private static final Map<String, Object> LEGISLATION_DEVELOPING = Map.of(
            "legislation.icmec_criteria", List.of("csam_specific_legislation", "csam_defined"),
            "treaties.opsc.status", "party",
            "legislation.child_age_threshold", 18,
            "legislation.criminalised_acts", List.of("production", "distribution", "possession", "online_grooming"));

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

    private static PackRules asean() {
        return PACKS.engine().packRules().stream().filter(p -> p.pack().id().equals("asean")).findFirst().orElseThrow();
    }

    // --- the pack

    @Test
    void theVariantIsVersionTwoWithItsAddedAndReplacedCriteriaAndNoWaiver() {
        PackRules asean = asean();
        assertThat(PACKS.engine().packRules()).extracting(p -> p.pack().id()).containsExactly("mnr", "asean");
        assertThat(asean.pack().descriptor().version()).hasToString("2.0.0");
        assertThat(asean.pack().descriptor().appliesTo()).containsExactly("ASEAN");
        assertThat(asean.criteria()).extracting(Criterion::id).containsExactly(
                "ASEAN.C01.L2.rpa-national-plan", "ASEAN.C02.L3.rpa-progress-report", "C19.L3.the-code");
        // 1.x waived C03.L4.regional-instrument; its successor C03.L2.binding-instrument accepts the UN Convention
        // against Cybercrime, which ASEAN Member States can join.
        assertThat(asean.pack().waivers()).isEmpty();
    }

    @Test
    void theVariantsTextsAreInFrenchAndSpanishWithNothingLeftInEnglish() {
        for (String language : List.of("fr", "es")) {
            assertThat(PACKS.engine().texts(language).fallbacks()).extracting(TextFallback::pack).as(language).doesNotContain("asean");
        }
        assertThat(PACKS.engine().texts("fr").criterionTitle("ASEAN.C01.L2.rpa-national-plan")).contains("Plan d'action régional");
        assertThat(PACKS.engine().texts("es").criterionTitle("ASEAN.C01.L2.rpa-national-plan")).contains("Plan de Acción Regional");
        assertThat(PACKS.engine().texts("fr").criterionTitle("C19.L3.the-code", "asean")).contains("The Code");
        assertThat(PACKS.engine().texts("es").criterionTitle("C19.L3.the-code", "asean")).contains("The Code");
    }

    @Test
    void theVariantLintsCleanWithoutWarnings() {
        // Lint's warnings say that every criterion has a source (pack.missing-source) and every threshold or time window a
        // rationale (pack.missing-rationale), among others.
        assertThat(PACKS.lintProblems()).isEmpty();
        assertThat(PACKS.lintWarnings()).isEmpty();
    }

    @Test
    void noKeyOrTitleNamesThePlanPeriod() {
        assertThat(asean().pack().vocabulary()).extracting(EvidenceKey::key).allSatisfy(k -> assertThat(k).doesNotContainPattern("\\d{4}"));
        assertThat(asean().pack().vocabulary()).allSatisfy(k -> assertThat(k.description()).doesNotContain("2021-2025"));
        assertThat(asean().criteria()).allSatisfy(c -> assertThat(c.title()).doesNotContainPattern("\\d{4}"));
    }

    // --- added: ASEAN.C01.L2.rpa-national-plan, equals (boolean)

    @Test
    void theRegionalPlansPeriodIsDataWithTheDateItWasLastChecked() {
        Instrument plan = asean().pack().instruments().stream().filter(i -> i.id().equals("asean-rpa")).findFirst().orElseThrow();
        assertThat(plan.kind()).isEqualTo(Instrument.Kind.PLAN);
        assertThat(plan.periodFrom()).isEqualTo(2021);
        assertThat(plan.periodTo()).isEqualTo(2025);
        assertThat(plan.asOf()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(plan.source()).contains("successor");
        assertThat(asean().pack().vocabulary()).filteredOn(k -> k.key().startsWith("asean.rpa."))
                .extracting(EvidenceKey::instrument).containsOnly("asean-rpa");
    }

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

    // --- the binding instrument: the base criterion, no longer waived, with the UN convention as the alternative

    @Test
    void aMemberPartyToTheUnConventionAgainstCybercrimeMeetsTheBaseInstrumentCriterion() {
        CriterionResult instrument = member(LEGISLATION_DEVELOPING)
                .with("treaties.un_cybercrime.status", "party")
                .expectMet("C03.L2.binding-instrument")
                .expectLevel(3, 2)
                .verify()
                .criterion("C03.L2.binding-instrument").orElseThrow();
        assertThat(instrument.pack()).isEqualTo("mnr");
        assertThat(instrument.waivedBy()).isNull();
        assertThat(instrument.replacedBy()).isNull();
    }

    @Test
    void aMemberPartyToTheBudapestConventionMeetsItTooAndOneWithNoPartyDateIsUnknownNotWaived() {
        member(LEGISLATION_DEVELOPING)
                .with("treaties.budapest.status", "party")
                .expectMet("C03.L2.binding-instrument")
                .expectLevel(3, 2)
                .verify();
        member(LEGISLATION_DEVELOPING)
                .expectUnknown("C03.L2.binding-instrument")
                .expectLevel(3, 1)
                .verify();
    }

    @Test
    void theVariantWaivesNothing() {
        Assessment assessment = member(LEADERSHIP_DEVELOPING, RESEARCH_ESTABLISHED, LEGISLATION_DEVELOPING, CSR).assess();
        assertThat(assessment.capabilities().stream().flatMap(c -> c.criteria().stream()))
                .allSatisfy(c -> assertThat(c.status()).as("status of %s", c.id()).isNotEqualTo(Status.WAIVED));
    }

    // --- without the membership

    @Test
    void withoutTheMembershipNothingIsAddedOrReplaced() {
        Assessment assessment = country(LEADERSHIP_DEVELOPING, RESEARCH_ESTABLISHED, LEGISLATION_DEVELOPING, CSR)
                .with("csr.the_code_members", 9)
                .expectLevel(1, 2)
                .expectLevel(2, 3)
                .expectUnknown("C03.L2.binding-instrument")
                .expectLevel(3, 1)
                .expectMet("C19.L3.the-code")
                .expectLevel(19, 3)
                .verify();
        assertThat(assessment.criterion("ASEAN.C01.L2.rpa-national-plan")).isEmpty();
        assertThat(assessment.criterion("ASEAN.C02.L3.rpa-progress-report")).isEmpty();
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
        Assessment assessment = member(LEADERSHIP_DEVELOPING, LEGISLATION_DEVELOPING, CSR)
                .noVariants()
                .with("csr.the_code_members", 9)
                .expectLevel(1, 2)
                .expectMet("C19.L3.the-code")
                .verify();
        assertThat(assessment.criterion("ASEAN.C01.L2.rpa-national-plan")).isEmpty();
        assertThat(assessment.criterion("C19.L3.the-code").orElseThrow().replacedBy()).isNull();
        assertThat(assessment.packs()).extracting(PackVersion::id).containsExactly("mnr");
    }

    @Test
    void namingTheVariantAppliesItWithoutTheMembership() {
        country(CSR)
                .variants("asean")
                .with("csr.the_code_members", 9)
                .expectUnmet("C19.L3.the-code")
                .expectLevel(19, 2)
                .verify();
    }
}
