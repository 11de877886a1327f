package org.mnr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Control characters in file names and evidence never reach the terminal raw, in any command's lines. */
class TerminalSafetyTest {

    private static final Pattern RAW_CONTROL = Pattern.compile("[\\x00-\\x08\\x0B-\\x1F\\x7F-\\x9F]");
    private static final String HOSTILE = "x\u001B]0;owned\u0007\u001B[2J\rline\nbreak";

    @TempDir
    Path dir;

    @Test
    void fileNamesAndEvidenceTextAreEscapedInEveryLine() throws IOException {
        Path evidence = Files.createDirectories(dir.resolve("ev"));
        Files.writeString(evidence.resolve(HOSTILE + ".json"), """
                {"country": {"code": "XA", "name": "%s", "memberships": ["EU"]}, "assessedOn": "2026-06-30",
                 "evidence": [{"key": "governance.body.exists", "value": true, "source": "%s"},
                              {"key": "coe.lanzarote.monitoring_reply_date", "value": "2024-03-15"}]}
                """.formatted("A\\u001b[31mtlantis\\u0007", "Decree\\u001b]0;x\\u0007"));
        Files.writeString(evidence.resolve(HOSTILE + "-bad.json"), "{\"country\": 1}");
        for (String[] args : new String[][] {
            {"validate", evidence.toString()},
            {"score", evidence.toString(), "-o", dir.resolve("out").toString()},
            {"score", "--format", "md", evidence.resolve(HOSTILE + ".json").toString()},
            {"score", "--format", "csv", evidence.toString()},
            {"aggregate", "--min-group", "2", evidence.toString()},
            {"diff", evidence.resolve(HOSTILE + ".json").toString(), evidence.resolve(HOSTILE + "-bad.json").toString()},
            {"score", dir.resolve(HOSTILE + "-missing.json").toString()},
        }) {
            CliRun run = CliRun.of(args);
            assertThat(RAW_CONTROL.matcher(run.out().replace("\r\n", "\n")).find()).as(args[0] + " out: " + run.out()).isFalse();
            assertThat(RAW_CONTROL.matcher(run.err()).find()).as(args[0] + " err: " + run.err()).isFalse();
            assertThat(run.err().lines()).allSatisfy(line -> assertThat(line).doesNotStartWith("break"));
        }
    }
}
