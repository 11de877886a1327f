package org.mnr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The limits on evidence files can be raised and lowered on score and validate, and a file over one names it. */
class LimitOptionsTest {

    private static final String VALID = """
            {
              "country": {"code": "XA", "memberships": ["EU"]},
              "assessedOn": "2026-06-30",
              "evidence": [
                {"key": "governance.body.exists", "value": true},
                {"key": "governance.body.members", "value": ["government", "law_enforcement", "industry"]}
              ]
            }
            """;

    @TempDir
    Path dir;

    private Path valid() throws IOException {
        return Files.writeString(dir.resolve("xa.json"), VALID);
    }

    @Test
    void everyLimitHasAnOptionOnScoreAndValidate() {
        for (String command : new String[] {"score", "validate"}) {
            assertThat(CliRun.of(command, "--help").out().replaceAll("\\s+", " ")).contains("--max-file-size=SIZE").contains("--max-depth=N")
                    .contains("--max-string-length=N").contains("--max-number-length=N").contains("--max-items=N")
                    .contains("default: 64").contains("default: 100000").contains("default: 10000").contains("10MB");
        }
    }

    @Test
    void aFileOverALimitNamesTheLimitAndItsOption() throws IOException {
        Path file = valid();
        CliRun depth = CliRun.of("validate", "--max-depth", "3", file.toString());
        assertThat(depth.exit()).isEqualTo(2);
        assertThat(depth.err()).startsWith(file + ":6:40: /evidence/1/value: arrays and objects are nested deeper than the maximum"
                + " nesting depth of 3; if the file is genuine, raise the limit with --max-depth");
        CliRun items = CliRun.of("score", "--max-items", "4", file.toString());
        assertThat(items.exit()).isEqualTo(2);
        assertThat(items.out()).isEmpty();
        assertThat(items.err()).contains(file + ":6:64: /evidence/1/value/1: the file holds more than the maximum item count of 4");
        CliRun size = CliRun.of("validate", "--max-file-size", "100", file.toString());
        assertThat(size.err()).contains("more than the maximum file size of 100 bytes").contains("--max-file-size");
    }

    @Test
    void raisingALimitLetsTheFileThrough() throws IOException {
        String longNote = VALID.replace("\"value\": true}", "\"value\": true, \"note\": \"" + "n".repeat(150_000) + "\"}");
        Path file = Files.writeString(dir.resolve("long.json"), longNote);
        CliRun refused = CliRun.of("validate", file.toString());
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("/evidence/0/note: a string is longer than the maximum string length of 100,000 characters")
                .contains("--max-string-length");
        CliRun raised = CliRun.of("validate", "--max-string-length", "200000", file.toString());
        assertThat(raised.exit()).isZero();
        assertThat(raised.out()).isEqualTo(file + ": valid\n");
    }

    @Test
    void sizesAreWrittenAsPeopleWriteThem() throws IOException {
        Path file = valid();
        assertThat(CliRun.of("validate", "--max-file-size", "1KB", file.toString()).exit()).isZero();
        assertThat(CliRun.of("validate", "--max-file-size", "1k", file.toString()).exit()).isZero();
        CliRun bad = CliRun.of("validate", "--max-file-size", "ten", file.toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("'ten' is not a size").doesNotContain("Exception");
    }

    @Test
    void aLimitBelowOneIsAUsageError() throws IOException {
        CliRun run = CliRun.of("score", "--max-depth", "0", valid().toString());
        assertThat(run.exit()).isEqualTo(2);
        // Said by the option the user gave, which is what they can change (the library names the limit, not the option).
        assertThat(run.err()).isEqualTo("mnr: --max-depth takes a positive number, not 0\n");
    }
}
