package org.mnr.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No command that writes loses evidence or replaces a special file: outputs are compared with inputs by
 * their real path and file identity, a result never replaces a file that is not a result, and devices,
 * FIFOs and links are written through.
 */
class OutputSafetyTest {

    private static final String XA = """
            {"country": {"code": "XA", "name": "Atlantis"}, "assessedOn": "2026-06-30",
             "evidence": [{"key": "governance.body.exists", "value": true}]}
            """;
    private static final String XA_YAML = """
            country: {code: XA, name: Atlantis}
            assessedOn: 2026-06-30
            evidence:
              - {key: governance.body.exists, value: true}
            """;

    @TempDir
    Path dir;

    private Path evidence;
    private Path link;

    @BeforeEach
    void evidenceBehindASymlinkedDirectory() throws IOException {
        evidence = Files.createDirectories(dir.resolve("ev"));
        Files.writeString(evidence.resolve("xa.json"), XA);
        Files.writeString(evidence.resolve("xb.json"), XA.replace("XA", "XB"));
        link = Files.createSymbolicLink(dir.resolve("evlink"), evidence);
    }

    private void assertEvidenceKept() throws IOException {
        assertThat(Files.readString(evidence.resolve("xa.json"))).isEqualTo(XA);
        assertThat(Files.readString(evidence.resolve("xb.json"))).isEqualTo(XA.replace("XA", "XB"));
    }

    @Test
    void scoreIntoASymlinkOfTheEvidenceDirectoryIsRefused() throws IOException {
        CliRun run = CliRun.of("score", evidence.toString(), "-o", link.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("is an input");
        assertEvidenceKept();
    }

    @Test
    void csvTableOntoAnInputThroughASymlinkIsRefused() throws IOException {
        CliRun run = CliRun.of("score", "--format", "csv", evidence.toString(), "-o", link.resolve("xa.json").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertEvidenceKept();
    }

    @Test
    void diffOntoAnInputThroughASymlinkIsRefused() throws IOException {
        CliRun run = CliRun.of("diff", evidence.resolve("xa.json").toString(), evidence.resolve("xb.json").toString(),
                "-o", link.resolve("xb.json").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertEvidenceKept();
    }

    @Test
    void aggregateOntoAnInputThroughASymlinkIsRefused() throws IOException {
        CliRun run = CliRun.of("aggregate", "--min-group", "2", evidence.toString(), "-o", link.resolve("xa.json").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertEvidenceKept();
    }

    @Test
    void templateFromOntoItselfThroughASymlinkIsRefused() throws IOException {
        CliRun run = CliRun.of("template", "--from", evidence.resolve("xa.json").toString(), "-o", link.resolve("xa.json").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertEvidenceKept();
    }

    @Test
    void anOutputThatIsAHardLinkOfAnInputIsRefused() throws IOException {
        Path hard = Files.createLink(dir.resolve("hard.json"), evidence.resolve("xa.json"));
        CliRun run = CliRun.of("score", evidence.resolve("xa.json").toString(), "-o", hard.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertEvidenceKept();
    }

    @Test
    void aResultNeverReplacesASiblingEvidenceFile() throws IOException {
        // The README's recipe: a workbook (here YAML) and the JSON converted from it, side by side.
        Path yaml = Files.writeString(evidence.resolve("xa.yaml"), XA_YAML);
        CliRun run = CliRun.of("score", yaml.toString(), "-o", evidence.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains(evidence.resolve("xa.json").toString()).contains("may be evidence");
        assertEvidenceKept();
    }

    @Test
    void aPreviousResultIsStillReplaced() throws IOException {
        Path out = dir.resolve("out");
        assertThat(CliRun.of("score", evidence.toString(), "-o", out.toString()).exit()).isZero();
        Files.writeString(evidence.resolve("xa.json"), XA.replace("Atlantis", "Atlantis Renamed"));
        assertThat(CliRun.of("score", evidence.toString(), "-o", out.toString()).exit()).isZero();
        assertThat(Files.readString(out.resolve("xa.json"))).contains("Atlantis Renamed");
    }

    @Test
    void aFifoIsWrittenThroughAndStaysAFifo() throws Exception {
        Path fifo = dir.resolve("pipe");
        assumeTrue(run("mkfifo", fifo.toString()), "mkfifo is available");
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "read failed: " + e;
            }
        });
        CliRun run = CliRun.of("score", evidence.resolve("xa.json").toString(), "-o", fifo.toString());
        if (!reader.isDone() && run.exit() != 0) {
            // Unblock the reader if nothing opened the FIFO for writing.
            Files.newOutputStream(fifo).close();
        }
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(reader.get(30, TimeUnit.SECONDS)).contains("\"code\": \"XA\"");
        assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(isOther(fifo)).isTrue();
    }

    @Test
    void aDeviceIsWrittenThroughAndAFullDiskNamesThePath() throws IOException {
        // A private copy of /dev/full (so the system's own is never at risk): every write fails with ENOSPC.
        Path full = dir.resolve("full");
        assumeTrue(run("mknod", full.toString(), "c", "1", "7"), "mknod is permitted");
        for (List<String> command : List.of(
                List.of("score", evidence.resolve("xa.json").toString()),
                List.of("template"),
                List.of("catalogue"),
                List.of("schema"),
                List.of("aggregate", "--min-group", "2", evidence.toString()),
                List.of("diff", evidence.resolve("xa.json").toString(), evidence.resolve("xb.json").toString()))) {
            List<String> args = new ArrayList<>(command);
            args.add("-o");
            args.add(full.toString());
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertThat(run.exit()).as(String.join(" ", command) + ": " + run.err()).isEqualTo(1);
            assertThat(run.err()).as(String.join(" ", command)).contains(full.toString()).contains("No space left on device")
                    .doesNotContain("Exception");
            assertThat(isOther(full)).as("still a device after " + command.get(0)).isTrue();
        }
    }

    @Test
    void aSymlinkedOutputFileStaysALinkAndItsTargetGetsTheResult() throws IOException {
        Path real = dir.resolve("real.json");
        Path out = Files.createSymbolicLink(dir.resolve("out.json"), real);
        CliRun run = CliRun.of("score", evidence.resolve("xa.json").toString(), "-o", out.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(Files.isSymbolicLink(out)).isTrue();
        assertThat(Files.readString(real)).contains("\"code\": \"XA\"");
    }

    @Test
    void aLongResultNameFitsBesideItsTemporaryFile() throws IOException {
        String name = "x".repeat(245 - ".json".length());
        Path input = Files.writeString(evidence.resolve(name + ".yaml"), XA_YAML);
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("score", input.toString(), "-o", out.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(out.resolve(name + ".json")).exists();
        try (var files = Files.list(out)) {
            assertThat(files).hasSize(1);
        }
    }

    private static boolean isOther(Path file) throws IOException {
        return Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther();
    }

    private static boolean run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void aNoteTooLongForAWorkbookCellIsAClearError() throws IOException {
        Path long_ = Files.writeString(dir.resolve("long.json"), XA.replace("\"value\": true}", "\"value\": true, \"note\": \""
                + "n".repeat(40_000) + "\"}"));
        Path out = dir.resolve("long.xlsx");
        CliRun run = CliRun.of("template", "--from", long_.toString(), "-o", out.toString());
        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains("long.json").contains("note of governance.body.exists").contains("32,767")
                .doesNotContain("Exception");
        assertThat(out).doesNotExist();
    }
}
