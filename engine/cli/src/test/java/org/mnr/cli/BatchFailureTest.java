package org.mnr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch in which one assessment fails, because a pack's rule misbehaves or its result cannot be
 * written, still scores the others, leaves every result whole and no temporary file, and exits 1.
 */
class BatchFailureTest {

    private static final String ROGUE_PACK = Path.of("src/test/resources/packs/rogue").toString();

    @TempDir
    Path dir;

    private static String plain(String code) {
        return evidence(code).replace("\"Rogue\"", "");
    }

    private static String evidence(String code, String... extra) {
        StringBuilder items = new StringBuilder("{\"key\": \"governance.body.exists\", \"value\": true}");
        for (String key : extra) {
            items.append(", {\"key\": \"").append(key).append("\", \"value\": true}");
        }
        return "{\"country\": {\"code\": \"" + code + "\", \"memberships\": [\"Rogue\"]}, \"assessedOn\": \"2026-06-30\", \"evidence\": ["
                + items + "]}\n";
    }

    private Path input(String name, String content) throws IOException {
        Path file = dir.resolve("in").resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aLoopingRuleFailsItsCountryAndTheOthersAreScored() throws IOException {
        input("xa.json", evidence("XA"));
        input("xb.json", evidence("XB", "rogue.loop"));
        input("xc.json", evidence("XC", "rogue.throw"));
        input("xd.json", evidence("XD"));
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("score", "--rules", ROGUE_PACK, dir.resolve("in").toString(), "-o", out.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(names(out)).containsExactly("xa.json", "xd.json");
        assertThat(run.err().lines().toList()).satisfiesExactly(
                line -> assertThat(line).startsWith("mnr: " + dir.resolve("in/xb.json") + ": no result: ")
                        .contains("rule \"ROGUE.C01.L4.loop\" of pack rogue").contains("while assessing XB").contains("loops"),
                line -> assertThat(line).startsWith("mnr: " + dir.resolve("in/xc.json") + ": no result: ")
                        .contains("rule \"ROGUE.C01.L4.throws\" of pack rogue failed while assessing XC")
                        .contains("the rule broke on purpose"));
        for (String name : List.of("xa.json", "xd.json")) {
            assertThat(new ObjectMapper().readTree(out.resolve(name).toFile()).path("packs").toString()).contains("rogue");
        }
    }

    @Test
    void aRuleFailureOutweighsInvalidInputInTheExitCode() throws IOException {
        input("xa.json", "{\"country\": {\"code\": \"XA\"}}");
        input("xb.json", evidence("XB", "rogue.throw"));
        CliRun run = CliRun.of("score", "--rules", ROGUE_PACK, dir.resolve("in").toString(), "-o", dir.resolve("out").toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("assessedOn is missing").contains("rule \"ROGUE.C01.L4.throws\"");
    }

    @Test
    void aResultThatCannotBeWrittenLeavesTheOthersWholeAndNoTemporaryFile() throws IOException {
        input("xa.json", plain("XA"));
        input("xb.json", plain("XB"));
        input("xc.json", plain("XC"));
        Path out = dir.resolve("out");
        // Something else already sits where the second result goes, so moving it into place fails.
        Files.createDirectories(out.resolve("xb.json").resolve("keep"));
        CliRun run = CliRun.of("score", dir.resolve("in").toString(), "-o", out.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().lines()).singleElement().asString().startsWith("mnr: " + out.resolve("xb.json") + ": cannot write the result of "
                + dir.resolve("in/xb.json") + ": ").doesNotContain("Exception");
        assertThat(names(out)).containsExactly("xa.json", "xb.json", "xc.json");
        assertThat(out.resolve("xb.json")).isDirectory();
        for (String code : List.of("XA", "XC")) {
            Path result = out.resolve(code.toLowerCase(Locale.ROOT) + ".json");
            Path alone = dir.resolve("alone-" + code + ".json");
            CliRun single = CliRun.of("score", dir.resolve("in").resolve(result.getFileName()).toString(), "-o", alone.toString());
            assertThat(single.exit()).isZero();
            assertThat(Files.readString(result)).isEqualTo(Files.readString(alone));
        }
    }

    @Test
    void aFailedWriteKeepsThePreviousFileAndRemovesItsTemporaryFile() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("out"));
        Path target = Files.writeString(folder.resolve("result.json"), "previous");
        AtomicFiles.write(target, "next");
        assertThat(Files.readString(target)).isEqualTo("next");
        Path blocked = Files.createDirectories(folder.resolve("blocked.json").resolve("inside"));
        try {
            AtomicFiles.write(blocked.getParent(), "never");
        } catch (IOException expected) {
            assertThat(AtomicFiles.describe(expected)).isNotBlank().doesNotContain("Exception");
        }
        assertThat(names(folder)).containsExactly("blocked.json", "result.json");
        Path underAFile = target.resolve("child.json");
        try {
            AtomicFiles.write(underAFile, "never");
        } catch (IOException expected) {
            assertThat(AtomicFiles.describe(expected)).isNotBlank();
        }
        assertThat(Files.readString(target)).isEqualTo("next");
        assertThat(names(folder)).containsExactly("blocked.json", "result.json");
    }

    @Test
    void emptyPathsAreUsageErrorsNotTheCurrentDirectory() throws IOException {
        Path file = input("xa.json", plain("XA"));
        CliRun emptyOutput = CliRun.of("score", file.toString(), "-o", "");
        assertThat(emptyOutput.exit()).isEqualTo(2);
        assertThat(emptyOutput.err()).isEqualTo("mnr: -o is an empty path; name a file or a directory for the results\n");
        CliRun emptyInput = CliRun.of("validate", "");
        assertThat(emptyInput.exit()).isEqualTo(2);
        assertThat(emptyInput.err()).contains("an input is an empty path");
        assertThat(names(dir.resolve("in"))).containsExactly("xa.json");
    }

    @Test
    void aResultGetsThePermissionsOfAnyNewFileNotOnlyItsOwners() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("out"));
        Path plain = Files.writeString(folder.resolve("plain.txt"), "plain");
        Path result = folder.resolve("result.json");
        AtomicFiles.write(result, "{}");
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(Files.getPosixFilePermissions(result)).isEqualTo(Files.getPosixFilePermissions(plain));
        }
        assertThat(names(folder)).containsExactly("plain.txt", "result.json");
    }
}
