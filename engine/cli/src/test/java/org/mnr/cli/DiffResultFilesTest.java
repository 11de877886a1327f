package org.mnr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mnr diff} checks a result file as the result schema describes it, and every file's size before reading it. */
class DiffResultFilesTest {

    private static final String AFTER = Engines.FIXTURES.resolve("xc-cordessa-2026.json").toString();

    @TempDir
    Path dir;

    private String result;

    @BeforeEach
    void scoreARealResult() {
        CliRun run = CliRun.of("score", Engines.FIXTURES.resolve("xc-cordessa-2025.json").toString());
        assertThat(run.exit()).isZero();
        result = run.out();
    }

    private CliRun diff(String brokenResult) throws IOException {
        Path before = Files.writeString(dir.resolve("before.json"), brokenResult);
        return CliRun.of("diff", before.toString(), AFTER);
    }

    private static void assertRefusedInUsersWords(CliRun run, String pointer) {
        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("before.json").contains("not a result written by 'mnr score'").contains(pointer)
                .doesNotContain("Cannot deserialize").doesNotContain("com.fasterxml").doesNotContain("Exception")
                .doesNotContain("through reference chain");
    }

    @Test
    void aLevelOutsideZeroToFourIsRefused() throws IOException {
        assertRefusedInUsersWords(diff(result.replaceFirst("(?s)(\"capabilities\".*?)\"level\": \\d", "$1\"level\": 99")), "/capabilities/0/level");
    }

    @Test
    void aScoreThatIsNotANumberIsRefused() throws IOException {
        assertRefusedInUsersWords(diff(result.replaceFirst("\"score\": [0-9.]+", "\"score\": \"NaN\"")), "score");
    }

    @Test
    void aScoreAbove100IsRefused() throws IOException {
        assertRefusedInUsersWords(diff(result.replaceFirst("(\"capabilities\".*?)\"score\": [0-9.]+", "$1\"score\": 1000.5")
                .replaceFirst("(?s)(\"capabilities\".*?)\"score\": [0-9.]+", "$1\"score\": 1000.5")), "score");
    }

    @Test
    void aLevelOfTheWrongTypeIsRefusedWithoutJacksonsWords() throws IOException {
        assertRefusedInUsersWords(diff(result.replaceFirst("(?s)(\"capabilities\".*?)\"level\": \\d", "$1\"level\": \"high\"")), "/capabilities/0/level");
    }

    @Test
    void aHugeFileIsRefusedBeforeItIsRead() throws IOException {
        Path huge = dir.resolve("huge.json");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(3L * 1024 * 1024 * 1024);
        }
        CliRun run = CliRun.of("diff", huge.toString(), AFTER);
        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains("huge.json").contains("--max-file-size").doesNotContain("OutOfMemory").doesNotContain("Exception");
    }

    @Test
    void aHugeCaseFileIsRefusedBeforeItIsRead() throws IOException {
        Path huge = dir.resolve("huge.case.yaml");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(3L * 1024 * 1024 * 1024);
        }
        CliRun run = CliRun.of("test", huge.toString());
        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains("huge.case.yaml").contains("larger than").doesNotContain("OutOfMemory").doesNotContain("Exception");
    }
}
