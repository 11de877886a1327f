package org.mnr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mnr.engine.result.Assessment;
import org.mnr.engine.result.CapabilityResult;
import org.mnr.engine.result.CriterionResult;

/** Text output names the criteria a reader must act on by their titles, not by ids alone (#14.7). */
class CriterionTitlesTest {

    private static final Path ARVENIA = Engines.FIXTURES.resolve("xa-arvenia-2026.json");

    private static CriterionResult criterion(Assessment assessment, String id) {
        return assessment.capabilities().stream().flatMap(c -> c.criteria().stream()).filter(k -> k.id().equals(id)).findFirst()
                .orElseThrow();
    }

    @Test
    void scoreAsTextNamesEveryBlockerByItsTitle() {
        Assessment assessment = Engines.installed().assess(ARVENIA);
        CliRun run = CliRun.of("score", "--format", "text", "--lang", "en", ARVENIA.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        List<String> lines = Arrays.asList(run.out().split("\n"));
        int blockers = 0;
        for (CapabilityResult c : assessment.capabilities()) {
            if (c.next() != null) {
                for (String id : c.next().blocking()) {
                    assertThat(lines).contains("   - " + id + ": " + criterion(assessment, id).title() + " ("
                            + switch (criterion(assessment, id).status()) {
                                case MET -> "Met";
                                case UNMET -> "Unmet";
                                case UNKNOWN -> "Unknown";
                                case WAIVED -> "Waived";
                            } + ")");
                    blockers++;
                }
            }
        }
        assertThat(blockers).as("Arvenia has blockers").isGreaterThan(20);
    }

    @Test
    void planNamesTheCriteriaEachChangeMeetsByTheirTitles() {
        Assessment assessment = Engines.installed().assess(ARVENIA);
        CliRun run = CliRun.of("plan", ARVENIA.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        List<String> changes = Arrays.stream(run.out().split("\n")).filter(l -> l.matches(" +\\d+\\. set .*")).toList();
        assertThat(changes).isNotEmpty();
        for (String change : changes) {
            String meets = change.substring(change.indexOf("; meets ") + "; meets ".length());
            String id = meets.substring(0, meets.indexOf(' '));
            assertThat(meets).as(change).startsWith(id + " (" + criterion(assessment, id).title() + ")");
        }
        // Blockers already carry their titles: each "find out" or "change" line ends with one.
        String blocker = Arrays.stream(run.out().split("\n")).filter(l -> l.startsWith("  find out: C01.L1.")).findFirst().orElseThrow();
        String id = blocker.substring("  find out: ".length(), blocker.indexOf(' ', "  find out: ".length()));
        assertThat(blocker).endsWith(": " + criterion(assessment, id).title());
    }

    @Test
    void planAsMarkdownNamesWhatEachChangeMeets() {
        Assessment assessment = Engines.installed().assess(ARVENIA);
        CliRun run = CliRun.of("plan", "--format", "md", ARVENIA.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("| Meets |");
        String row = Arrays.stream(run.out().split("\n")).filter(l -> l.startsWith("| 1 | `")).findFirst().orElseThrow();
        CriterionResult first = assessment.capabilities().stream().flatMap(c -> c.criteria().stream())
                .filter(k -> row.contains(k.id() + " (")).findFirst().orElseThrow();
        assertThat(row).contains(first.id() + " (" + first.title() + ")");
    }
}
