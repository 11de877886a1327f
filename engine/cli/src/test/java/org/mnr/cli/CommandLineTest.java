package org.mnr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

    @TempDir
    Path dir;

    @Test
    void versionNamesTheEngine() {
        CliRun run = CliRun.of("--version");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("mnr 1.0.0");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"score", "validate"}) {
            CliRun run = CliRun.of(command, "--help");
            assertThat(run.exit()).as(command).isZero();
            assertThat(run.out()).as(command).contains("Usage: mnr " + command);
        }
        assertThat(CliRun.of("--help").out()).contains("score").contains("validate");
        assertThat(CliRun.of("score", "--help").out()).contains("--rules").contains("trust");
    }

    @Test
    void validateReportsEveryProblemAndExitsTwo() throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, """
                {"country": {"code": "XA"}, "assessedOn": "2026-06-31",
                 "evidence": [{"key": "governance.body.exist", "value": true}]}
                """);
        CliRun run = CliRun.of("validate", file.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(2);
        assertThat(run.err()).contains("assessedOn '2026-06-31' is not a valid ISO date")
                .contains("unknown evidence key 'governance.body.exist'; did you mean 'governance.body.exists'?");
    }

    @Test
    void validateAcceptsValidEvidence() throws IOException {
        Path file = dir.resolve("ok.json");
        Files.writeString(file, "{\"country\": {\"code\": \"FR\"}, \"assessedOn\": \"2026-06-30\", \"evidence\": []}");
        CliRun run = CliRun.of("validate", file.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("ok.json: valid");
    }
}
