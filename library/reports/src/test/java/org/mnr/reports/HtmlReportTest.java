package org.mnr.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mnr.engine.result.Assessment;
import org.mnr.engine.result.CapabilityResult;
import org.mnr.engine.result.CriterionResult;
import org.mnr.engine.result.DomainResult;
import org.mnr.reports.internal.Figures;

class HtmlReportTest {

    private static Assessment assessment;
    private static String html;
    private static Document page;

    @BeforeAll
    static void render() {
        assessment = SampleAssessment.get();
        html = HtmlReport.render(assessment);
        page = Jsoup.parse(html);
    }

    @Test
    void sameAssessmentGivesTheSameBytes() {
        assertThat(HtmlReport.render(assessment)).isEqualTo(html);
    }

    @Test
    void hasOneSectionPerCapabilityWithItsLevelScoreAndCoverage() {
        Elements sections = page.select("main section.capability");
        assertThat(sections).hasSize(21);
        for (int i = 0; i < 21; i++) {
            CapabilityResult expected = assessment.capabilities().get(i);
            Element section = sections.get(i);
            assertThat(section.id()).isEqualTo("capability-" + expected.id());
            assertThat(section.selectFirst("h3").text()).isEqualTo(expected.id() + ". " + expected.name());
            assertThat(section.selectFirst(".level-name").text()).isEqualTo(ReportExpectations.levelSentence(expected));
            assertThat(section.select(".figures dd").eachText()).startsWith(ReportExpectations.levelSentence(expected),
                    ReportExpectations.score(expected), Figures.percent(expected.coverage()));
            assertThat(section.select("table.criteria tbody tr")).hasSize(expected.criteria().size());
        }
        // Capability 14 reads only its own keys: its level 1 criteria are met and every other key is missing, so each of
        // its higher criteria could still be met; capability 4's level 1 criterion is unmet, settled at 0;
        // capability 21 has no evidence and reads no other capability: nothing of it is settled.
        assertThat(sections.get(13).selectFirst(".level-name").text()).isEqualTo("1 Building, up to 4 Mature once the unknowns are settled");
        assertThat(sections.get(3).selectFirst(".level-name").text()).isEqualTo("0 Not in place");
        assertThat(sections.get(20).selectFirst(".level-name").text()).isEqualTo("Not assessed: no criterion is settled yet");
    }

    @Test
    void everyCriterionHasAStatusBadgeInWords() {
        for (CapabilityResult capability : assessment.capabilities()) {
            Elements rows = page.select("#capability-" + capability.id() + " table.criteria tbody tr");
            for (int i = 0; i < rows.size(); i++) {
                CriterionResult criterion = capability.criteria().get(i);
                Element badge = rows.get(i).selectFirst(".badge");
                assertThat(badge.hasClass(criterion.status().id())).isTrue();
                assertThat(badge.text()).isEqualToIgnoringCase(criterion.status().id());
                assertThat(rows.get(i).selectFirst("th[scope=row]").text()).startsWith(criterion.title()).contains(criterion.id());
            }
        }
        // eu 2.0.0 waives nothing for this country (its data-retention waiver is gone); the Waived badge of an exempt
        // criterion is checked on a Denmark report in ExemptionReportTest.
        assertThat(page.select(".badge").eachText()).contains("Met", "Unmet", "Unknown");
    }

    @Test
    void showsTheEvidenceWithItsSourceAndTheEvidenceStillMissing() {
        Element coordination = row("C01.L1.coordination-body");
        assertThat(coordination.select("td").get(1).text())
                .isEqualTo("governance.body.exists = yes Source: " + SampleAssessment.HOSTILE_SOURCE);
        assertThat(coordination.select("td").get(2).text()).isEqualTo("None");

        CriterionResult unknown = assessment.criterion("C01.L2.current-strategy").orElseThrow();
        assertThat(row(unknown.id()).select("td").get(2).select("li").eachText()).containsExactlyElementsOf(unknown.missing());
    }

    @Test
    void nextStepListsTheBlockingCriteriaWithTitles() {
        CapabilityResult leadership = assessment.capability(1).orElseThrow();
        Element next = page.selectFirst("#capability-1 .next");
        assertThat(next.selectFirst("p").text()).isEqualTo("To reach " + leadership.next().name() + ":");
        List<String> items = next.select("li").eachText();
        assertThat(items).hasSize(leadership.next().blocking().size());
        for (int i = 0; i < items.size(); i++) {
            CriterionResult blocking = assessment.criterion(leadership.next().blocking().get(i)).orElseThrow();
            assertThat(items.get(i)).startsWith(blocking.id() + ": " + blocking.title());
        }
    }

    @Test
    void namesWhatEachVariantAddedAndReplaced() {
        // eu 2.0.0 replaces C04.L2.data-retention (its waiver is gone); a waiver now comes only as an exemption, which
        // ExemptionReportTest checks on a Denmark report.
        CriterionResult retention = assessment.criterion("C04.L2.data-retention").orElseThrow();
        assertThat(retention.replacedBy()).isEqualTo("eu");
        assertThat(row(retention.id()).selectFirst(".provenance").text()).isEqualTo("Replaced by the eu variant; the base criterion was: "
                + "Providers must retain subscriber and connection data for at least 6 months");

        CriterionResult replaced = assessment.capabilities().stream().flatMap(c -> c.criteria().stream())
                .filter(c -> c.replacedBy() != null).findFirst().orElseThrow();
        assertThat(row(replaced.id()).selectFirst(".provenance").text()).contains("Replaced by the " + replaced.replacedBy())
                .contains(replaced.replacedTitle());
        // coe 2.0.0 adds COE.C01.L4.lanzarote-monitoring (COE.C03.L2.lanzarote-ratified was removed).
        assertThat(row("COE.C01.L4.lanzarote-monitoring").selectFirst(".provenance").text()).isEqualTo("Added by the coe variant");
        assertThat(page.select("#variants tbody th").eachText()).contains(retention.id(), replaced.id(), "COE.C01.L4.lanzarote-monitoring");
    }

    @Test
    void footerNamesPacksEngineAndDate() {
        String footer = page.selectFirst("footer").text();
        assertThat(footer).contains("mnr 2.0.0").contains("coe 2.0.0").contains("eu 2.0.0")
                .contains(assessment.engine().name() + " " + assessment.engine().version())
                .contains("Assessment date: 2026-06-30");
    }

    @Test
    void domainsTableHasEachDomainScoreAndLevelWithTheirRanges() {
        Elements rows = page.select("#domains tbody tr");
        assertThat(rows).hasSize(assessment.domains().size());
        for (int d = 0; d < rows.size(); d++) {
            DomainResult domain = assessment.domains().get(d);
            assertThat(rows.get(d).text()).isEqualTo(domain.id() + " " + domain.name() + " "
                    + ReportExpectations.range(Figures.score(domain.score()), Figures.score(domain.scoreMax()), " to ") + " "
                    + ReportExpectations.range(domain.level() + " " + domain.levelName(), domain.levelMax() + " " + domain.levelMaxName(), ", up to "));
        }
    }

    @Test
    void chartIsAnInlineSvgRadarWithATextAlternative() {
        Element chart = page.selectFirst("figure.chart [role=img]");
        assertThat(chart.attr("aria-label")).contains("21 capabilities").contains("Atlantis (XA)");
        Element svg = chart.selectFirst("svg");
        assertThat(svg).isNotNull();
        assertThat(svg.selectFirst("title").text()).startsWith("Capability levels of Atlantis (XA)");
        assertThat(svg.select("text.capability").eachText()).contains("1 Leadership");
        assertThat(svg.select("text.not-assessed")).anyMatch(t -> t.text().contains("21") && t.text().contains("(not assessed)"));
        assertThat(page.selectFirst("figure.chart figcaption")).isNotNull();
    }

    @Test
    void isSelfContainedWithNothingFetched() {
        assertThat(page.select("script, link, iframe, img, object, embed")).isEmpty();
        assertThat(page.select("[src]")).isEmpty();
        assertThat(page.select("[href]").eachAttr("href")).allMatch(href -> href.startsWith("#"));
        assertThat(html).doesNotContain("@import").doesNotContainPattern("url\\((?!#)");
        assertThat(page.selectFirst("style")).isNotNull();
        assertThat(html).contains("@media print").contains("size: A4");
    }

    @Test
    void isSemanticHtmlWithScopedHeaders() {
        assertThat(page.select("html").attr("lang")).isEqualTo("en");
        assertThat(page.select("body > header h1").text()).isEqualTo("Atlantis (XA)");
        assertThat(page.select("main h2").eachText()).containsExactly("Summary", "How to read this report", "Capability levels",
                "Packs and regional variants", "Capabilities");
        assertThat(page.select("th")).allMatch(th -> th.hasAttr("scope"));
        assertThat(page.select("body > footer")).hasSize(1);
    }

    @Test
    void evidenceTextIsEscapedNotMarkup() {
        assertThat(page.select("script")).isEmpty();
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;");
    }

    private static Element row(String criterionId) {
        return page.select("table.criteria tbody tr").stream()
                .filter(tr -> tr.selectFirst("th .criterion-id code").text().equals(criterionId))
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + criterionId));
    }
}
