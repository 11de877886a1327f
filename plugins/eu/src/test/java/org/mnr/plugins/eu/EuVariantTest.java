package org.mnr.plugins.eu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mnr.engine.model.Criterion;
import org.mnr.engine.model.Exemption;
import org.mnr.engine.pack.PackRules;
import org.mnr.engine.pack.TextFallback;
import org.mnr.engine.result.Assessment;
import org.mnr.engine.result.CitedEvidence;
import org.mnr.engine.result.CriterionResult;
import org.mnr.engine.result.PackVersion;
import org.mnr.engine.result.Status;
import org.mnr.testkit.PackCase;
import org.mnr.testkit.PackHarness;

/** The European Union variant (eu.yaml, pack.yaml 2.0.0): what it adds, replaces and exempts, and when it applies. */
class EuVariantTest {

    private static final PackHarness PACKS = PackHarness.onClassPath();

    // Base evidence: capability 3 at level 1 (C03.L1.csam-offences, C03.L1.opsc-ratified: weights 2 + 1 of the base's 15).
    private static final Map<String, Object> LEGISLATION_BUILDING = Map.of(
            "legislation.icmec_criteria", List.of("csam_specific_legislation", "csam_defined"),
            "treaties.opsc.status", "party");

    // Base evidence: capability 4 at levels 1 and 2 except C04.L2.data-retention (3 + 3 of the base's 14).
    private static final Map<String, Object> LAW_ENFORCEMENT_DEVELOPING = Map.of(
            "lawenforcement.ncmec_referrals_access", true,
            "lawenforcement.specialist_unit.exists", true,
            "lawenforcement.digital_forensics", "in_house_basic",
            "lawenforcement.covert_online_powers", true,
            "lawenforcement.expedited_preservation", true,
            "lawenforcement.officer_wellbeing", true);

    // Base evidence: capability 2 at levels 1 to 3 (with EU.C02.L3.interim-regulation-statistics left to each test).
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

    // Base evidence: capability 8 at levels 1 and 2.
    private static final Map<String, Object> SUPPORT_DEVELOPING = Map.of(
            "support.services", List.of("medical", "psychosocial", "legal_aid", "shelter", "case_management"),
            "support.referral_pathway", "documented_sop");

    // Base evidence: capability 11 at every level except C11.L3.short-number (with capability 8 at Developing).
    private static final Map<String, Object> HELPLINE = Map.of(
            "helpline.free_of_charge", true,
            "helpline.exists", true,
            "helpline.hours_per_week", 168,
            "helpline.counsellors_trained_pct", 90,
            "helpline.channels", List.of("voice", "chat"),
            "helpline.answer_rate_pct", 85,
            "helpline.chi_membership", "full_member");

    // Base evidence: capability 12 at every level (with capability 4 at Developing for C12.L3.police-capability).
    private static final Map<String, Object> HOTLINE = Map.of(
            "hotline.exists", true,
            "hotline.law_enforcement_agreement", true,
            "hotline.analyst_welfare", true,
            "hotline.inhope_member", true,
            "hotline.iccam_used", true,
            "hotline.median_takedown_hours", 20,
            "hotline.quality_review_date", "2024-01-01");

    // Base evidence: capability 15 at level 1 and the level-2 criteria other than C15.L2.community-treatment.
    private static final Map<String, Object> PREVENTION = Map.of(
            "prevention.practitioner_guidance", true,
            "prevention.helpline.exists", true,
            "prevention.deterrence_messaging", true,
            "prevention.hsb_services", true);

    // Base evidence: capability 16 at levels 1 and 2 (and C16.L3.blocking-abroad).
    private static final Map<String, Object> TAKEDOWN_DEVELOPING = Map.of(
            "takedown.cross_border_route", true,
            "takedown.notice_procedure", true,
            "takedown.blocking_abroad", true,
            "takedown.evidence_preservation", true,
            "takedown.removal_deadline_hours", 24);

    private static final List<String> ARTICLE_25 = List.of("prompt_removal_hosted_in_territory", "removal_sought_hosted_abroad");

    private static final String BASE_SHORT_NUMBER_TITLE = "The helpline is reached on a national short code or 116 111";
    private static final String BASE_COMMUNITY_TREATMENT_TITLE = "Confidential treatment is available to people who fear they may offend";
    private static final String BASE_DATA_RETENTION_TITLE = "Providers must retain subscriber and connection data for at least 6 months";

    @SafeVarargs
    private static PackCase country(String code, Map<String, Object>... evidence) {
        PackCase packCase = PACKS.country(code);
        for (Map<String, Object> items : evidence) {
            items.forEach(packCase::with);
        }
        return packCase;
    }

    @SafeVarargs
    private static PackCase country(Map<String, Object>... evidence) {
        return country("XA", evidence);
    }

    @SafeVarargs
    private static PackCase member(Map<String, Object>... evidence) {
        return country(evidence).memberships("EU");
    }

    @SafeVarargs
    private static PackCase member(String code, Map<String, Object>... evidence) {
        return country(code, evidence).memberships("EU");
    }

    private static PackRules eu() {
        return PACKS.engine().packRules().stream().filter(p -> p.pack().id().equals("eu")).findFirst().orElseThrow();
    }

    // --- the pack

    @Test
    void theVariantIsVersionTwoWithItsAddedAndReplacedCriteriaAndNoWaiver() {
        PackRules eu = eu();
        assertThat(PACKS.engine().packRules()).extracting(p -> p.pack().id()).containsExactly("mnr", "eu");
        assertThat(eu.pack().descriptor().version()).hasToString("2.0.0");
        assertThat(eu.pack().descriptor().appliesTo()).containsExactly("EU");
        assertThat(eu.criteria()).extracting(Criterion::id).containsExactly(
                "C04.L2.data-retention", "C11.L3.short-number", "C15.L2.community-treatment",
                "EU.C02.L3.interim-regulation-statistics", "EU.C03.L1.directive-transposed", "EU.C08.L2.individual-assessment",
                "EU.C12.L4.trusted-flagger", "EU.C16.L2.removal-under-article-25");
        // 1.x waived C04.L2.data-retention; 2.0.0 replaces it with what the case law allows.
        assertThat(eu.pack().waivers()).isEmpty();
    }

    @Test
    void theVariantsTextsAreInFrenchAndSpanishWithNothingLeftInEnglish() {
        for (String language : List.of("fr", "es")) {
            assertThat(PACKS.engine().texts(language).fallbacks()).extracting(TextFallback::pack).as(language).doesNotContain("eu");
        }
        assertThat(PACKS.engine().texts("fr").criterionTitle("EU.C03.L1.directive-transposed")).contains("directive 2011/93/UE");
        assertThat(PACKS.engine().texts("es").criterionTitle("EU.C03.L1.directive-transposed")).contains("Directiva 2011/93/UE");
        assertThat(PACKS.engine().texts("fr").criterionTitle("C04.L2.data-retention", "eu")).contains("Cour de justice");
        assertThat(PACKS.engine().texts("es").criterionTitle("C04.L2.data-retention", "eu")).contains("Tribunal de Justicia");
        assertThat(PACKS.engine().texts("fr").reason("EU.C03.L1.directive-transposed", "eu")).contains("Danemark", "2011/93/UE");
        assertThat(PACKS.engine().texts("es").reason("EU.C03.L1.directive-transposed", "eu")).contains("Dinamarca", "2011/93/UE");
    }

    @Test
    void theVariantLintsCleanWithoutWarnings() {
        // Lint's warnings say that every criterion has a source (pack.missing-source) and every threshold or time window a
        // rationale (pack.missing-rationale), among others.
        assertThat(PACKS.lintProblems()).isEmpty();
        assertThat(PACKS.lintWarnings()).isEmpty();
    }

    @Test
    void exactlyTheCriteriaOnTheDirectivesDenmarkIsNotBoundByExemptDenmarkAndNoOtherCountry() {
        assertThat(eu().criteria()).filteredOn(c -> !c.exempt().isEmpty()).extracting(Criterion::id).containsExactly(
                "EU.C03.L1.directive-transposed", "EU.C08.L2.individual-assessment", "EU.C16.L2.removal-under-article-25");
        assertThat(eu().criteria()).flatExtracting(Criterion::exempt).allSatisfy(e -> {
            assertThat(e.country()).isEqualTo("DK");
            assertThat(e.reason()).contains("Protocol No 22");
        });
        assertThat(eu().criteria()).flatExtracting(Criterion::exempt).extracting(Exemption::country).containsOnly("DK");
    }

    // --- added: EU.C03.L1.directive-transposed, exempt for Denmark

    @Test
    void transposedDirectiveIsMetAndLegislationReachesBuilding() {
        CriterionResult added = member("DE", LEGISLATION_BUILDING)
                .with("eu.directive_2011_93.transposed", true)
                .expectMet("EU.C03.L1.directive-transposed", "C03.L1.csam-offences", "C03.L1.opsc-ratified")
                .expectLevel(3, 1)
                .verify()
                .criterion("EU.C03.L1.directive-transposed").orElseThrow();
        assertThat(added.addedBy()).isEqualTo("eu");
        assertThat(added.pack()).isEqualTo("eu");
        assertThat(added.weight()).isEqualTo(2);
        assertThat(added.replacedBy()).isNull();
        assertThat(added.exemptFor()).isNull();
    }

    @Test
    void directiveNotTransposedHoldsGermanyAtZeroButDenmarkIsExemptAndReachesBuilding() {
        CriterionResult germany = member("DE", LEGISLATION_BUILDING)
                .with("eu.directive_2011_93.transposed", false)
                .expectUnmet("EU.C03.L1.directive-transposed")
                .expectMet("C03.L1.csam-offences", "C03.L1.opsc-ratified")
                .expectLevel(3, 0)
                .expectScore(3, 17.6) // 3 of 17: the base's 15 and the directive's 2
                .verify()
                .criterion("EU.C03.L1.directive-transposed").orElseThrow();
        assertThat(germany.waivedBy()).isNull();
        assertThat(germany.exemptFor()).isNull();

        CriterionResult denmark = member("DK", LEGISLATION_BUILDING)
                .with("eu.directive_2011_93.transposed", false)
                .expectWaived("EU.C03.L1.directive-transposed")
                .expectMet("C03.L1.csam-offences", "C03.L1.opsc-ratified")
                .expectLevel(3, 1)
                .expectScore(3, 20.0) // 3 of 15: an exempt criterion counts nowhere
                .verify()
                .criterion("EU.C03.L1.directive-transposed").orElseThrow();
        assertThat(denmark.exemptFor()).isEqualTo("DK");
        assertThat(denmark.waivedBy()).isEqualTo("eu");
        assertThat(denmark.reason()).contains("Denmark", "Directive 2011/93/EU", "Protocol No 22");
    }

    @Test
    void denmarkIsExemptWhateverItsEvidenceAndWithoutTheMembershipNothingIsExempt() {
        member("DK", LEGISLATION_BUILDING)
                .expectWaived("EU.C03.L1.directive-transposed")
                .expectLevel(3, 1)
                .verify();
        member("DK", LEGISLATION_BUILDING)
                .with("eu.directive_2011_93.transposed", true)
                .expectWaived("EU.C03.L1.directive-transposed")
                .verify();
        Assessment outside = country("DK", LEGISLATION_BUILDING).expectLevel(3, 1).verify();
        assertThat(outside.criterion("EU.C03.L1.directive-transposed")).isEmpty();
    }

    @Test
    void missingTranspositionEvidenceIsUnknownForGermany() {
        member("DE", LEGISLATION_BUILDING)
                .expectUnknown("EU.C03.L1.directive-transposed")
                .expectLevel(3, 0)
                .verify();
    }

    // --- added: EU.C08.L2.individual-assessment, exempt for Denmark

    @Test
    void individualAssessmentIsMetAndSupportReachesDeveloping() {
        member(SUPPORT_DEVELOPING)
                .with("eu.victims_directive.individual_assessment", true)
                .expectMet("EU.C08.L2.individual-assessment", "C08.L2.documented-pathway", "C08.L2.full-service-range")
                .expectLevel(8, 2)
                .verify();
    }

    @Test
    void noIndividualAssessmentHoldsGermanyAtBuildingWhileDenmarkIsExempt() {
        member("DE", SUPPORT_DEVELOPING)
                .with("eu.victims_directive.individual_assessment", false)
                .expectUnmet("EU.C08.L2.individual-assessment")
                .expectLevel(8, 1)
                .verify();
        CriterionResult denmark = member("DK", SUPPORT_DEVELOPING)
                .with("eu.victims_directive.individual_assessment", false)
                .expectWaived("EU.C08.L2.individual-assessment")
                .expectLevel(8, 2)
                .verify()
                .criterion("EU.C08.L2.individual-assessment").orElseThrow();
        assertThat(denmark.exemptFor()).isEqualTo("DK");
        assertThat(denmark.reason()).contains("Directive 2012/29/EU", "Protocol No 22");
    }

    @Test
    void anAddedCriterionCountsInTheLevelThatOtherCapabilitiesRead() {
        member(HELPLINE, SUPPORT_DEVELOPING)
                .with("helpline.number_type", "harmonised_116111")
                .with("eu.victims_directive.individual_assessment", false)
                .expectLevel(8, 1)
                .expectUnmet("C11.L3.support-referral")
                .expectLevel(11, 2)
                .verify();
        member(HELPLINE, SUPPORT_DEVELOPING)
                .with("helpline.number_type", "harmonised_116111")
                .with("eu.victims_directive.individual_assessment", true)
                .expectLevel(8, 2)
                .expectMet("C11.L3.support-referral")
                .expectLevel(11, 4)
                .verify();
    }

    // --- added: EU.C02.L3.interim-regulation-statistics, withinYears(2)

    @Test
    void statisticsPublishedExactlyTwoYearsAgoAreMetAndResearchReachesEstablished() {
        CriterionResult added = member(RESEARCH_ESTABLISHED)
                .with("eu.regulation_2021_1232.statistics_date", "2024-06-30")
                .expectMet("EU.C02.L3.interim-regulation-statistics", "C02.L3.integrated-data-sources", "C02.L3.threat-assessment")
                .expectLevel(2, 3)
                .verify()
                .criterion("EU.C02.L3.interim-regulation-statistics").orElseThrow();
        assertThat(added.addedBy()).isEqualTo("eu");
        assertThat(added.evidence()).extracting(CitedEvidence::key).containsExactly("eu.regulation_2021_1232.statistics_date");
    }

    @Test
    void statisticsOneDayTooOldAreUnmetAndHoldResearchAtDevelopingAndNotExemptForDenmark() {
        member(RESEARCH_ESTABLISHED)
                .with("eu.regulation_2021_1232.statistics_date", "2024-06-29")
                .expectUnmet("EU.C02.L3.interim-regulation-statistics")
                .expectLevel(2, 2)
                .verify();
        // The Regulation is internal-market law, which binds Denmark.
        member("DK", RESEARCH_ESTABLISHED)
                .with("eu.regulation_2021_1232.statistics_date", "2024-06-29")
                .expectUnmet("EU.C02.L3.interim-regulation-statistics")
                .expectLevel(2, 2)
                .verify();
    }

    // --- added: EU.C16.L2.removal-under-article-25, includesAll, exempt for Denmark

    @Test
    void bothArticle25MeasuresAreMetAndTakedownReachesDeveloping() {
        member(TAKEDOWN_DEVELOPING)
                .with("eu.directive_2011_93.article_25", ARTICLE_25)
                .expectMet("EU.C16.L2.removal-under-article-25", "C16.L2.evidence-preservation", "C16.L2.removal-deadline")
                .expectLevel(16, 2)
                .verify();
    }

    @Test
    void domesticRemovalAloneIsUnmetForGermanyAndExemptForDenmark() {
        member("DE", TAKEDOWN_DEVELOPING)
                .with("eu.directive_2011_93.article_25", List.of("prompt_removal_hosted_in_territory"))
                .expectUnmet("EU.C16.L2.removal-under-article-25")
                .expectLevel(16, 1)
                .verify();
        member("DE", TAKEDOWN_DEVELOPING)
                .expectUnknown("EU.C16.L2.removal-under-article-25")
                .expectLevel(16, 1)
                .verify();
        CriterionResult denmark = member("DK", TAKEDOWN_DEVELOPING)
                .with("eu.directive_2011_93.article_25", List.of("prompt_removal_hosted_in_territory"))
                .expectWaived("EU.C16.L2.removal-under-article-25")
                .expectLevel(16, 2)
                .verify()
                .criterion("EU.C16.L2.removal-under-article-25").orElseThrow();
        assertThat(denmark.exemptFor()).isEqualTo("DK");
    }

    // --- added: EU.C12.L4.trusted-flagger

    @Test
    void trustedFlaggerStatusIsMetAndCompletesTheHotline() {
        member(HOTLINE, LAW_ENFORCEMENT_DEVELOPING)
                .with("eu.data_retention.measures", List.of("ip_address_retention"))
                .with("eu.dsa.hotline_trusted_flagger", true)
                .expectMet("EU.C12.L4.trusted-flagger", "C12.L4.quality-review", "C12.L4.takedown-24h")
                .expectLevel(12, 4)
                .expectScore(12, 100.0)
                .verify();
    }

    @Test
    void noTrustedFlaggerStatusIsUnmetAndHoldsTheHotlineAtEstablished() {
        member(HOTLINE, LAW_ENFORCEMENT_DEVELOPING)
                .with("eu.data_retention.measures", List.of("ip_address_retention"))
                .with("eu.dsa.hotline_trusted_flagger", false)
                .expectUnmet("EU.C12.L4.trusted-flagger")
                .expectLevel(12, 3)
                .expectScore(12, 91.7) // 11 of 12
                .verify();
    }

    // --- replaced: C04.L2.data-retention (a waiver in 1.x)

    @Test
    void ipAddressRetentionOrTargetedRetentionMeetsTheReplacedDataRetentionCriterion() {
        for (String measure : List.of("ip_address_retention", "targeted_retention")) {
            CriterionResult replaced = member(LAW_ENFORCEMENT_DEVELOPING)
                    .with("eu.data_retention.measures", List.of(measure))
                    .expectMet("C04.L2.data-retention", "C04.L2.digital-forensics", "C04.L2.investigative-powers")
                    .expectLevel(4, 2)
                    .expectScore(4, 50.0) // 7 of 14
                    .verify()
                    .criterion("C04.L2.data-retention").orElseThrow();
            assertThat(replaced.replacedBy()).isEqualTo("eu");
            assertThat(replaced.replacedTitle()).isEqualTo(BASE_DATA_RETENTION_TITLE);
            assertThat(replaced.pack()).isEqualTo("eu");
            assertThat(replaced.waivedBy()).isNull();
            assertThat(replaced.evidence()).extracting(CitedEvidence::key).containsExactly("eu.data_retention.measures");
        }
    }

    @Test
    void preservationAndIdentityDataAloneAreUnmetWhateverTheBaseRetentionPeriod() {
        member(LAW_ENFORCEMENT_DEVELOPING)
                .with("eu.data_retention.measures", List.of("expedited_preservation", "civil_identity_retention"))
                .with("lawenforcement.data_retention_months", 24)
                .expectUnmet("C04.L2.data-retention")
                .expectLevel(4, 1)
                .verify();
    }

    @Test
    void missingRetentionMeasuresAreUnknownNotWaived() {
        CriterionResult replaced = member(LAW_ENFORCEMENT_DEVELOPING)
                .with("lawenforcement.data_retention_months", 24)
                .expectUnknown("C04.L2.data-retention")
                .expectLevel(4, 1)
                .verify()
                .criterion("C04.L2.data-retention").orElseThrow();
        assertThat(replaced.missing()).containsExactly("eu.data_retention.measures");
        assertThat(replaced.status()).isNotEqualTo(Status.WAIVED);
    }

    // --- replaced: C11.L3.short-number

    @Test
    void the116111NumberMeetsTheReplacedShortNumberCriterion() {
        CriterionResult replaced = member(HELPLINE, SUPPORT_DEVELOPING)
                .with("eu.victims_directive.individual_assessment", true)
                .with("helpline.number_type", "harmonised_116111")
                .expectMet("C11.L3.short-number")
                .expectLevel(11, 4)
                .verify()
                .criterion("C11.L3.short-number").orElseThrow();
        assertThat(replaced.replacedBy()).isEqualTo("eu");
        assertThat(replaced.replacedTitle()).isEqualTo(BASE_SHORT_NUMBER_TITLE);
        assertThat(replaced.title()).isEqualTo("The helpline is reached on the harmonised EU number 116 111");
        assertThat(replaced.pack()).isEqualTo("eu");
        assertThat(replaced.addedBy()).isNull();
    }

    @Test
    void aNationalShortCodeMeetsTheBaseCriterionButNotTheReplacement() {
        CriterionResult replaced = member(HELPLINE, SUPPORT_DEVELOPING)
                .with("eu.victims_directive.individual_assessment", true)
                .with("helpline.number_type", "national_short_code")
                .expectUnmet("C11.L3.short-number")
                .expectLevel(11, 2)
                .verify()
                .criterion("C11.L3.short-number").orElseThrow();
        assertThat(replaced.replacedBy()).isEqualTo("eu");
        assertThat(replaced.replacedTitle()).isEqualTo(BASE_SHORT_NUMBER_TITLE);

        country(HELPLINE, SUPPORT_DEVELOPING)
                .with("helpline.number_type", "national_short_code")
                .expectMet("C11.L3.short-number")
                .expectLevel(11, 4)
                .verify();
    }

    // --- replaced: C15.L2.community-treatment, in force for Denmark too

    @Test
    void interventionProgrammesForAllThreeGroupsMeetTheReplacedCriterionWithoutBaseTreatment() {
        CriterionResult replaced = member(PREVENTION)
                .with("eu.intervention_programmes", List.of("fear_of_offending", "during_proceedings", "after_conviction"))
                .with("prevention.treatment_non_convicted", false)
                .expectMet("C15.L2.community-treatment", "C15.L2.deterrence-messaging")
                .expectLevel(15, 2)
                .verify()
                .criterion("C15.L2.community-treatment").orElseThrow();
        assertThat(replaced.replacedBy()).isEqualTo("eu");
        assertThat(replaced.replacedTitle()).isEqualTo(BASE_COMMUNITY_TREATMENT_TITLE);
        assertThat(replaced.pack()).isEqualTo("eu");
        assertThat(replaced.weight()).isEqualTo(2);
        assertThat(replaced.evidence()).extracting(CitedEvidence::key).containsExactly("eu.intervention_programmes");
    }

    @Test
    void interventionProgrammesMissingAGroupAreUnmetEvenWithBaseTreatmentAndForDenmarkToo() {
        for (String code : List.of("DE", "DK")) {
            member(code, PREVENTION)
                    .with("eu.intervention_programmes", List.of("fear_of_offending", "during_proceedings"))
                    .with("prevention.treatment_non_convicted", true)
                    .expectUnmet("C15.L2.community-treatment")
                    .expectLevel(15, 1)
                    .verify();
        }
    }

    @Test
    void missingInterventionProgrammesAreUnknownEvenWithBaseTreatment() {
        CriterionResult replaced = member(PREVENTION)
                .with("prevention.treatment_non_convicted", true)
                .expectUnknown("C15.L2.community-treatment")
                .expectLevel(15, 1)
                .verify()
                .criterion("C15.L2.community-treatment").orElseThrow();
        assertThat(replaced.missing()).containsExactly("eu.intervention_programmes");
    }

    // --- the variant waives nothing

    @Test
    void theVariantWaivesNothingForAMemberThatIsNotExempt() {
        Assessment assessment = member("DE", LEGISLATION_BUILDING, LAW_ENFORCEMENT_DEVELOPING, SUPPORT_DEVELOPING, TAKEDOWN_DEVELOPING).assess();
        assertThat(assessment.capabilities().stream().flatMap(c -> c.criteria().stream()))
                .allSatisfy(c -> assertThat(c.status()).as("status of %s", c.id()).isNotEqualTo(Status.WAIVED));
    }

    // --- without the membership

    @Test
    void withoutTheMembershipNothingIsAddedOrReplaced() {
        Assessment assessment = country(LEGISLATION_BUILDING, LAW_ENFORCEMENT_DEVELOPING, HELPLINE, SUPPORT_DEVELOPING, PREVENTION)
                .with("lawenforcement.data_retention_months", 6)
                .with("helpline.number_type", "national_short_code")
                .with("prevention.treatment_non_convicted", true)
                .expectLevel(3, 1)
                .expectMet("C04.L2.data-retention")
                .expectLevel(4, 2)
                .expectMet("C11.L3.short-number", "C15.L2.community-treatment")
                .expectLevel(15, 2)
                .verify();
        assertThat(assessment.criterion("EU.C03.L1.directive-transposed")).isEmpty();
        assertThat(assessment.criterion("EU.C08.L2.individual-assessment")).isEmpty();
        assertThat(assessment.criterion("EU.C12.L4.trusted-flagger")).isEmpty();
        assertThat(assessment.criterion("EU.C16.L2.removal-under-article-25")).isEmpty();
        CriterionResult retention = assessment.criterion("C04.L2.data-retention").orElseThrow();
        assertThat(retention.replacedBy()).isNull();
        assertThat(retention.title()).isEqualTo(BASE_DATA_RETENTION_TITLE);
        assertThat(assessment.criterion("C11.L3.short-number").orElseThrow().replacedBy()).isNull();
        assertThat(assessment.criterion("C11.L3.short-number").orElseThrow().title()).isEqualTo(BASE_SHORT_NUMBER_TITLE);
        assertThat(assessment.criterion("C15.L2.community-treatment").orElseThrow().replacedBy()).isNull();
        assertThat(assessment.packs()).extracting(PackVersion::id).containsExactly("mnr");
    }

    @Test
    void withoutTheMembershipVariantEvidenceIsIgnoredWithAWarning() {
        Assessment assessment = country(PREVENTION)
                .with("eu.intervention_programmes", List.of("fear_of_offending", "during_proceedings", "after_conviction"))
                .with("prevention.treatment_non_convicted", false)
                .expectUnmet("C15.L2.community-treatment")
                .expectLevel(15, 1)
                .verify();
        assertThat(assessment.warnings()).anySatisfy(w -> assertThat(w).contains("eu.intervention_programmes"));
    }

    @Test
    void noVariantsIgnoresTheMembership() {
        Assessment assessment = member("DK", LAW_ENFORCEMENT_DEVELOPING, HELPLINE, SUPPORT_DEVELOPING, LEGISLATION_BUILDING)
                .noVariants()
                .with("helpline.number_type", "national_short_code")
                .expectUnknown("C04.L2.data-retention")
                .expectLevel(4, 1)
                .expectMet("C11.L3.short-number")
                .expectLevel(11, 4)
                .verify();
        assertThat(assessment.criterion("EU.C08.L2.individual-assessment")).isEmpty();
        assertThat(assessment.criterion("EU.C03.L1.directive-transposed")).isEmpty();
        assertThat(assessment.criterion("C04.L2.data-retention").orElseThrow().replacedBy()).isNull();
        assertThat(assessment.packs()).extracting(PackVersion::id).containsExactly("mnr");
    }

    @Test
    void namingTheVariantAppliesItWithoutTheMembershipAndStillExemptsDenmark() {
        country(LAW_ENFORCEMENT_DEVELOPING)
                .variants("eu")
                .with("eu.data_retention.measures", List.of("targeted_retention"))
                .expectMet("C04.L2.data-retention")
                .expectLevel(4, 2)
                .verify();
        country("DK", LEGISLATION_BUILDING)
                .variants("eu")
                .expectWaived("EU.C03.L1.directive-transposed")
                .expectLevel(3, 1)
                .verify();
    }

    // --- scores with the added weight: capability 3 weighs 15 in the base pack and 17 with the directive

    @Test
    void scoresOverTheCombinedWeight() {
        member("DE")
                .with("treaties.opsc.status", "party")
                .expectMet("C03.L1.opsc-ratified")
                .expectScore(3, 5.9) // 1 of 17 = 5.88
                .verify();
        member("DE", LEGISLATION_BUILDING)
                .with("eu.directive_2011_93.transposed", true)
                .expectScore(3, 29.4) // 5 of 17 = 29.41
                .verify();
        country("DE", LEGISLATION_BUILDING)
                .expectScore(3, 20.0) // 3 of 15 without the variant
                .verify();
    }
}
