package org.mnr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestCommandTest {

    private static final String LEADERSHIP = """
            country: {code: XA}
            assessedOn: 2026-06-30
            evidence:
              - {key: governance.body.exists, value: true}
              - {key: governance.wpga_member, value: true}
              - {key: governance.strategy.adopted_date, value: 2019-01-01}
            """;

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }

    @Test
    void aCaseWhoseExpectationsHoldPasses() throws IOException {
        Path file = write("leadership.case.yaml", "name: Leadership at Building\n" + LEADERSHIP + """
                variants: []
                expect:
                  levels: {1: 1}
                  scores: {1: 25.0}
                  statuses: {C01.L1.coordination-body: met, C01.L2.current-strategy: unmet, C01.L2.formal-mandate: unknown}
                """);
        CliRun run = CliRun.of("test", file.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("PASS Leadership at Building\n1 passed, 0 failed\n");
    }

    @Test
    void aFailureSaysWhatWasExpectedAndWhatItWas() throws IOException {
        Path file = write("wrong.case.yaml", LEADERSHIP + """
                expect:
                  levels: {1: 2}
                  scores: {1: 50.0}
                  coverage: {1: 1.0}
                  statuses: {C01.L2.formal-mandate: met, COE.C01.L4.lanzarote-monitoring: met}
                """);
        CliRun run = CliRun.of("test", file.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out().lines()).containsExactly(
                "FAIL wrong",
                "  capability 1 level: expected 2, was 1 (blocking C01.L2.current-strategy, C01.L2.formal-mandate)",
                // 2.0.0 adds C01.L3.progress-reported (weight 1): weights 2 + 1 met of 12 = 25.0.
                "  capability 1 score: expected 50.0, was 25.0",
                // Model 1.1: C01.L3.evidence-informed reads capability 2, whose level is open here: unknown, 3 of 10 known.
                "  capability 1 coverage: expected 1.0, was 0.3",
                "  C01.L2.formal-mandate: expected met, was unknown (missing governance.body.mandate)",
                "  COE.C01.L4.lanzarote-monitoring: expected met, but no such criterion applies",
                "0 passed, 1 failed");
    }

    @Test
    void variantsCanBeNamedOrLeftToTheMemberships() throws IOException {
        String evidence = """
                country: {code: XA, memberships: [CoE]}
                assessedOn: 2026-06-30
                evidence:
                  - {key: coe.lanzarote.monitoring_reply_date, value: 2024-03-15}
                """;
        write("cases/by-membership.case.yaml", evidence + "expect:\n  statuses: {COE.C01.L4.lanzarote-monitoring: met}\n");
        write("cases/base-alone.case.yaml", evidence + "variants: []\nexpect:\n  statuses: {COE.C01.L4.lanzarote-monitoring: met}\n");
        // 2.0.0: no variant waives a base criterion; a named variant applies whatever the memberships, and
        // ASEAN.C01.L2.rpa-national-plan reads asean.rpa.national_plan, which this evidence does not give.
        write("cases/asean.case.yaml", evidence + "variants: [asean]\nexpect:\n  statuses: {ASEAN.C01.L2.rpa-national-plan: unknown}\n");
        CliRun run = CliRun.of("test", dir.resolve("cases").toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out().lines()).containsExactly(
                "PASS asean",
                "FAIL base-alone",
                "  COE.C01.L4.lanzarote-monitoring: expected met, but no such criterion applies",
                "PASS by-membership",
                "2 passed, 1 failed");
    }

    @Test
    void evidenceAndExpectedResultAreFoundRelativeToTheCaseFile() throws IOException {
        write("evidence/xa.json", """
                {"country": {"code": "XA"}, "assessedOn": "2026-06-30",
                 "evidence": [{"key": "governance.body.exists", "value": true}]}
                """);
        CliRun score = CliRun.of("score", dir.resolve("evidence/xa.json").toString());
        write("expected/xa.json", score.out());
        write("cases/xa.case.yaml", "evidence: ../evidence/xa.json\nexpected: ../expected/xa.json\n");
        assertThat(CliRun.of("test", dir.resolve("cases").toString()).out()).isEqualTo("PASS xa\n1 passed, 0 failed\n");

        ObjectNode changed = (ObjectNode) new ObjectMapper().readTree(score.out());
        ObjectNode leadership = (ObjectNode) changed.path("capabilities").get(0);
        leadership.put("level", 3);
        ((ObjectNode) leadership.path("criteria").get(0)).put("status", "unmet");
        write("expected/xa.json", changed.toString());
        CliRun run = CliRun.of("test", dir.resolve("cases").toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("FAIL xa\n")
                .contains("  capability 1 level: expected 3, was 0")
                .contains("  C01.L1.coordination-body: expected unmet, was met")
                .endsWith("0 passed, 1 failed\n");
    }

    @Test
    void anInvalidCaseNamesItsFileAndLineAndExitsTwo() throws IOException {
        Path file = write("bad.case.yaml", """
                evidence: missing.json
                variants: [cooe]
                expect:
                  levels: {1: 5, 30: 1}
                  statuses: {C01.L2.formal-mandat: met}
                """);
        Path good = write("good.case.yaml", LEADERSHIP + "expect:\n  levels: {1: 1}\n");
        CliRun run = CliRun.of("test", file.toString(), good.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEqualTo("ERROR bad\nPASS good\n1 passed, 1 failed\n");
        assertThat(run.err().lines()).containsExactly(
                file + ":1:11: /evidence: no such file " + dir.resolve("missing.json")
                        + "; a path in a case file is relative to the case file's folder",
                file + ":2:12: /variants/0: unknown variant 'cooe'; did you mean 'coe'?",
                file + ":4:15: /expect/levels/1: level 5 is not a level; give 0 to 4",
                file + ":4:22: /expect/levels/30: '30' is not a capability; give a capability number, 1 to 21",
                file + ":5:36: /expect/statuses/C01.L2.formal-mandat: no loaded pack has a criterion 'C01.L2.formal-mandat';"
                        + " did you mean 'C01.L2.formal-mandate'?");
    }

    @Test
    void inlineEvidenceProblemsPointIntoTheCaseFile() throws IOException {
        Path file = write("typo.case.yaml", """
                country: {code: XA}
                assessedOn: 2026-06-30
                evidence:
                  - {key: governance.body.exists, value: true}
                  - {key: governance.body.exist, value: true}
                  - {key: legislation.child_age_threshold, value: 25}
                expect:
                  levels: {1: 1}
                """);
        CliRun run = CliRun.of("test", file.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().lines()).containsExactly(
                file + ":5:41: /evidence/1/key: unknown evidence key 'governance.body.exist'; did you mean 'governance.body.exists'?",
                file + ":6:51: /evidence/2/value: legislation.child_age_threshold is 25, out of range; it must be from 0 to 21");
    }

    @Test
    void aCaseMustExpectSomething() throws IOException {
        Path file = write("empty.case.yaml", LEADERSHIP);
        CliRun run = CliRun.of("test", file.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains(file + ":1:1: the case expects nothing");
    }

    @Test
    void malformedYamlIsReportedWithItsLine() throws IOException {
        Path file = write("broken.case.yaml", "evidence: x.json\nexpect:\n  levels: {1: 2\n");
        CliRun run = CliRun.of("test", file.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith(file + ":").contains("not valid YAML");
    }

    @Test
    void aDirectoryWithoutCasesOrAMissingPathIsAUsageError() {
        CliRun empty = CliRun.of("test", dir.toString());
        assertThat(empty.exit()).isEqualTo(2);
        assertThat(empty.err()).contains("holds no *.case.yaml file");
        CliRun missing = CliRun.of("test", dir.resolve("nowhere").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("no such case file or directory");
    }

    @Test
    void helpDocumentsTheCaseFormat() {
        CliRun run = CliRun.of("test", "--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Usage: mnr test").contains("--rules").contains("evidence:").contains("variants:")
                .contains("expect:").contains("levels:").contains("scores:").contains("statuses:").contains("expected:")
                .contains("N passed, N failed").contains("Exit codes: 0 all passed, 1 some case failed, 2");
    }
}
