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
        List<String> headings = lines.stream().filter(l -> l.startsWith("### ")).toList();
        assertThat(headings).hasSize(21);
        for (int i = 0; i < 21; i++) {
            CapabilityResult c = assessment.capabilities().get(i);
            assertThat(headings.get(i)).isEqualTo("### " + c.id() + ". " + c.name());
            String summary = lines.get(lines.indexOf(headings.get(i)) + 2);
            String bar = "■".repeat(c.level()) + "□".repeat(4 - c.level());
            assertThat(summary).contains("Level **" + c.level() + " " + c.levelName() + "** " + bar)
                    .contains("score " + Figures.score(c.score())).contains("coverage " + Figures.percent(c.coverage()));
        }
        assertThat(md).contains("| 1 | Leadership | D1 | ■□□□ 1 Building |");
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
    void namesVariantChangesAndFooterNamesPacksEngineAndDate() {
        CriterionResult waived = assessment.criterion("C04.L2.data-retention").orElseThrow();
        assertThat(md).contains("| `C04.L2.data-retention` | Waived by the eu variant: " + waived.reason());
        assertThat(md).contains("Added by the coe variant");
        assertThat(lines.get(lines.size() - 2)).isEqualTo("Packs: mnr 1.0.0, coe 1.0.0, eu 1.0.0. Engine: "
                + assessment.engine().name() + " " + assessment.engine().version() + ". Assessment date: 2026-06-30.");
    }
}
