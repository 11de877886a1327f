package org.mnr.plugins.au;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mnr.engine.model.Criterion;
import org.mnr.engine.pack.PackRules;
import org.mnr.engine.pack.TextFallback;
import org.mnr.engine.result.Assessment;
import org.mnr.engine.result.CriterionResult;
import org.mnr.engine.result.PackVersion;
import org.mnr.engine.result.Status;
import org.mnr.testkit.PackCase;
import org.mnr.testkit.PackHarness;

/** The African Union variant (au.yaml, pack.yaml 2.0.0): what it adds, and when it applies. */
class AuVariantTest {

    private static final PackHarness PACKS = PackHarness.onClassPath();

    // Base evidence: capability 1 at levels 1 and 2.
    private static final Map<String, Object> LEADERSHIP_DEVELOPING = Map.of(
            "governance.body.exists", true,
            "governance.ministerial_commitment", true,
            "governance.strategy.adopted_date", "2024-01-15",
            "governance.body.mandate", "statutory");

    // Base evidence: capability 1 at levels 3 and 4 (with capability 2 at Developing for C01.L3.evidence-informed).
    private static final Map<String, Object> LEADERSHIP_UPPER = Map.of(
            "governance.strategy.dedicated_budget", true,
            "governance.body.members", List.of("government", "law_enforcement", "child_protection", "education",
                    "industry", "civil_society"),
            "governance.progress_report_date", "2025-11-01",
            "governance.strategy.evaluation_date", "2023-05-01",
            "governance.international_support", true);
    private static final Map<String, Object> RESEARCH_DEVELOPING = Map.of(
            "research.admin_data.disaggregation", "by_offence",
            "research.situational_analysis.exists", true,
            "research.assessment_endorsed", true,
            "research.ethics_guidelines", true,
            "research.prevalence_survey.last_date", "2023-03-01");

    // Base evidence: capability 3 at level 1 and at level 2 except C03.L2.binding-instrument.
    private static final Map<String, Object> LEGISLATION_DEVELOPING = Map.of(
            "legislation.icmec_criteria", List.of("csam_specific_legislation", "csam_defined"),
            "treaties.opsc.status", "party",
            "legislation.child_age_threshold", 18,
            "legislation.criminalised_acts", List.of("production", "distribution", "possession", "online_grooming"));

    // Base evidence: capability 12 at levels 1 and 2 except C12.L1.hotline-or-portal.
    private static final Map<String, Object> HOTLINE_WITHOUT_EXISTENCE = Map.of(
            "hotline.law_enforcement_agreement", true,
            "hotline.analyst_welfare", true,
            "hotline.inhope_member", true);

    private static final String BASE_HOTLINE_TITLE = "A national hotline or a reporting portal receives reports of online CSAM";
    private static final String BASE_INSTRUMENT_TITLE = "The state is party to a binding regional or international instrument on online CSEA";

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

    private static PackRules au() {
        return PACKS.engine().packRules().stream().filter(p -> p.pack().id().equals("au")).findFirst().orElseThrow();
    }

    // --- the pack

    @Test
    void theVariantIsVersionTwoWithThreeAddedCriteriaAndNoReplacementOrWaiver() {
        PackRules au = au();
        assertThat(PACKS.engine().packRules()).extracting(p -> p.pack().id()).containsExactly("mnr", "au");
        assertThat(au.pack().descriptor().version()).hasToString("2.0.0");
        assertThat(au.pack().descriptor().appliesTo()).containsExactly("AU");
        assertThat(au.pack().waivers()).isEmpty();
        // 1.x had AU.C03.L2.malabo-ratified (now one alternative of the base's C03.L2.binding-instrument) and replaced
        // C12.L1.hotline-exists (the base now accepts a reporting portal).
        assertThat(au.criteria()).extracting(Criterion::id).containsExactly(
                "AU.C01.L3.child-online-safety-policy", "AU.C01.L4.acerwc-reporting", "AU.C03.L1.acrwc-ratified");
    }

    @Test
    void theVariantsTextsAreInFrenchAndSpanishWithNothingLeftInEnglish() {
        for (String language : List.of("fr", "es")) {
            assertThat(PACKS.engine().texts(language).fallbacks()).extracting(TextFallback::pack).as(language).doesNotContain("au");
        }
        assertThat(PACKS.engine().texts("fr").criterionTitle("AU.C01.L3.child-online-safety-policy")).contains("Politique de l'UA");
        assertThat(PACKS.engine().texts("es").criterionTitle("AU.C01.L3.child-online-safety-policy")).contains("Política de la UA");
    }

    @Test
    void theVariantLintsCleanWithoutWarnings() {
        // Lint's warnings say that every criterion has a source (pack.missing-source) and every threshold or time window a
        // rationale (pack.missing-rationale), among others.
        assertThat(PACKS.lintProblems()).isEmpty();
        assertThat(PACKS.lintWarnings()).isEmpty();
    }

    // --- added: AU.C01.L3.child-online-safety-policy

    @Test
    void aNationalPolicyDomesticatingTheAuPolicyIsMetAndLeadershipReachesEstablished() {
        CriterionResult added = member(LEADERSHIP_DEVELOPING, LEADERSHIP_UPPER, RESEARCH_DEVELOPING)
                .with("au.cosep.national_policy", true)
                .expectMet("AU.C01.L3.child-online-safety-policy", "C01.L3.funded-strategy", "C01.L3.progress-reported")
                .expectLevel(1, 3)
                .verify()
                .criterion("AU.C01.L3.child-online-safety-policy").orElseThrow();
        assertThat(added.addedBy()).isEqualTo("au");
        assertThat(added.pack()).isEqualTo("au");
        assertThat(added.level()).isEqualTo(3);
    }

    @Test
    void noDomesticatedPolicyIsUnmetAndHoldsLeadershipAtDevelopingNotBelow() {
        member(LEADERSHIP_DEVELOPING, LEADERSHIP_UPPER, RESEARCH_DEVELOPING)
                .with("au.cosep.national_policy", false)
                .with("au.acerwc.last_report_date", "2025-01-01")
                .expectUnmet("AU.C01.L3.child-online-safety-policy")
                .expectMet("AU.C01.L4.acerwc-reporting")
                .expectLevel(1, 2)
                .expectScore(1, 92.9) // 13 of 14: the base's 12 and the ACERWC report, not the policy
                .verify();
        member(LEADERSHIP_DEVELOPING)
                .with("au.cosep.national_policy", false)
                .expectLevel(1, 2)
                .verify();
    }

    // --- added: AU.C01.L4.acerwc-reporting, withinYears(3)

    @Test
    void reportToTheAcerwcExactlyThreeYearsAgoIsMetAndCompletesLeadership() {
        CriterionResult added = member(LEADERSHIP_DEVELOPING, LEADERSHIP_UPPER, RESEARCH_DEVELOPING)
                .with("au.cosep.national_policy", true)
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
        member(LEADERSHIP_DEVELOPING, LEADERSHIP_UPPER, RESEARCH_DEVELOPING)
                .with("au.cosep.national_policy", true)
                .with("au.acerwc.last_report_date", "2023-06-29")
                .expectUnmet("AU.C01.L4.acerwc-reporting")
                .expectMet("C01.L4.independent-evaluation", "C01.L4.international-support")
                .expectLevel(1, 3)
                .verify();
        // A date after the assessment is invalid input (docs/model.md), not an unmet criterion.
        member(LEADERSHIP_DEVELOPING, LEADERSHIP_UPPER, RESEARCH_DEVELOPING)
                .with("au.acerwc.last_report_date", "2026-07-01")
                .verifyInvalid("au.acerwc.last_report_date is 2026-07-01, after assessedOn 2026-06-30");
        member(LEADERSHIP_DEVELOPING, LEADERSHIP_UPPER, RESEARCH_DEVELOPING)
                .with("au.cosep.national_policy", true)
                .expectUnknown("AU.C01.L4.acerwc-reporting")
                .expectLevel(1, 3)
                .verify();
    }

    // --- added: AU.C03.L1.acrwc-ratified, keyed on the Charter's status key

    @Test
    void aPartyToTheCharterMeetsTheCriterionAndLegislationReachesBuilding() {
        CriterionResult added = member(LEGISLATION_DEVELOPING)
                .with("au.acrwc.status", "party")
                .expectMet("AU.C03.L1.acrwc-ratified", "C03.L1.csam-offences", "C03.L1.opsc-ratified")
                .expectLevel(3, 1)
                .verify()
                .criterion("AU.C03.L1.acrwc-ratified").orElseThrow();
        assertThat(added.addedBy()).isEqualTo("au");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not_party", "signatory"})
    void aCharterNonPartyOrSignatoryIsUnmetAndHoldsLegislationAtZero(String status) {
        // AU.C03.L1.acrwc-ratified asks that the state be party to the Charter (in force for it): unmet, not unknown.
        member(LEGISLATION_DEVELOPING)
                .with("au.acrwc.status", status)
                .expectUnmet("AU.C03.L1.acrwc-ratified")
                .expectLevel(3, 0)
                .verify();
    }

    @Test
    void noCharterStatusIsUnknownAndHoldsLegislationAtZeroAndTheRetiredKeyIsIgnoredWithAWarning() {
        CriterionResult added = member(LEGISLATION_DEVELOPING)
                .expectUnknown("AU.C03.L1.acrwc-ratified")
                .expectLevel(3, 0)
                .verify()
                .criterion("AU.C03.L1.acrwc-ratified").orElseThrow();
        assertThat(added.missing()).containsExactly("au.acrwc.status");

        Assessment retired = member(LEGISLATION_DEVELOPING)
                .with("au.acrwc.ratified", true)
                .expectUnknown("AU.C03.L1.acrwc-ratified")
                .expectLevel(3, 0)
                .verify();
        assertThat(retired.warnings()).anySatisfy(w -> assertThat(w).contains("au.acrwc.ratified", "2.0.0"));
    }

    // --- the Malabo Convention: one alternative of the base criterion, no longer this variant's gate at Developing

    @Test
    void aMalaboPartyMeetsTheBaseInstrumentCriterionWhichTheVariantDoesNotReplace() {
        CriterionResult instrument = member(LEGISLATION_DEVELOPING)
                .with("au.acrwc.status", "party")
                .with("treaties.malabo.status", "party")
                .expectMet("C03.L2.binding-instrument", "C03.L2.child-under-18", "C03.L2.core-offences-and-grooming")
                .expectLevel(3, 2)
                .verify()
                .criterion("C03.L2.binding-instrument").orElseThrow();
        assertThat(instrument.pack()).isEqualTo("mnr");
        assertThat(instrument.replacedBy()).isNull();
        assertThat(instrument.title()).isEqualTo(BASE_INSTRUMENT_TITLE);
    }

    @Test
    void aMemberThatIsNotAMalaboPartyReachesDevelopingThroughAnotherBindingInstrument() {
        for (String treaty : List.of("treaties.budapest.status", "treaties.un_cybercrime.status")) {
            Assessment assessment = member(LEGISLATION_DEVELOPING)
                    .with("au.acrwc.status", "party")
                    .with("treaties.malabo.status", "not_party")
                    .with(treaty, "party")
                    .expectMet("C03.L2.binding-instrument")
                    .expectLevel(3, 2)
                    .verify();
            assertThat(assessment.criterion("AU.C03.L2.malabo-ratified")).isEmpty();
        }
    }

    @Test
    void theRetiredMalaboKeyIsIgnoredWithAWarning() {
        Assessment assessment = member(LEGISLATION_DEVELOPING)
                .with("au.acrwc.status", "party")
                .with("au.malabo.ratified", true)
                .expectUnknown("C03.L2.binding-instrument")
                .expectLevel(3, 1)
                .verify();
        assertThat(assessment.warnings()).anySatisfy(w -> assertThat(w).contains("au.malabo.ratified"));
    }

    // --- the reporting portal: now in the base pack

    @Test
    void aReportingPortalMeetsTheBaseHotlineCriterionWhichTheVariantNoLongerReplaces() {
        CriterionResult hotline = member(HOTLINE_WITHOUT_EXISTENCE)
                .with("hotline.exists", false)
                .with("hotline.reporting_portal", true)
                .expectMet("C12.L1.hotline-or-portal")
                .expectLevel(12, 2)
                .verify()
                .criterion("C12.L1.hotline-or-portal").orElseThrow();
        assertThat(hotline.pack()).isEqualTo("mnr");
        assertThat(hotline.replacedBy()).isNull();
        assertThat(hotline.title()).isEqualTo(BASE_HOTLINE_TITLE);
    }

    @Test
    void theRetiredPortalKeyIsIgnoredWithAWarning() {
        Assessment assessment = member(HOTLINE_WITHOUT_EXISTENCE)
                .with("hotline.exists", false)
                .with("au.reporting_portal.exists", true)
                .expectUnknown("C12.L1.hotline-or-portal")
                .expectLevel(12, 0)
                .verify();
        assertThat(assessment.warnings()).anySatisfy(w -> assertThat(w).contains("au.reporting_portal.exists"));
    }

    // --- the variant waives nothing

    @Test
    void theVariantWaivesNothing() {
        Assessment assessment = member(LEADERSHIP_DEVELOPING, LEGISLATION_DEVELOPING, HOTLINE_WITHOUT_EXISTENCE).assess();
        assertThat(assessment.capabilities().stream().flatMap(c -> c.criteria().stream()))
                .allSatisfy(c -> assertThat(c.status()).as("status of %s", c.id()).isNotEqualTo(Status.WAIVED));
    }

    // --- without the membership

    @Test
    void withoutTheMembershipTheAddedCriteriaAreAbsent() {
        Assessment assessment = country(LEADERSHIP_DEVELOPING, LEADERSHIP_UPPER, RESEARCH_DEVELOPING, LEGISLATION_DEVELOPING)
                .with("treaties.malabo.status", "party")
                .expectLevel(1, 4)
                .expectLevel(3, 2)
                .verify();
        assertThat(assessment.criterion("AU.C01.L3.child-online-safety-policy")).isEmpty();
        assertThat(assessment.criterion("AU.C01.L4.acerwc-reporting")).isEmpty();
        assertThat(assessment.criterion("AU.C03.L1.acrwc-ratified")).isEmpty();
        assertThat(assessment.packs()).extracting(PackVersion::id).containsExactly("mnr");
    }

    @Test
    void withoutTheMembershipVariantEvidenceIsIgnoredWithAWarning() {
        Assessment assessment = country(LEADERSHIP_DEVELOPING)
                .with("au.cosep.national_policy", true)
                .expectLevel(1, 2)
                .verify();
        assertThat(assessment.warnings()).anySatisfy(w -> assertThat(w).contains("au.cosep.national_policy"));
    }

    @Test
    void noVariantsIgnoresTheMembership() {
        Assessment assessment = member(LEADERSHIP_DEVELOPING, LEADERSHIP_UPPER, RESEARCH_DEVELOPING, LEGISLATION_DEVELOPING)
                .noVariants()
                .with("treaties.malabo.status", "party")
                .expectLevel(1, 4)
                .expectLevel(3, 2)
                .verify();
        assertThat(assessment.criterion("AU.C01.L4.acerwc-reporting")).isEmpty();
        assertThat(assessment.criterion("AU.C03.L1.acrwc-ratified")).isEmpty();
        assertThat(assessment.packs()).extracting(PackVersion::id).containsExactly("mnr");
    }

    @Test
    void namingTheVariantAppliesItWithoutTheMembership() {
        country(LEGISLATION_DEVELOPING)
                .variants("au")
                .with("au.acrwc.status", "party")
                .expectMet("AU.C03.L1.acrwc-ratified")
                .expectLevel(3, 1)
                .verify();
    }
}
