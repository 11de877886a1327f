package org.mnr.rules;

import java.util.List;
import java.util.Map;

/**
 * Evidence that meets the base pack's criteria, capability by capability and level by level, for
 * tests that need a capability (their own or one a cross-capability criterion reads) at a given level.
 *
 * <p>{@link #own(int, int)} gives only the capability's own evidence keys; {@link #reaching(int, int)}
 * adds the evidence of the capabilities its cross-capability criteria read, so that the capability
 * reaches exactly that level. The values are chosen to meet the levels asked for and no more: where
 * a key serves two levels (e.g. a takedown time of 48 hours meets 72 hours but not 24), the lower
 * level's value fails the higher level's criterion.
 */
final class Fixtures {

    /** The assessment date of every case unless it sets its own. */
    static final String ASSESSED_ON = "2026-06-30";

    private Fixtures() {
    }

    /** A cross-capability criterion: at {@code atLevel}, it needs {@code capability} at {@code needs} or above. */
    record Dependency(int atLevel, int capability, int needs) {
    }

    /** The cross-capability criteria of the base pack, by the capability that holds them. */
    static final Map<Integer, Dependency> DEPENDENCIES = Map.ofEntries(
            Map.entry(1, new Dependency(3, 2, 2)),
            Map.entry(4, new Dependency(3, 7, 2)),
            Map.entry(5, new Dependency(3, 3, 2)),
            Map.entry(8, new Dependency(3, 9, 2)),
            Map.entry(10, new Dependency(4, 5, 3)),
            Map.entry(11, new Dependency(3, 8, 2)),
            Map.entry(12, new Dependency(3, 4, 2)),
            Map.entry(13, new Dependency(4, 14, 2)),
            Map.entry(15, new Dependency(4, 6, 3)),
            Map.entry(16, new Dependency(3, 12, 2)),
            Map.entry(17, new Dependency(3, 4, 2)),
            Map.entry(19, new Dependency(4, 16, 3)),
            Map.entry(20, new Dependency(3, 21, 2)));

    /** The capability's own evidence meeting its key-reading criteria of levels 1 to {@code upToLevel}. */
    static EvidenceMap own(int capability, int upToLevel) {
        List<EvidenceMap> levels = levels(capability);
        EvidenceMap evidence = EvidenceMap.none();
        for (int level = 1; level <= upToLevel; level++) {
            evidence = evidence.and(levels.get(level - 1));
        }
        return evidence;
    }

    /**
     * Evidence with which the capability reaches exactly {@code level} (its cross-capability criteria of
     * levels up to it met, the next level not met).
     */
    static EvidenceMap reaching(int capability, int level) {
        EvidenceMap evidence = own(capability, level);
        Dependency dependency = DEPENDENCIES.get(capability);
        if (dependency != null && dependency.atLevel() <= level) {
            evidence = reaching(dependency.capability(), dependency.needs()).and(evidence);
        }
        return evidence;
    }

    /** Every criterion of the capability met, cross-capability ones included: level 4. */
    static EvidenceMap complete(int capability) {
        return reaching(capability, 4);
    }

    private static List<EvidenceMap> levels(int capability) {
        switch (capability) {
            case 1:
                return List.of(
                        EvidenceMap.of("governance.body.exists", true, "governance.ministerial_commitment", true),
                        EvidenceMap.of("governance.strategy.adopted_date", "2024-01-15", "governance.body.mandate", "statutory"),
                        EvidenceMap.of("governance.strategy.dedicated_budget", true, "governance.body.members", List.of("government",
                                "law_enforcement", "child_protection", "education", "industry", "civil_society"),
                                "governance.progress_report_date", "2025-06-01"),
                        EvidenceMap.of("governance.strategy.evaluation_date", "2023-05-01", "governance.international_support", true));
            case 2:
                return List.of(
                        EvidenceMap.of("research.admin_data.disaggregation", "by_offence", "research.situational_analysis.exists", true),
                        EvidenceMap.of("research.ethics_guidelines", true, "research.prevalence_survey.last_date", "2023-03-01",
                                "research.assessment_endorsed", true),
                        EvidenceMap.of("research.data_sources", List.of("police_records", "prosecution_records", "court_records",
                                "hotline_data", "helpline_data", "industry_reports"), "research.threat_assessment.last_date", "2025-09-01",
                                "research.outcome_indicators", "monitored"),
                        EvidenceMap.of("research.statistics_published", true, "research.international_benchmarking", true,
                                "research.prevalence_survey.rounds", 2));
            case 3:
                return List.of(
                        EvidenceMap.of("legislation.icmec_criteria", List.of("csam_specific_legislation", "csam_defined"),
                                "treaties.opsc.status", "party"),
                        EvidenceMap.of("legislation.child_age_threshold", 18, "legislation.criminalised_acts",
                                List.of("production", "distribution", "possession", "online_grooming"),
                                "treaties.lanzarote.status", "party"),
                        EvidenceMap.of("legislation.child_victim_safeguards", List.of("recorded_testimony", "no_direct_confrontation",
                                "support_person", "non_punishment"), "legislation.icmec_criteria", List.of("csam_specific_legislation",
                                "csam_defined", "technology_facilitated_offences", "knowing_possession", "isp_reporting"),
                                "legislation.mandatory_reporting_professionals", true, "legislation.communications_data_oversight", true),
                        EvidenceMap.of("legislation.criminalised_acts", List.of("production", "distribution", "possession",
                                "online_grooming", "knowing_access", "sexual_extortion", "live_streaming_abuse", "ai_generated_csam"),
                                "legislation.extraterritorial_jurisdiction", "no_dual_criminality"));
            case 4:
                return List.of(
                        EvidenceMap.of("lawenforcement.ncmec_referrals_access", true, "lawenforcement.specialist_unit.exists", true),
                        EvidenceMap.of("lawenforcement.data_retention_months", 12, "lawenforcement.digital_forensics", "in_house_basic",
                                "lawenforcement.covert_online_powers", true, "lawenforcement.expedited_preservation", true,
                                "lawenforcement.production_orders", false, "lawenforcement.officer_wellbeing", true),
                        EvidenceMap.of("lawenforcement.trained_units_pct", 80, "lawenforcement.victims_identified_published", true,
                                "lawenforcement.dedicated_budget", true),
                        EvidenceMap.of("lawenforcement.forensic_turnaround_days", 60, "lawenforcement.international_networks",
                                List.of("interpol_specialists_group", "network_24_7", "joint_international_operations")));
            case 5:
                return List.of(
                        EvidenceMap.of("judiciary.training_audiences", List.of("prosecutors"), "judiciary.prosecution_guidance", true),
                        EvidenceMap.of("judiciary.training_audiences", List.of("prosecutors", "judges", "court_staff"),
                                "judiciary.specialist_prosecutors", true),
                        EvidenceMap.of("judiciary.case_outcomes_recorded", true, "judiciary.remote_testimony_courts_pct", 80),
                        EvidenceMap.of("judiciary.specialisation", "specialised_courts", "judiciary.case_duration_months", 10,
                                "judiciary.conviction_statistics_published", true));
            case 6:
                return List.of(
                        EvidenceMap.of("offender.employment_vetting", true, "offender.register.exists", true),
                        EvidenceMap.of("offender.risk_assessment", "structured", "offender.treatment_prison", true),
                        EvidenceMap.of("offender.multi_agency_arrangements", true, "offender.travel_notification", true,
                                "offender.interpol_green_notices", true, "offender.device_monitoring", false),
                        EvidenceMap.of("offender.reoffending_study_date", "2022-01-01", "offender.treatment_coverage_pct", 60));
            case 7:
                return List.of(
                        EvidenceMap.of("imagedb.icse_access", "via_ncb", "imagedb.national_database.exists", true),
                        EvidenceMap.of("imagedb.forensic_integration", true),
                        EvidenceMap.of("imagedb.icse_contributions_last_year", 3, "imagedb.icse_trained_users", 4),
                        EvidenceMap.of("imagedb.hash_sharing", List.of("interpol_icse", "national_hotline", "industry"),
                                "imagedb.interpol_baseline", true, "imagedb.icse_access", "direct_connection"));
            case 8:
                return List.of(
                        EvidenceMap.of("support.services", List.of("medical", "psychosocial"), "support.referral_pathway", "informal"),
                        EvidenceMap.of("support.referral_pathway", "documented_sop", "support.services",
                                List.of("medical", "psychosocial", "legal_aid", "shelter", "case_management")),
                        EvidenceMap.of("support.child_friendly_centre_coverage_pct", 60, "support.funding", "state_recurrent"),
                        EvidenceMap.of("support.child_feedback", true, "support.outcomes_measured", true, "support.therapy_wait_days", 21));
            case 9:
                return List.of(
                        EvidenceMap.of("workforce.online_csea_curriculum", true, "workforce.statutory_service", true),
                        EvidenceMap.of("workforce.regulation", "regulated_profession", "workforce.trained_pct", 60),
                        EvidenceMap.of("workforce.training_audiences", List.of("social_workers", "police", "health_workers", "teachers",
                                "helpline_staff"), "workforce.supervision_support", true),
                        EvidenceMap.of("workforce.caseload_median", 18, "workforce.training_evaluation_date", "2024-01-01"));
            case 10:
                return List.of(
                        EvidenceMap.of("remedies.compensation_basis", "civil_claim_only", "remedies.independent_institution",
                                "childrens_ombudsperson"),
                        EvidenceMap.of("remedies.free_legal_aid", true, "remedies.limitation_period", "suspended_until_majority",
                                "treaties.opic.status", "party"),
                        EvidenceMap.of("remedies.child_complaints_mechanism", true, "remedies.compensation_basis", "state_scheme",
                                "remedies.image_removal_support", true),
                        EvidenceMap.of("remedies.awards_paid_pct", 80));
            case 11:
                return List.of(
                        EvidenceMap.of("helpline.free_of_charge", true, "helpline.exists", true),
                        EvidenceMap.of("helpline.hours_per_week", 168, "helpline.counsellors_trained_pct", 90),
                        EvidenceMap.of("helpline.channels", List.of("voice", "chat"), "helpline.number_type", "harmonised_116111",
                                "helpline.chi_membership", "full_member"),
                        EvidenceMap.of("helpline.answer_rate_pct", 85));
            case 12:
                return List.of(
                        EvidenceMap.of("hotline.exists", true, "hotline.law_enforcement_agreement", true),
                        EvidenceMap.of("hotline.analyst_welfare", true, "hotline.inhope_member", true),
                        EvidenceMap.of("hotline.iccam_used", true, "hotline.median_takedown_hours", 48),
                        EvidenceMap.of("hotline.quality_review_date", "2024-01-01", "hotline.median_takedown_hours", 20));
            case 13:
                return List.of(
                        EvidenceMap.of("education.programme.exists", true, "education.campaign_date", "2024-09-01"),
                        EvidenceMap.of("education.audiences", List.of("children", "parents_carers", "teachers"),
                                "education.curriculum_status", "mandatory"),
                        EvidenceMap.of("education.schools_reached_pct", 80, "education.teachers_trained_pct", 55),
                        EvidenceMap.of("education.evaluation_date", "2022-01-01"));
            case 14:
                return List.of(
                        EvidenceMap.of("participation.ethical_standards", true, "participation.policy_commitment", true),
                        EvidenceMap.of("participation.last_consultation_date", "2025-01-01", "participation.mechanism", "standing_advisory_group"),
                        EvidenceMap.of("participation.represented_groups", List.of("girls", "boys", "children_with_disabilities",
                                "minority_groups"), "participation.feedback_given", true),
                        EvidenceMap.of("participation.codesigned_programmes", 3, "participation.dedicated_budget", true));
            case 15:
                return List.of(
                        EvidenceMap.of("prevention.practitioner_guidance", true, "prevention.helpline.exists", true),
                        EvidenceMap.of("prevention.treatment_non_convicted", true, "prevention.deterrence_messaging", true,
                                "prevention.hsb_services", true),
                        EvidenceMap.of("prevention.funding", "multi_year_state", "prevention.treatment_regions_pct", 60,
                                "prevention.family_support", true),
                        EvidenceMap.of("prevention.evaluation_date", "2022-01-01"));
            case 16:
                return List.of(
                        EvidenceMap.of("takedown.cross_border_route", true, "takedown.notice_procedure", true),
                        EvidenceMap.of("takedown.evidence_preservation", true, "takedown.removal_deadline_hours", 24),
                        EvidenceMap.of("takedown.compliance_pct", 95, "takedown.moderator_wellbeing", true, "takedown.blocking_abroad", true),
                        EvidenceMap.of("takedown.reappearance_monitoring", true, "takedown.transparency_reports", true));
            case 17:
                return List.of(
                        EvidenceMap.of("reporting.competent_authority", true, "reporting.provider_guidance", true),
                        EvidenceMap.of("reporting.safe_harbour", true, "reporting.standard_format", true),
                        EvidenceMap.of("reporting.triage_median_days", 14),
                        EvidenceMap.of("reporting.local_language_tools_pct", 95, "reporting.triage_median_days", 5));
            case 18:
                return List.of(
                        EvidenceMap.of("innovation.tools_deployed", List.of("hash_matching"), "innovation.stakeholder_forum", true),
                        EvidenceMap.of("innovation.funded_projects_3y", 2, "innovation.safety_by_design", "voluntary_principles"),
                        EvidenceMap.of("innovation.hash_matching_pct", 80, "innovation.rights_safeguards", true),
                        EvidenceMap.of("innovation.tools_deployed", List.of("hash_matching", "url_lists", "csam_classifiers",
                                "grooming_classifiers", "deterrence_messages"), "innovation.tools_shared_internationally", true));
            case 19:
                return List.of(
                        EvidenceMap.of("csr.industry_commitment", true, "csr.industry_funding", true),
                        EvidenceMap.of("csr.child_rights_due_diligence", true, "csr.sectors_engaged",
                                List.of("ict", "telecom", "financial", "travel_tourism")),
                        EvidenceMap.of("csr.financial_detection", true, "csr.the_code_members", 5),
                        EvidenceMap.of("csr.transparency_reports_pct", 80));
            case 20:
                return List.of(
                        EvidenceMap.of("media.guidelines", "outlet_level", "media.victim_identity_protection", true),
                        EvidenceMap.of("media.journalism_curriculum", true, "media.guidelines", "national_voluntary_code"),
                        EvidenceMap.of("media.complaints_body", true),
                        EvidenceMap.of("media.monitoring_date", "2024-01-01", "media.compliant_coverage_pct", 85));
            case 21:
                return List.of(
                        EvidenceMap.of("terminology.luxembourg_referenced", true, "terminology.national_language_version", true),
                        EvidenceMap.of("terminology.adopters", List.of("government", "law_enforcement", "child_protection"),
                                "terminology.in_training", true),
                        EvidenceMap.of("terminology.adopters", List.of("government", "law_enforcement", "judiciary", "child_protection",
                                "education", "industry", "media"), "terminology.legislative_language", "partially_updated"),
                        EvidenceMap.of("terminology.legislative_language", "fully_updated", "terminology.review_date", "2022-01-01"));
            default:
                throw new IllegalArgumentException("no capability " + capability);
        }
    }
}
