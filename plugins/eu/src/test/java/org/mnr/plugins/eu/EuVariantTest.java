package org.mnr.plugins.eu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mnr.engine.pack.PackRules;
import org.mnr.engine.model.Criterion;
import org.mnr.engine.pack.Waiver;
import org.mnr.engine.result.Assessment;
import org.mnr.engine.result.CitedEvidence;
import org.mnr.engine.result.CriterionResult;
import org.mnr.engine.result.PackVersion;
import org.mnr.testkit.PackCase;
import org.mnr.testkit.PackHarness;

/** The European Union variant (eu.drl, pack.yaml): what it adds, replaces and waives, and when it applies. */
class EuVariantTest {

    private static final PackHarness PACKS = PackHarness.onClassPath();

    // Base evidence: capability 3 at level 1.
    private static final Map<String, Object> LEGISLATION_BUILDING = Map.of(
            "legislation.icmec_criteria", List.of("csam_specific_legislation", "csam_defined"),
            "legislation.opsc_ratified", true);

    // Base evidence: capability 4 at levels 1 and 2, without data retention.
    private static final Map<String, Object> LAW_ENFORCEMENT_DEVELOPING = Map.of(
            "lawenforcement.ncmec_referrals_access", true,
            "lawenforcement.specialist_unit.exists", true,
            "lawenforcement.digital_forensics", "in_house_basic",
            "lawenforcement.covert_online_powers", true,
            "lawenforcement.expedited_preservation", true);

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

    // Base evidence: capability 15 at level 1 and the level-2 deterrence criterion.
    private static final Map<String, Object> PREVENTION = Map.of(
            "prevention.practitioner_guidance", true,
            "prevention.helpline.exists", true,
            "prevention.deterrence_messaging", true);

    // Base evidence: capability 17 at levels 1, 2 and the level-3 triage criterion.
    private static final Map<String, Object> REPORTING = Map.of(
            "reporting.competent_authority", true,
            "reporting.provider_guidance", true,
            "reporting.legal_duty", "duty_to_report",
            "reporting.standard_format", true,
            "reporting.triage_median_days", 14);

    private static final String BASE_SHORT_NUMBER_TITLE = "The helpline is reached on a national short code or 116 111";
    private static final String BASE_COMMUNITY_TREATMENT_TITLE = "Confidential treatment is available to people who fear they may offend";

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
        return country(evidence).memberships("EU");
    }

    // --- the pack

    @Test
    void theVariantIsLoadedWithItsAddedAndReplacedCriteriaAndOneWaiver() {
        PackRules eu = PACKS.engine().packRules().stream().filter(p -> p.pack().id().equals("eu")).findFirst().orElseThrow();
        assertThat(PACKS.engine().packRules()).extracting(p -> p.pack().id()).containsExactly("mnr", "eu");
        assertThat(eu.pack().descriptor().appliesTo()).containsExactly("EU");
        assertThat(eu.criteria()).extracting(Criterion::id).containsExactly(
                "C11.L3.short-number", "C15.L2.community-treatment",
                "EU.C03.L1.directive-transposed", "EU.C08.L2.individual-assessment", "EU.C12.L4.trusted-flagger");
        assertThat(eu.pack().waivers()).extracting(Waiver::id).containsExactly("C04.L2.data-retention");
    }

    // --- added: EU.C03.L1.directive-transposed

    @Test
    void transposedDirectiveIsMetAndLegislationReachesBuilding() {
        CriterionResult added = member(LEGISLATION_BUILDING)
                .with("eu.directive_2011_93.transposed", true)
                .expectMet("EU.C03.L1.directive-transposed", "C03.L1.csam-offences", "C03.L1.opsc-ratified")
                .expectLevel(3, 1)
                .verify()
                .criterion("EU.C03.L1.directive-transposed").orElseThrow();
        assertThat(added.addedBy()).isEqualTo("eu");
        assertThat(added.pack()).isEqualTo("eu");
        assertThat(added.weight()).isEqualTo(2);
        assertThat(added.replacedBy()).isNull();
    }

    @Test
    void directiveNotTransposedIsUnmetAndHoldsLegislationAtZero() {
        member(LEGISLATION_BUILDING)
                .with("eu.directive_2011_93.transposed", false)
                .expectUnmet("EU.C03.L1.directive-transposed")
                .expectMet("C03.L1.csam-offences", "C03.L1.opsc-ratified")
                .expectLevel(3, 0)
                .verify();
        member(LEGISLATION_BUILDING)
                .expectUnknown("EU.C03.L1.directive-transposed")
                .expectLevel(3, 0)
                .verify();
    }

    // --- added: EU.C08.L2.individual-assessment

    @Test
    void individualAssessmentIsMetAndSupportReachesDeveloping() {
        member(SUPPORT_DEVELOPING)
                .with("eu.victims_directive.individual_assessment", true)
                .expectMet("EU.C08.L2.individual-assessment", "C08.L2.documented-pathway", "C08.L2.full-service-range")
                .expectLevel(8, 2)
                .verify();
    }

    @Test
    void noIndividualAssessmentIsUnmetAndHoldsSupportAtBuilding() {
        member(SUPPORT_DEVELOPING)
                .with("eu.victims_directive.individual_assessment", false)
                .expectUnmet("EU.C08.L2.individual-assessment")
                .expectLevel(8, 1)
                .verify();
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

    // --- added: EU.C12.L4.trusted-flagger

    @Test
    void trustedFlaggerStatusIsMetAndCompletesTheHotline() {
        member(HOTLINE, LAW_ENFORCEMENT_DEVELOPING)
                .with("eu.dsa.hotline_trusted_flagger", true)
                .expectMet("EU.C12.L4.trusted-flagger", "C12.L4.quality-review", "C12.L4.takedown-24h")
                .expectLevel(12, 4)
                .expectScore(12, 100.0)
                .verify();
    }

    @Test
    void noTrustedFlaggerStatusIsUnmetAndHoldsTheHotlineAtEstablished() {
        member(HOTLINE, LAW_ENFORCEMENT_DEVELOPING)
                .with("eu.dsa.hotline_trusted_flagger", false)
                .expectUnmet("EU.C12.L4.trusted-flagger")
                .expectLevel(12, 3)
                .expectScore(12, 91.7) // 11 of 12
                .verify();
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

    // --- replaced: C15.L2.community-treatment

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
    void interventionProgrammesMissingAGroupAreUnmetEvenWithBaseTreatment() {
        member(PREVENTION)
                .with("eu.intervention_programmes", List.of("fear_of_offending", "during_proceedings"))
                .with("prevention.treatment_non_convicted", true)
                .expectUnmet("C15.L2.community-treatment")
                .expectLevel(15, 1)
                .verify();
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

    // --- waived: C04.L2.data-retention

    @Test
    void dataRetentionIsWaivedWithAReason() {
        CriterionResult waived = member(LAW_ENFORCEMENT_DEVELOPING)
                .expectWaived("C04.L2.data-retention")
                .verify()
                .criterion("C04.L2.data-retention").orElseThrow();
        assertThat(waived.waivedBy()).isEqualTo("eu");
        assertThat(waived.reason()).isNotBlank().contains("Court of Justice");
        assertThat(waived.replacedBy()).isNull();
        assertThat(waived.addedBy()).isNull();
    }

    @Test
    void theWaiverLetsLawEnforcementReachDevelopingWithoutDataRetentionEvidence() {
        member(LAW_ENFORCEMENT_DEVELOPING)
                .expectWaived("C04.L2.data-retention")
                .expectMet("C04.L2.digital-forensics", "C04.L2.investigative-powers")
                .expectLevel(4, 2)
                .expectScore(4, 45.5) // 5 of 11: the waived criterion counts nowhere
                .verify();
    }

    @Test
    void theWaiverHoldsEvenWhenRetentionIsGivenAndTooShort() {
        member(LAW_ENFORCEMENT_DEVELOPING)
                .with("lawenforcement.data_retention_months", 0)
                .expectWaived("C04.L2.data-retention")
                .expectLevel(4, 2)
                .expectScore(4, 45.5)
                .verify();
    }

    @Test
    void theWaiverLiftsTheLawEnforcementLevelThatOtherCapabilitiesRead() {
        member(LAW_ENFORCEMENT_DEVELOPING, REPORTING)
                .expectLevel(4, 2)
                .expectMet("C17.L3.police-capacity", "C17.L3.timely-triage")
                .expectLevel(17, 3)
                .verify();
        country(LAW_ENFORCEMENT_DEVELOPING, REPORTING)
                .expectUnknown("C04.L2.data-retention")
                .expectLevel(4, 1)
                // Model 1.1: capability 4's level 2 is unknown (data retention not given), so its level is open and
                // the criterion that reads it is unknown, not unmet.
                .expectUnknown("C17.L3.police-capacity")
                .expectLevel(17, 2)
                .verify();
    }

    // --- without the membership

    @Test
    void withoutTheMembershipNothingIsAddedReplacedOrWaived() {
        Assessment assessment = country(LEGISLATION_BUILDING, LAW_ENFORCEMENT_DEVELOPING, HELPLINE, SUPPORT_DEVELOPING, PREVENTION)
                .with("helpline.number_type", "national_short_code")
                .with("prevention.treatment_non_convicted", true)
                .expectLevel(3, 1)
                .expectUnknown("C04.L2.data-retention")
                .expectLevel(4, 1)
                .expectMet("C11.L3.short-number", "C15.L2.community-treatment")
                .expectLevel(15, 2)
                .verify();
        assertThat(assessment.criterion("EU.C03.L1.directive-transposed")).isEmpty();
        assertThat(assessment.criterion("EU.C08.L2.individual-assessment")).isEmpty();
        assertThat(assessment.criterion("EU.C12.L4.trusted-flagger")).isEmpty();
        assertThat(assessment.criterion("C04.L2.data-retention").orElseThrow().waivedBy()).isNull();
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
        Assessment assessment = member(LAW_ENFORCEMENT_DEVELOPING, HELPLINE, SUPPORT_DEVELOPING)
                .noVariants()
                .with("helpline.number_type", "national_short_code")
                .expectUnknown("C04.L2.data-retention")
                .expectLevel(4, 1)
                .expectMet("C11.L3.short-number")
                .expectLevel(11, 4)
                .verify();
        assertThat(assessment.criterion("EU.C08.L2.individual-assessment")).isEmpty();
        assertThat(assessment.criterion("C04.L2.data-retention").orElseThrow().waivedBy()).isNull();
        assertThat(assessment.packs()).extracting(PackVersion::id).containsExactly("mnr");
    }

    @Test
    void namingTheVariantAppliesItWithoutTheMembership() {
        country(LAW_ENFORCEMENT_DEVELOPING)
                .variants("eu")
                .expectWaived("C04.L2.data-retention")
                .expectLevel(4, 2)
                .verify();
    }

    // --- scores with the added weight: capability 3 weighs 14 in the base pack and 16 with the directive

    @Test
    void scoresOverTheCombinedWeightRoundHalfUp() {
        member()
                .with("legislation.opsc_ratified", true)
                .expectMet("C03.L1.opsc-ratified")
                .expectScore(3, 6.3) // 1 of 16 = 6.25
                .verify();
        member(LEGISLATION_BUILDING)
                .with("eu.directive_2011_93.transposed", true)
                .expectScore(3, 31.3) // 5 of 16 = 31.25
                .verify();
        country(LEGISLATION_BUILDING)
                .expectScore(3, 21.4) // 3 of 14 without the variant
                .verify();
    }
}
