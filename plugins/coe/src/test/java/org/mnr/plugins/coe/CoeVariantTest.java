package org.mnr.plugins.coe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mnr.engine.model.Criterion;
import org.mnr.engine.pack.PackRules;
import org.mnr.engine.pack.TextFallback;
import org.mnr.engine.result.Assessment;
import org.mnr.engine.result.CitedEvidence;
import org.mnr.engine.result.CriterionResult;
import org.mnr.engine.result.PackVersion;
import org.mnr.engine.result.Status;
import org.mnr.testkit.PackCase;
import org.mnr.testkit.PackHarness;

/** The Council of Europe variant (coe.yaml, pack.yaml 2.0.0): what it adds and replaces, and when it applies. */
class CoeVariantTest {

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
            Map.entry("governance.progress_report_date", "2025-11-01"),
            Map.entry("governance.strategy.evaluation_date", "2023-05-01"),
            Map.entry("governance.international_support", true));
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

    // Base evidence: capability 4 at every level (with capability 7 at Developing for C04.L3.image-database-access).
    private static final Map<String, Object> LAW_ENFORCEMENT = Map.ofEntries(
            Map.entry("lawenforcement.ncmec_referrals_access", true),
            Map.entry("lawenforcement.specialist_unit.exists", true),
            Map.entry("lawenforcement.data_retention_months", 12),
            Map.entry("lawenforcement.digital_forensics", "in_house_basic"),
            Map.entry("lawenforcement.covert_online_powers", true),
            Map.entry("lawenforcement.expedited_preservation", true),
            Map.entry("lawenforcement.officer_wellbeing", true),
            Map.entry("lawenforcement.dedicated_budget", true),
            Map.entry("lawenforcement.trained_units_pct", 80),
            Map.entry("lawenforcement.victims_identified_published", true),
            Map.entry("lawenforcement.forensic_turnaround_days", 60),
            Map.entry("lawenforcement.international_networks", List.of("interpol_specialists_group", "network_24_7",
                    "joint_international_operations")));
    private static final Map<String, Object> IMAGE_DATABASES_DEVELOPING = Map.of(
            "imagedb.icse_access", "via_ncb",
            "imagedb.national_database.exists", true,
            "imagedb.forensic_integration", true);

    // Base evidence: capability 8 at every level except the replaced centres criterion (with capability 9 at Developing).
    private static final Map<String, Object> SUPPORT = Map.of(
            "support.services", List.of("medical", "psychosocial", "legal_aid", "shelter", "case_management"),
            "support.referral_pathway", "documented_sop",
            "support.funding", "state_recurrent",
            "support.child_feedback", true,
            "support.outcomes_measured", true,
            "support.therapy_wait_days", 21);
    private static final Map<String, Object> WORKFORCE_DEVELOPING = Map.of(
            "workforce.online_csea_curriculum", true,
            "workforce.statutory_service", true,
            "workforce.regulation", "regulated_profession",
            "workforce.trained_pct", 60);

    private static final String BASE_CENTRES_TITLE = "Multi-agency child-friendly centres serve at least half of regions";
    private static final String BASE_INSTRUMENT_TITLE = "The state is party to a binding regional or international instrument on online CSEA";
    private static final String COE_INSTRUMENT_TITLE = "The state is party to the Lanzarote Convention or to the UN Convention against Cybercrime";

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
        return country(evidence).memberships("CoE");
    }

    private static PackRules coe() {
        return PACKS.engine().packRules().stream().filter(p -> p.pack().id().equals("coe")).findFirst().orElseThrow();
    }

    // --- the pack

    @Test
    void theVariantIsVersionTwoWithTwoAddedCriteriaAndTwoReplacements() {
        PackRules coe = coe();
        assertThat(PACKS.engine().packRules()).extracting(p -> p.pack().id()).containsExactly("mnr", "coe");
        assertThat(coe.pack().descriptor().isVariant()).isTrue();
        assertThat(coe.pack().descriptor().version()).hasToString("2.0.0");
        assertThat(coe.pack().descriptor().appliesTo()).containsExactly("CoE");
        assertThat(coe.pack().waivers()).isEmpty();
        assertThat(coe.criteria()).extracting(Criterion::id).containsExactly(
                "C03.L2.binding-instrument", "C08.L3.child-friendly-centres",
                "COE.C01.L4.lanzarote-monitoring", "COE.C04.L4.e-evidence-protocol");
        assertThat(coe.criteria()).allSatisfy(c -> assertThat(c.title()).doesNotEndWith("."));
        assertThat(coe.criteria()).allSatisfy(c -> assertThat(c.exempt()).isEmpty());
    }

    @Test
    void theVariantsTextsAreInFrenchAndSpanishWithNothingLeftInEnglish() {
        for (String language : List.of("fr", "es")) {
            assertThat(PACKS.engine().texts(language).fallbacks()).extracting(TextFallback::pack).as(language).doesNotContain("coe");
        }
        assertThat(PACKS.engine().texts("fr").criterionTitle("COE.C01.L4.lanzarote-monitoring")).contains("Comité de Lanzarote");
        assertThat(PACKS.engine().texts("es").criterionTitle("COE.C01.L4.lanzarote-monitoring")).contains("Comité de Lanzarote");
        assertThat(PACKS.engine().texts("fr").criterionTitle("C03.L2.binding-instrument", "coe")).contains("Convention de Lanzarote");
        assertThat(PACKS.engine().texts("es").criterionTitle("C03.L2.binding-instrument", "coe")).contains("Convenio de Lanzarote");
    }

    @Test
    void theVariantLintsCleanWithoutWarnings() {
        // Lint's warnings say that every criterion has a source (pack.missing-source) and every threshold or time window a
        // rationale (pack.missing-rationale), among others.
        assertThat(PACKS.lintProblems()).isEmpty();
        assertThat(PACKS.lintWarnings()).isEmpty();
    }

    // --- added: COE.C01.L4.lanzarote-monitoring, withinYears(5)

    @Test
    void lanzaroteMonitoringReplyExactlyFiveYearsAgoIsMetAndCompletesLeadership() {
        Assessment assessment = member(LEADERSHIP, RESEARCH_DEVELOPING)
                .with("coe.lanzarote.monitoring_reply_date", "2021-06-30")
                .expectMet("COE.C01.L4.lanzarote-monitoring", "C01.L4.independent-evaluation", "C01.L4.international-support")
                .expectLevel(1, 4)
                .expectScore(1, 100.0)
                .verify();
        CriterionResult added = assessment.criterion("COE.C01.L4.lanzarote-monitoring").orElseThrow();
        assertThat(added.addedBy()).isEqualTo("coe");
        assertThat(added.pack()).isEqualTo("coe");
        assertThat(added.replacedBy()).isNull();
        assertThat(added.waivedBy()).isNull();
        assertThat(added.level()).isEqualTo(4);
        assertThat(added.evidence()).extracting(CitedEvidence::key).containsExactly("coe.lanzarote.monitoring_reply_date");
        assertThat(assessment.packs()).extracting(PackVersion::id).containsExactly("mnr", "coe");
    }

    @Test
    void lanzaroteMonitoringReplyOneDayTooOldIsUnmetOrInTheFutureInvalidAndHoldsLeadershipAtEstablished() {
        member(LEADERSHIP, RESEARCH_DEVELOPING)
                .with("coe.lanzarote.monitoring_reply_date", "2021-06-29")
                .expectUnmet("COE.C01.L4.lanzarote-monitoring")
                .expectMet("C01.L4.independent-evaluation", "C01.L4.international-support")
                .expectLevel(1, 3)
                .expectScore(1, 92.3) // 12 of 13: the base's 12 and the variant's 1
                .verify();
        // A date after the assessment is invalid input (docs/model.md), not an unmet criterion.
        member(LEADERSHIP, RESEARCH_DEVELOPING)
                .with("coe.lanzarote.monitoring_reply_date", "2026-07-01")
                .verifyInvalid("coe.lanzarote.monitoring_reply_date is 2026-07-01, after assessedOn 2026-06-30");
    }

    @Test
    void missingLanzaroteMonitoringReplyIsUnknown() {
        CriterionResult result = member(LEADERSHIP, RESEARCH_DEVELOPING)
                .expectUnknown("COE.C01.L4.lanzarote-monitoring")
                .expectLevel(1, 3)
                .verify()
                .criterion("COE.C01.L4.lanzarote-monitoring").orElseThrow();
        assertThat(result.missing()).containsExactly("coe.lanzarote.monitoring_reply_date");
    }

    // --- replaced: C03.L2.binding-instrument, Lanzarote or the UN Convention against Cybercrime

    @Test
    void aLanzarotePartyMeetsTheReplacedInstrumentCriterionAndLegislationReachesDeveloping() {
        CriterionResult replaced = member(LEGISLATION_DEVELOPING)
                .with("treaties.lanzarote.status", "party")
                .expectMet("C03.L2.binding-instrument", "C03.L2.child-under-18", "C03.L2.core-offences-and-grooming")
                .expectLevel(3, 2)
                .verify()
                .criterion("C03.L2.binding-instrument").orElseThrow();
        assertThat(replaced.replacedBy()).isEqualTo("coe");
        assertThat(replaced.replacedTitle()).isEqualTo(BASE_INSTRUMENT_TITLE);
        assertThat(replaced.title()).isEqualTo(COE_INSTRUMENT_TITLE);
        assertThat(replaced.pack()).isEqualTo("coe");
        assertThat(replaced.weight()).isEqualTo(1);
        assertThat(replaced.evidence()).extracting(CitedEvidence::key).containsExactly("treaties.lanzarote.status");
    }

    @Test
    void aPartyToTheUnConventionAgainstCybercrimeAloneMeetsTheReplacedCriterion() {
        member(LEGISLATION_DEVELOPING)
                .with("treaties.un_cybercrime.status", "party")
                .expectMet("C03.L2.binding-instrument")
                .expectLevel(3, 2)
                .verify();
    }

    @Test
    void aMemberPartyOnlyToTheBudapestConventionDoesNotMeetTheReplacementButWouldMeetTheBaseCriterion() {
        // The Budapest Convention criminalises CSAM (Art. 9) but not grooming; for members the replacement asks for both.
        // Its evidence cannot make it met, but an unrecorded Lanzarote status could: the criterion is unknown, not unmet.
        CriterionResult replaced = member(LEGISLATION_DEVELOPING)
                .with("treaties.budapest.status", "party")
                .expectUnknown("C03.L2.binding-instrument")
                .expectLevel(3, 1)
                .verify()
                .criterion("C03.L2.binding-instrument").orElseThrow();
        assertThat(replaced.missing()).containsExactly("treaties.lanzarote.status", "treaties.un_cybercrime.status");
        country(LEGISLATION_DEVELOPING)
                .with("treaties.budapest.status", "party")
                .expectMet("C03.L2.binding-instrument")
                .expectLevel(3, 2)
                .verify();
    }

    @Test
    void aMemberPartyOnlyToTheBudapestConventionAndRecordedNotPartyToTheOthersIsUnmet() {
        // The replacement accepts only the Lanzarote Convention and the UN Convention against Cybercrime; with both
        // recorded as not_party (or signed only), nothing can meet it: unmet, not unknown.
        member(LEGISLATION_DEVELOPING)
                .with("treaties.budapest.status", "party")
                .with("treaties.lanzarote.status", "signatory")
                .with("treaties.un_cybercrime.status", "not_party")
                .expectUnmet("C03.L2.binding-instrument")
                .expectLevel(3, 1)
                .verify();
    }

    @Test
    void aNonMemberPartyToLanzaroteMeetsTheBaseCriterionWhateverItsMemberships() {
        // Tunisia: party to the Lanzarote Convention since 1 February 2020, not a Council of Europe member.
        Assessment tunisia = country("TN", LEGISLATION_DEVELOPING)
                .with("treaties.lanzarote.status", "party")
                .expectMet("C03.L2.binding-instrument")
                .expectLevel(3, 2)
                .verify();
        CriterionResult base = tunisia.criterion("C03.L2.binding-instrument").orElseThrow();
        assertThat(base.pack()).isEqualTo("mnr");
        assertThat(base.replacedBy()).isNull();
        assertThat(base.title()).isEqualTo(BASE_INSTRUMENT_TITLE);
        assertThat(tunisia.packs()).extracting(PackVersion::id).containsExactly("mnr");
        assertThat(tunisia.warnings()).isEmpty();

        // With the variant named, the same party status meets the replacement: it reads party status, not membership.
        country("TN", LEGISLATION_DEVELOPING)
                .variants("coe")
                .with("treaties.lanzarote.status", "party")
                .expectMet("C03.L2.binding-instrument")
                .expectLevel(3, 2)
                .verify();
    }

    @Test
    void theRetiredRatificationKeyIsIgnoredWithAWarningNamingItsReplacement() {
        Assessment assessment = member(LEGISLATION_DEVELOPING)
                .with("coe.lanzarote.ratified", true)
                .expectUnknown("C03.L2.binding-instrument")
                .expectLevel(3, 1)
                .verify();
        assertThat(assessment.warnings()).anySatisfy(w -> assertThat(w).contains("coe.lanzarote.ratified", "2.0.0"));
    }

    @Test
    void anInstrumentCriterionCountsInTheLevelThatOtherCapabilitiesRead() {
        Map<String, Object> judiciaryToLevelThree = Map.of(
                "judiciary.training_audiences", List.of("prosecutors", "judges", "court_staff"),
                "judiciary.prosecution_guidance", true,
                "judiciary.specialist_prosecutors", true,
                "judiciary.case_outcomes_recorded", true,
                "judiciary.remote_testimony_courts_pct", 80);
        member(LEGISLATION_DEVELOPING, judiciaryToLevelThree)
                .with("treaties.budapest.status", "party")
                .expectLevel(3, 1)
                .expectUnknown("C05.L3.legislation-in-place")
                .expectLevel(5, 2)
                .verify();
        member(LEGISLATION_DEVELOPING, judiciaryToLevelThree)
                .with("treaties.lanzarote.status", "party")
                .expectLevel(3, 2)
                .expectMet("C05.L3.legislation-in-place")
                .expectLevel(5, 3)
                .verify();
    }

    // --- added: COE.C04.L4.e-evidence-protocol, status of the Second Additional Protocol

    @Test
    void partyToTheSecondProtocolIsMetAndCompletesLawEnforcement() {
        member(LAW_ENFORCEMENT, IMAGE_DATABASES_DEVELOPING)
                .with("coe.budapest_second_protocol.status", "party")
                .expectMet("COE.C04.L4.e-evidence-protocol", "C04.L4.forensic-turnaround", "C04.L4.international-networks")
                .expectLevel(4, 4)
                .verify();
    }

    @Test
    void aSignatoryOfTheSecondProtocolIsUnmet() {
        // COE.C04.L4.e-evidence-protocol asks for a party (the Protocol in force for the state); signing is not enough.
        member(LAW_ENFORCEMENT, IMAGE_DATABASES_DEVELOPING)
                .with("coe.budapest_second_protocol.status", "signatory")
                .expectUnmet("COE.C04.L4.e-evidence-protocol")
                .expectLevel(4, 3)
                .verify();
    }

    @Test
    void noProtocolStatusIsUnknownAndTheRetiredStatusKeyIsIgnoredWithAWarning() {
        CriterionResult added = member(LAW_ENFORCEMENT, IMAGE_DATABASES_DEVELOPING)
                .expectUnknown("COE.C04.L4.e-evidence-protocol")
                .expectLevel(4, 3)
                .verify()
                .criterion("COE.C04.L4.e-evidence-protocol").orElseThrow();
        assertThat(added.missing()).containsExactly("coe.budapest_second_protocol.status");

        Assessment retired = member(LAW_ENFORCEMENT, IMAGE_DATABASES_DEVELOPING)
                .with("coe.budapest.status", "party_and_second_protocol")
                .expectUnknown("COE.C04.L4.e-evidence-protocol")
                .expectLevel(4, 3)
                .verify();
        assertThat(retired.warnings()).anySatisfy(w -> assertThat(w).contains("coe.budapest.status"));
    }

    // --- replaced: C08.L3.child-friendly-centres

    @Test
    void barnahusCoverageOfHalfTheRegionsMeetsTheReplacedCriterionWhateverTheBaseCoverage() {
        Assessment assessment = member(SUPPORT, WORKFORCE_DEVELOPING)
                .with("coe.barnahus.standards_coverage_pct", 50)
                .with("support.child_friendly_centre_coverage_pct", 0)
                .expectMet("C08.L3.child-friendly-centres")
                .expectLevel(8, 4)
                .verify();
        CriterionResult replaced = assessment.criterion("C08.L3.child-friendly-centres").orElseThrow();
        assertThat(replaced.replacedBy()).isEqualTo("coe");
        assertThat(replaced.replacedTitle()).isEqualTo(BASE_CENTRES_TITLE);
        assertThat(replaced.title()).isEqualTo("Barnahus meeting the European Barnahus Quality Standards serve at least half of regions");
        assertThat(replaced.pack()).isEqualTo("coe");
        assertThat(replaced.addedBy()).isNull();
        assertThat(replaced.waivedBy()).isNull();
        assertThat(replaced.level()).isEqualTo(3);
        assertThat(replaced.weight()).isEqualTo(1);
        assertThat(replaced.evidence()).extracting(CitedEvidence::key).containsExactly("coe.barnahus.standards_coverage_pct");
    }

    @Test
    void barnahusCoverageBelowHalfIsUnmetEvenWithFullBaseCentreCoverage() {
        CriterionResult replaced = member(SUPPORT, WORKFORCE_DEVELOPING)
                .with("coe.barnahus.standards_coverage_pct", 49)
                .with("support.child_friendly_centre_coverage_pct", 100)
                .expectUnmet("C08.L3.child-friendly-centres")
                .expectLevel(8, 2)
                .verify()
                .criterion("C08.L3.child-friendly-centres").orElseThrow();
        assertThat(replaced.replacedBy()).isEqualTo("coe");
        assertThat(replaced.replacedTitle()).isEqualTo(BASE_CENTRES_TITLE);
    }

    @Test
    void missingBarnahusCoverageIsUnknownEvenWithBaseCentreCoverageGiven() {
        CriterionResult replaced = member(SUPPORT, WORKFORCE_DEVELOPING)
                .with("support.child_friendly_centre_coverage_pct", 100)
                .expectUnknown("C08.L3.child-friendly-centres")
                .expectLevel(8, 2)
                .verify()
                .criterion("C08.L3.child-friendly-centres").orElseThrow();
        assertThat(replaced.missing()).containsExactly("coe.barnahus.standards_coverage_pct");
    }

    @Test
    void theVariantWaivesNothing() {
        Assessment assessment = member(LEADERSHIP, LEGISLATION_DEVELOPING, LAW_ENFORCEMENT, SUPPORT).assess();
        assertThat(assessment.capabilities().stream().flatMap(c -> c.criteria().stream()))
                .allSatisfy(c -> {
                    assertThat(c.status()).as("status of %s", c.id()).isNotEqualTo(Status.WAIVED);
                    assertThat(c.waivedBy()).isNull();
                });
    }

    // --- without the membership

    @Test
    void withoutTheMembershipTheAddedCriteriaAreAbsentAndTheBaseCriteriaAreInForce() {
        Assessment assessment = country(LEADERSHIP, RESEARCH_DEVELOPING, LEGISLATION_DEVELOPING, SUPPORT, WORKFORCE_DEVELOPING)
                .with("treaties.budapest.status", "party")
                .with("support.child_friendly_centre_coverage_pct", 50)
                .expectMet("C03.L2.binding-instrument", "C08.L3.child-friendly-centres")
                .expectLevel(1, 4)
                .expectLevel(3, 2)
                .expectLevel(8, 4)
                .verify();
        assertThat(assessment.criterion("COE.C01.L4.lanzarote-monitoring")).isEmpty();
        assertThat(assessment.criterion("COE.C04.L4.e-evidence-protocol")).isEmpty();
        CriterionResult centres = assessment.criterion("C08.L3.child-friendly-centres").orElseThrow();
        assertThat(centres.replacedBy()).isNull();
        assertThat(centres.replacedTitle()).isNull();
        assertThat(centres.title()).isEqualTo(BASE_CENTRES_TITLE);
        assertThat(centres.pack()).isEqualTo("mnr");
        assertThat(assessment.criterion("C03.L2.binding-instrument").orElseThrow().title()).isEqualTo(BASE_INSTRUMENT_TITLE);
        assertThat(assessment.packs()).extracting(PackVersion::id).containsExactly("mnr");
    }

    @Test
    void withoutTheMembershipVariantEvidenceIsIgnoredWithAWarning() {
        Assessment assessment = country(SUPPORT, WORKFORCE_DEVELOPING)
                .with("coe.barnahus.standards_coverage_pct", 100)
                .with("support.child_friendly_centre_coverage_pct", 49)
                .expectUnmet("C08.L3.child-friendly-centres")
                .expectLevel(8, 2)
                .verify();
        assertThat(assessment.warnings()).anySatisfy(w -> assertThat(w).contains("coe.barnahus.standards_coverage_pct"));
    }

    @Test
    void anotherRegionsMembershipDoesNotApplyTheVariant() {
        Assessment assessment = country(LEGISLATION_DEVELOPING).memberships("EU", "AU")
                .with("treaties.budapest.status", "party")
                .expectLevel(3, 2)
                .verify();
        assertThat(assessment.criterion("C03.L2.binding-instrument").orElseThrow().replacedBy()).isNull();
        assertThat(assessment.packs()).extracting(PackVersion::id).containsExactly("mnr");
    }

    @Test
    void noVariantsIgnoresTheMembership() {
        Assessment assessment = member(LEADERSHIP, RESEARCH_DEVELOPING, LEGISLATION_DEVELOPING, SUPPORT, WORKFORCE_DEVELOPING)
                .noVariants()
                .with("treaties.budapest.status", "party")
                .with("support.child_friendly_centre_coverage_pct", 50)
                .expectMet("C03.L2.binding-instrument", "C08.L3.child-friendly-centres")
                .expectLevel(1, 4)
                .expectLevel(3, 2)
                .expectLevel(8, 4)
                .verify();
        assertThat(assessment.criterion("COE.C01.L4.lanzarote-monitoring")).isEmpty();
        assertThat(assessment.criterion("COE.C04.L4.e-evidence-protocol")).isEmpty();
        assertThat(assessment.criterion("C03.L2.binding-instrument").orElseThrow().replacedBy()).isNull();
        assertThat(assessment.criterion("C08.L3.child-friendly-centres").orElseThrow().replacedBy()).isNull();
        assertThat(assessment.packs()).extracting(PackVersion::id).containsExactly("mnr");
    }

    @Test
    void namingTheVariantAppliesItWithoutTheMembership() {
        Assessment assessment = country(LEGISLATION_DEVELOPING)
                .variants("coe")
                .expectUnknown("C03.L2.binding-instrument")
                .expectLevel(3, 1)
                .verify();
        assertThat(assessment.criterion("C03.L2.binding-instrument").orElseThrow().replacedBy()).isEqualTo("coe");
    }
}
