package org.mnr.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mnr.testkit.PackCase;
import org.mnr.testkit.PackHarness;

/** Capability 2, Research, Analysis and Monitoring: c02-research-analysis-and-monitoring.drl. */
class C02ResearchAnalysisAndMonitoringTest {

    private static final PackHarness PACKS = PackHarness.onClassPath();

    private static PackCase given(EvidenceMap evidence) {
        return evidence.applyTo(PACKS.country("XA"));
    }

    // --- positive cases

    @Test
    void everyCriterionMetReachesMature() {
        given(Fixtures.complete(2))
                .expectMet("C02.L1.admin-data-recorded", "C02.L1.baseline-assessment",
                        "C02.L2.assessment-endorsed", "C02.L2.ethical-research", "C02.L2.prevalence-survey",
                        "C02.L3.integrated-data-sources", "C02.L3.outcome-indicators-monitored", "C02.L3.threat-assessment",
                        "C02.L4.open-comparable-data", "C02.L4.repeat-survey")
                .expectLevel(2, 4)
                .expectScore(2, 100.0)
                .verify();
    }

    @Test
    void levelsOneAndTwoMetWithAnOutdatedThreatAssessmentStopAtDeveloping() {
        given(Fixtures.own(2, 2).with("research.threat_assessment.last_date", "2024-06-29"))
                .expectMet("C02.L1.admin-data-recorded", "C02.L1.baseline-assessment",
                        "C02.L2.ethical-research", "C02.L2.prevalence-survey")
                .expectUnmet("C02.L3.threat-assessment")
                .expectUnknown("C02.L3.integrated-data-sources", "C02.L3.outcome-indicators-monitored", "C02.L4.repeat-survey",
                        "C02.L4.open-comparable-data")
                .expectLevel(2, 2)
                .expectScore(2, 50.0) // 6 of 12
                .verify();
    }

    // --- oneOf: administrative data

    @ParameterizedTest
    @ValueSource(strings = {"aggregate_only", "by_offence", "by_offence_age_sex"})
    void anyRecordedAdministrativeDataMeetsTheCriterion(String disaggregation) {
        given(Fixtures.own(2, 1).with("research.admin_data.disaggregation", disaggregation))
                .expectMet("C02.L1.admin-data-recorded")
                .expectLevel(2, 1)
                .verify();
    }

    @Test
    void noAdministrativeDataIsUnmetAndLeavesLevelZero() {
        given(Fixtures.own(2, 2).with("research.admin_data.disaggregation", "none"))
                .expectUnmet("C02.L1.admin-data-recorded")
                .expectMet("C02.L2.ethical-research", "C02.L2.prevalence-survey")
                .expectLevel(2, 0)
                .verify();
    }

    @Test
    void missingAdministrativeDataIsUnknownAndLeavesLevelZero() {
        given(Fixtures.own(2, 1).without("research.admin_data.disaggregation"))
                .expectUnknown("C02.L1.admin-data-recorded")
                .expectLevel(2, 0)
                .verify();
    }

    // --- anyOf: baseline assessment

    @Test
    void disruptingHarmReportAloneIsABaselineAssessment() {
        given(EvidenceMap.of("research.admin_data.disaggregation", "by_offence", "research.disrupting_harm_report", true))
                .expectMet("C02.L1.baseline-assessment")
                .expectLevel(2, 1)
                .verify();
    }

    @Test
    void baselineAssessmentWithBothBranchesFalseIsUnmet() {
        given(EvidenceMap.of("research.admin_data.disaggregation", "by_offence",
                "research.situational_analysis.exists", false, "research.disrupting_harm_report", false))
                .expectUnmet("C02.L1.baseline-assessment")
                .expectLevel(2, 0)
                .verify();
    }

    @Test
    void baselineAssessmentWithOneBranchFalseAndTheOtherMissingIsUnknown() {
        given(EvidenceMap.of("research.admin_data.disaggregation", "by_offence", "research.situational_analysis.exists", false))
                .expectUnknown("C02.L1.baseline-assessment")
                .expectLevel(2, 0)
                .verify();
    }

    // --- equals (boolean): ethics

    @Test
    void researchWithoutEthicalGuidanceIsUnmetAndStopsAtBuilding() {
        given(Fixtures.own(2, 2).with("research.ethics_guidelines", false))
                .expectUnmet("C02.L2.ethical-research")
                .expectLevel(2, 1)
                .verify();
        given(Fixtures.own(2, 2).without("research.ethics_guidelines"))
                .expectUnknown("C02.L2.ethical-research")
                .expectLevel(2, 1)
                .verify();
    }

    // --- withinYears(5): prevalence survey

    @Test
    void prevalenceSurveyExactlyFiveYearsOldIsRecent() {
        given(Fixtures.own(2, 2).with("research.prevalence_survey.last_date", "2021-06-30"))
                .expectMet("C02.L2.prevalence-survey")
                .expectLevel(2, 2)
                .verify();
    }

    @Test
    void prevalenceSurveyOneDayOlderThanFiveYearsIsUnmet() {
        given(Fixtures.own(2, 2).with("research.prevalence_survey.last_date", "2021-06-29"))
                .expectUnmet("C02.L2.prevalence-survey")
                .expectLevel(2, 1)
                .verify();
    }

    @Test
    void prevalenceSurveyDatedAfterTheAssessmentIsInvalidInput() {
        // A date after the assessment is invalid input (docs/model.md), not an unmet criterion.
        given(Fixtures.own(2, 2).with("research.prevalence_survey.last_date", "2026-07-01"))
                .verifyInvalid("research.prevalence_survey.last_date is 2026-07-01, after assessedOn 2026-06-30");
    }

    // --- withinYears(2): threat assessment

    @Test
    void threatAssessmentExactlyTwoYearsOldIsRecent() {
        given(Fixtures.own(2, 3).with("research.threat_assessment.last_date", "2024-06-30"))
                .expectMet("C02.L3.threat-assessment")
                .expectLevel(2, 3)
                .verify();
    }

    @Test
    void threatAssessmentOneDayOlderThanTwoYearsIsUnmetAndOneInTheFutureIsInvalidInput() {
        given(Fixtures.own(2, 3).with("research.threat_assessment.last_date", "2024-06-29"))
                .expectUnmet("C02.L3.threat-assessment")
                .expectLevel(2, 2)
                .verify();
        // A date after the assessment is invalid input (docs/model.md), not an unmet criterion.
        given(Fixtures.own(2, 3).with("research.threat_assessment.last_date", "2026-07-01"))
                .verifyInvalid("research.threat_assessment.last_date is 2026-07-01, after assessedOn 2026-06-30");
    }

    // --- includesAll: data sources

    @Test
    void monitoringWithExactlyTheSixRequiredSourcesIsIntegrated() {
        given(Fixtures.own(2, 3).withMembers("research.data_sources", "police_records", "prosecution_records",
                "court_records", "hotline_data", "helpline_data", "industry_reports"))
                .expectMet("C02.L3.integrated-data-sources")
                .expectLevel(2, 3)
                .verify();
    }

    @Test
    void monitoringWithoutIndustryReportsIsUnmet() {
        given(Fixtures.own(2, 3).withMembers("research.data_sources", "police_records", "prosecution_records",
                "court_records", "hotline_data", "helpline_data", "survey_data"))
                .expectUnmet("C02.L3.integrated-data-sources")
                .expectMet("C02.L3.threat-assessment")
                .expectLevel(2, 2)
                .verify();
    }

    // --- countAtLeast(2 of 3): open comparable data

    @Test
    void exactlyTwoOfThreeOpenDataConditionsMeetTheCriterion() {
        given(Fixtures.complete(2)
                .with("research.statistics_published", true)
                .with("research.international_benchmarking", true)
                .with("research.admin_data.disaggregation", "by_offence"))
                .expectMet("C02.L4.open-comparable-data")
                .expectLevel(2, 4)
                .verify();
    }

    @Test
    void detailedDataCountsAsOneOfTheOpenDataConditions() {
        given(Fixtures.complete(2)
                .with("research.statistics_published", true)
                .with("research.international_benchmarking", false)
                .with("research.admin_data.disaggregation", "by_offence_age_sex"))
                .expectMet("C02.L4.open-comparable-data")
                .expectLevel(2, 4)
                .verify();
    }

    @Test
    void allThreeOpenDataConditionsMeetTheCriterion() {
        given(Fixtures.complete(2).with("research.admin_data.disaggregation", "by_offence_age_sex"))
                .expectMet("C02.L4.open-comparable-data")
                .expectLevel(2, 4)
                .verify();
    }

    @Test
    void onlyOneOpenDataConditionWithTheOthersGivenFalseIsUnmet() {
        given(Fixtures.complete(2)
                .with("research.statistics_published", true)
                .with("research.international_benchmarking", false)
                .with("research.admin_data.disaggregation", "by_offence"))
                .expectUnmet("C02.L4.open-comparable-data")
                .expectMet("C02.L4.repeat-survey")
                .expectLevel(2, 3)
                .verify();
    }

    @Test
    void onlyOneOpenDataConditionWithAnotherKeyMissingIsUnknown() {
        given(Fixtures.complete(2)
                .with("research.statistics_published", true)
                .without("research.international_benchmarking")
                .with("research.admin_data.disaggregation", "by_offence"))
                .expectUnknown("C02.L4.open-comparable-data")
                .expectLevel(2, 3)
                .verify();
    }

    // --- atLeast(2): survey rounds

    @Test
    void twoSurveyRoundsAllowTrendsButOneDoesNot() {
        given(Fixtures.complete(2).with("research.prevalence_survey.rounds", 2))
                .expectMet("C02.L4.repeat-survey")
                .expectLevel(2, 4)
                .verify();
        given(Fixtures.complete(2).with("research.prevalence_survey.rounds", 1))
                .expectUnmet("C02.L4.repeat-survey")
                .expectLevel(2, 3)
                .verify();
    }

    // --- equals (boolean): endorsement of the national assessment (#17)

    @Test
    void anAssessmentTheNationalBodyDidNotEndorseHoldsTheLevelAtBuilding() {
        given(Fixtures.complete(2).with("research.assessment_endorsed", false))
                .expectUnmet("C02.L2.assessment-endorsed")
                .expectLevel(2, 1)
                .expectScore(2, 91.7) // 11 of 12
                .verify();
    }

    // --- equals (enum): national outcomes and indicators (#17)

    @ParameterizedTest
    @ValueSource(strings = {"none", "defined"})
    void outcomesThatAreNotMonitoredAreUnmet(String indicators) {
        given(Fixtures.complete(2).with("research.outcome_indicators", indicators))
                .expectUnmet("C02.L3.outcome-indicators-monitored")
                .expectLevel(2, 2)
                .expectScore(2, 83.3) // 10 of 12
                .verify();
    }

    @Test
    void monitoredOutcomesAreMetAndMissingAreUnknown() {
        given(Fixtures.own(2, 3).with("research.outcome_indicators", "monitored"))
                .expectMet("C02.L3.outcome-indicators-monitored")
                .expectLevel(2, 3)
                .verify();
        given(Fixtures.own(2, 3).without("research.outcome_indicators"))
                .expectUnknown("C02.L3.outcome-indicators-monitored")
                .expectLevel(2, 2)
                .verify();
    }
}
