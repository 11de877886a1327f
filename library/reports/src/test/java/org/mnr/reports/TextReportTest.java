package org.mnr.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mnr.engine.result.Assessment;
import org.mnr.engine.result.CapabilityResult;
import org.mnr.engine.result.CriterionResult;

class TextReportTest {

    private static final Assessment SAMPLE = SampleAssessment.get();
    private static final String TEXT = TextReport.render(SAMPLE);
    private static final List<String> LINES = Arrays.asList(TEXT.split("\n"));

    private static String line(int capability) {
        String prefix = String.format("%2d  ", capability);
        return LINES.stream().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow();
    }

    @Test
    void aCapabilityWithNothingSettledIsNotAssessedOnItsLine() {
        // Capability 21 has no evidence and reads no other capability's level: every criterion is unknown.
        assertThat(line(21)).contains("Universal Terminology").contains("Not assessed").doesNotContain("0 Not in place");
        for (CapabilityResult c : SAMPLE.capabilities()) {
            assertThat(line(c.id())).as("capability %d", c.id()).contains(ReportExpectations.levelCell(c))
                    .contains(ReportExpectations.score(c));
        }
    }

    @Test
    void aProvisionalLevelCarriesItsRangeAndASettledOneStandsAlone() {
        assertThat(line(14)).contains("1 Building, up to 4 Mature");
        assertThat(line(4)).contains("0 Not in place").doesNotContain("up to");
    }

    @Test
    void warnsFirstWhenCoverageIsBelowEightyPercent() {
        assertThat(LINES.get(2)).startsWith("WARNING: Many levels may still change. Only ");
        assertThat(LINES.get(3)).startsWith("Overall score (of 100): ");
    }

    @Test
    void domainLinesShowTheirRange() {
        String d1 = LINES.stream().filter(l -> l.startsWith("D1 ")).findFirst().orElseThrow();
        var domain = SAMPLE.domains().get(0);
        assertThat(d1).contains(ReportExpectations.range(domain.level() + " " + domain.levelName(),
                domain.levelMax() + " " + domain.levelMaxName(), ", up to "));
    }

    @Test
    void everyCriterionBlockingANextLevelIsNamedByItsTitleAndStatus() {
        int blockers = 0;
        for (CapabilityResult c : SAMPLE.capabilities()) {
            if (c.next() == null) {
                continue;
            }
            for (String id : c.next().blocking()) {
                CriterionResult criterion = c.criteria().stream().filter(k -> k.id().equals(id)).findFirst().orElseThrow();
                String status = criterion.status().id().substring(0, 1).toUpperCase(java.util.Locale.ROOT) + criterion.status().id().substring(1);
                assertThat(LINES).as("blocker %s", id).contains("   - " + id + ": " + criterion.title() + " (" + status + ")");
                blockers++;
            }
        }
        assertThat(blockers).as("the sample has blockers to show").isPositive();
        // The table's next-step column names the level only; the ids and titles are in the list below it.
        assertThat(line(4)).doesNotContain(".L");
    }

    @Test
    void blockersAreListedInTheReportsLanguage() {
        String french = TextReport.render(ReportInput.of(SAMPLE).withLocale(java.util.Locale.FRENCH));
        assertThat(french).contains("Ce qui bloque chaque niveau suivant");
        assertThat(TEXT).contains("What blocks each next level");
    }
}
