package org.mnr.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.mnr.engine.MaturityEngine;
import org.mnr.engine.Planner;
import org.mnr.engine.Variants;
import org.mnr.engine.evidence.Evidence;
import org.mnr.engine.model.Capability;
import org.mnr.engine.planning.Plan;
import org.mnr.engine.result.Assessment;
import org.mnr.engine.result.CapabilityResult;

/** The report's v1.1 content: summary first, warning, confidence, priorities, method, summaries, metadata, previous levels. */
class HtmlReportContentTest {

    private static final MaturityEngine ENGINE = MaturityEngine.builder().build();
    /** A complete fixture: 83.5% of its criteria are settled (its golden result says so), above the 80% warning line. */
    static final Path CORDESSA = Path.of("../../fixtures/evidence/xc-cordessa-2026.json");
    static final Path CORDESSA_2025 = Path.of("../../fixtures/evidence/xc-cordessa-2025.json");

    private static Document page(ReportInput input) {
        return Jsoup.parse(HtmlReport.render(input));
    }

    @Test
    void theSummaryComesFirstWithTheChartTheDomainsAndThePriorities() {
        Document page = page(ReportInput.of(SampleAssessment.get()));
        Element first = page.selectFirst("main > section");
        assertThat(first.id()).isEqualTo("summary");
        assertThat(first.select("figure.chart svg")).hasSize(1);
        assertThat(first.select("table#domains tbody tr")).hasSize(6);
        assertThat(first.select("#find-out-title").text()).isEqualTo("Evidence to collect");
        assertThat(first.select("#change-title").text()).isEqualTo("Changes to make");
        assertThat(first.selectFirst("#overall-coverage").text()).isEqualTo(org.mnr.reports.internal.Figures.percent(
                SampleAssessment.get().overall().coverage()));
        assertThat(page.select("main > section").get(1).id()).isEqualTo("method");
    }

    @Test
    void aReportWhoseCoverageIsBelowEightyPercentWarnsAtItsTop() {
        Assessment sparse = SampleAssessment.get();
        assertThat(sparse.overall().coverage()).isLessThan(0.8);
        Element warning = page(ReportInput.of(sparse)).selectFirst("body > header #coverage-warning");
        assertThat(warning).isNotNull();
        assertThat(warning.text()).contains(org.mnr.reports.internal.Figures.percent(sparse.overall().coverage()))
                .contains("below 80%");

        Assessment cordessa = ENGINE.assess(CORDESSA);
        assertThat(cordessa.overall().coverage()).isGreaterThanOrEqualTo(0.8);
        assertThat(page(ReportInput.of(cordessa)).select("#coverage-warning")).isEmpty();
    }

    @Test
    void theLevelsTableShowsNotAssessedAndRangesNeverAProvisionalLevelAlone() {
        Assessment sample = SampleAssessment.get();
        List<Element> rows = page(ReportInput.of(sample)).select("#levels tbody tr");
        assertThat(rows).hasSize(21);
        for (int i = 0; i < 21; i++) {
            CapabilityResult c = sample.capabilities().get(i);
            assertThat(rows.get(i).selectFirst("td.level").text()).as("capability %d", c.id()).isEqualTo(ReportExpectations.levelCell(c));
        }
        assertThat(rows.get(20).selectFirst("td.level").text()).isEqualTo("Not assessed");
        assertThat(rows.get(13).selectFirst("td.level").text()).isEqualTo("1 Building, up to 4 Mature");
    }

    @Test
    void confidenceIsShownForEachCapabilityAndBesideEachItemThatGivesOne() {
        Evidence evidence = Evidence.read("""
                {"country": {"code": "XA", "name": "Atlantis"}, "assessedOn": "2026-06-30", "evidence": [
                  {"key": "governance.body.exists", "value": true, "source": "Decree 12/2021", "confidence": "documented"},
                  {"key": "governance.ministerial_commitment", "value": true, "confidence": "verified"}]}
                """, "json");
        Assessment assessment = ENGINE.assess(evidence);
        CapabilityResult leadership = assessment.capability(1).orElseThrow();
        assertThat(leadership.level()).isEqualTo(1);
        // Level 1 rests on a documented and a verified item: on verified items alone the documented one is missing and
        // level 1 is not reached, on documented ones and above it is (docs/model.md, confidence).
        String word = leadership.confidence().word();
        assertThat(word).isEqualTo("documented");
        Document page = page(ReportInput.of(assessment));
        assertThat(page.select("#levels tbody tr").get(0).select("td").last().text()).isEqualTo(word);
        assertThat(page.selectFirst("#capability-1 .confidence-value").text()).isEqualTo(word);
        // A capability at level 0 has no confidence: a dash, never a word.
        assertThat(page.select("#levels tbody tr").get(1).select("td").last().text()).isEqualTo("—");
        Element row = page.select("#capability-1 table.criteria tbody tr").stream()
                .filter(tr -> tr.text().contains("governance.body.exists")).findFirst().orElseThrow();
        assertThat(row.selectFirst(".confidence").text()).isEqualTo("Confidence: documented");
        assertThat(page.selectFirst("#confidence").text()).contains(word + ": 1").contains("none (level 0): 20");
        assertThat(row.selectFirst(".source").text()).isEqualTo("Source: Decree 12/2021");
        Element commitment = page.select("#capability-1 table.criteria tbody tr").stream()
                .filter(tr -> tr.text().contains("governance.ministerial_commitment")).findFirst().orElseThrow();
        assertThat(commitment.selectFirst(".confidence").text()).isEqualTo("Confidence: verified");
    }

    @Test
    void thePrioritiesFollowThePlanSplitIntoEvidenceToCollectAndChangesToMake() {
        Evidence evidence = Evidence.read(java.nio.file.Path.of(CORDESSA.toString()));
        Assessment assessment = ENGINE.assess(evidence);
        Plan plan = new Planner(ENGINE).plan(evidence, Variants.fromMemberships(), 4, Set.of(), 1);
        Document page = page(ReportInput.of(assessment).withPlan(plan));
        List<String> findOut = plan.gaps().stream().flatMap(g -> g.blockers().stream()).filter(b -> "find-out".equals(b.kind()))
                .map(Plan.Blocker::criterion).toList();
        List<String> change = plan.gaps().stream().flatMap(g -> g.blockers().stream()).filter(b -> "change".equals(b.kind()))
                .map(Plan.Blocker::criterion).toList();
        assertThat(findOut).isNotEmpty();
        assertThat(change).isNotEmpty();
        List<String> shownFindOut = page.select("#find-out li code").eachText();
        List<String> shownChange = page.select("#change li code").eachText();
        assertThat(shownFindOut).isNotEmpty().hasSizeLessThanOrEqualTo(6).allMatch(findOut::contains);
        assertThat(shownChange).isNotEmpty().hasSizeLessThanOrEqualTo(6).allMatch(change::contains);
        assertThat(shownFindOut).doesNotContainAnyElementsOf(change);
    }

    @Test
    void eachCapabilityCarriesItsSummaryFromThePackOrTheReportSaysThereIsNone() {
        Document withSummaries = page(ReportInput.of(SampleAssessment.get()).withFramework(ENGINE.framework()));
        for (Capability capability : ENGINE.framework().capabilities()) {
            assertThat(withSummaries.selectFirst("#capability-" + capability.id() + " .summary").text()).isEqualTo(capability.summary());
        }
        assertThat(withSummaries.select("#capabilities > p.none")).isEmpty();
        Document without = page(ReportInput.of(SampleAssessment.get()));
        assertThat(without.select(".capability .summary")).isEmpty();
        assertThat(without.selectFirst("#capabilities > p.none").text()).contains("summaries").contains("not given");
    }

    @Test
    void theMethodNoteExplainsLevelsScoresRangesConfidenceAndVariantsAndPointsAtTheCatalogue() {
        String method = page(ReportInput.of(SampleAssessment.get())).selectFirst("#method").text();
        assertThat(method).contains("every criterion of that level and of every level below it is met")
                .contains("weighted share").contains("up to").contains("verified").contains("variants").contains("mnr catalogue");
    }

    @Test
    void whoAssessedForWhomAndADraftAreShownAndADraftIsMarked() {
        Document draft = page(ReportInput.of(SampleAssessment.get()).withMetadata(AssessmentMetadata.of("Jane Doe", "Ministry of X", "draft")));
        assertThat(draft.selectFirst("header .credits").text()).isEqualTo("Assessed by Jane Doe. For Ministry of X. Status: draft.");
        assertThat(draft.selectFirst(".draft-mark").text()).isEqualTo("DRAFT");
        assertThat(draft.html()).contains(".draft-mark { position: fixed;");
        Document fin = page(ReportInput.of(SampleAssessment.get()).withMetadata(AssessmentMetadata.of(null, null, "final")));
        assertThat(fin.select(".draft-mark")).isEmpty();
        assertThat(fin.selectFirst("header .credits").text()).isEqualTo("Status: final.");
        assertThat(page(ReportInput.of(SampleAssessment.get())).select("header .credits")).isEmpty();
    }

    @Test
    void thePreviousAssessmentsLevelsStandBesideThisOnes() {
        Assessment now = ENGINE.assess(CORDESSA);
        Assessment before = ENGINE.assess(CORDESSA_2025);
        Document page = page(ReportInput.of(now).withPrevious(before));
        assertThat(page.select("#levels thead th.previous").text()).isEqualTo("Previous (" + before.assessedOn() + ")");
        List<Element> rows = page.select("#levels tbody tr");
        for (int i = 0; i < 21; i++) {
            assertThat(rows.get(i).selectFirst("td.previous").text()).isEqualTo(ReportExpectations.levelCell(before.capabilities().get(i)));
            assertThat(rows.get(i).selectFirst("td.level").text()).isEqualTo(ReportExpectations.levelCell(now.capabilities().get(i)));
        }
        assertThat(page(ReportInput.of(now)).select(".previous")).isEmpty();
    }

    @Test
    void theSameInputGivesTheSameBytesWhateverTheDefaultLocale() {
        ReportInput input = ReportInput.of(SampleAssessment.get()).withFramework(ENGINE.framework());
        String english = HtmlReport.render(input);
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRANCE);
            assertThat(HtmlReport.render(input)).isEqualTo(english);
        } finally {
            Locale.setDefault(before);
        }
    }
}
