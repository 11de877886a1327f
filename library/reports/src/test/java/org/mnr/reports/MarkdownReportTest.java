package org.mnr.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mnr.engine.result.Assessment;
import org.mnr.engine.result.CapabilityResult;
import org.mnr.engine.result.CriterionResult;
import org.mnr.reports.internal.Figures;

class MarkdownReportTest {

    private static Assessment assessment;
    private static String md;
    private static List<String> lines;

    @BeforeAll
    static void render() {
        assessment = SampleAssessment.get();
        md = MarkdownReport.render(assessment);
        lines = Arrays.asList(md.split("\n", -1));
    }

    @Test
    void sameAssessmentGivesTheSameBytes() {
        assertThat(MarkdownReport.render(assessment)).isEqualTo(md);
    }

    @Test
    void hasAHeadingPerCapabilityWithItsLevelInWordsAndAsABar() {
        List<String> headings = lines.stream().filter(l -> l.matches("### \\d+\\. .*")).toList();
        assertThat(headings).hasSize(21);
        for (int i = 0; i < 21; i++) {
            CapabilityResult c = assessment.capabilities().get(i);
            assertThat(headings.get(i)).isEqualTo("### " + c.id() + ". " + c.name());
            String summary = lines.get(lines.indexOf(headings.get(i)) + 2);
            // Filled to the level, half-filled up to the highest level it could reach, dots when nothing is settled.
            String bar = c.coverage() == 0 ? "····"
                    : "■".repeat(c.level()) + "◧".repeat(c.levelMax() - c.level()) + "□".repeat(4 - c.levelMax());
            assertThat(summary).contains("Level **" + ReportExpectations.levelSentence(c) + "** " + bar)
                    .contains("score " + ReportExpectations.score(c)).contains("coverage " + Figures.percent(c.coverage()));
        }
        assertThat(md).contains("| 14 | Child Participation | D4 | ■◧◧◧ 1 Building, up to 4 Mature |")
                .contains("| 4 | Dedicated Law Enforcement | D2 | □□□□ 0 Not in place |")
                .contains("| 21 | Universal Terminology | D6 | ···· Not assessed |");
    }

    @Test
    void listsTheNextStepWithTitlesAndEveryCriterionWithItsStatus() {
        CapabilityResult leadership = assessment.capability(1).orElseThrow();
        assertThat(md).contains("To reach " + leadership.next().name() + ":\n\n");
        for (String id : leadership.next().blocking()) {
            CriterionResult blocking = assessment.criterion(id).orElseThrow();
            assertThat(md).contains("- `" + id + "`: " + blocking.title());
        }
        for (CapabilityResult c : assessment.capabilities()) {
            for (CriterionResult k : c.criteria()) {
                String status = k.status().id().substring(0, 1).toUpperCase() + k.status().id().substring(1);
                assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("| **" + status + "** | ").contains("(`" + k.id() + "`"));
            }
        }
    }

    @Test
    void tableCellsEscapePipesAndMarkupFromEvidence() {
        String row = lines.stream().filter(l -> l.contains("`C01.L1.coordination-body`")).filter(l -> l.startsWith("| **")).findFirst().orElseThrow();
        assertThat(row).contains("(source: Decree \\<script\\>alert(1)\\</script\\> 12\\|2021 & \"annex\")");
        assertThat(row.split("(?<!\\\\)\\|", -1)).hasSize(6);
    }

    @Test
    void summaryWarningAndMethodComeFirst() {
        int summary = lines.indexOf("## Summary");
        assertThat(summary).isPositive();
        assertThat(lines.subList(0, summary)).anySatisfy(l -> assertThat(l).startsWith("> **Many levels may still change.** Only "));
        assertThat(lines.indexOf("### Evidence to collect")).isGreaterThan(summary);
        assertThat(lines.indexOf("### Changes to make")).isGreaterThan(lines.indexOf("### Evidence to collect"));
        assertThat(lines.indexOf("## How to read this report")).isGreaterThan(lines.indexOf("### Changes to make"))
                .isLessThan(lines.indexOf("## Capability levels"));
    }

    @Test
    void aDraftSaysSoFirst() {
        String draft = MarkdownReport.render(ReportInput.of(assessment).withMetadata(AssessmentMetadata.of("Jane Doe", null, "draft")));
        assertThat(draft).startsWith("**DRAFT**\n\n# MNR maturity report: Atlantis (XA)\n\nAssessed on 2026-06-30. Assessed by Jane Doe. Status: **draft**.");
    }

    @Test
    void namesVariantChangesAndFooterNamesPacksEngineAndDate() {
        // eu 2.0.0 no longer waives C04.L2.data-retention: it replaces it with what the Court of Justice allows.
        CriterionResult replaced = assessment.criterion("C04.L2.data-retention").orElseThrow();
        assertThat(replaced.replacedBy()).isEqualTo("eu");
        assertThat(md).contains("| `C04.L2.data-retention` | Replaced by the eu variant; the base criterion was: "
                + "Providers must retain subscriber and connection data for at least 6 months |");
        assertThat(md).contains("Added by the coe variant");
        assertThat(lines.get(lines.size() - 2)).isEqualTo("Packs: mnr 2.0.0, coe 2.0.0, eu 2.0.0. Engine: "
                + assessment.engine().name() + " " + assessment.engine().version() + ". Assessment date: 2026-06-30.");
    }
}
