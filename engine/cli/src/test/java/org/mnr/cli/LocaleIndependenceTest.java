package org.mnr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command behaves the same whatever the locale: run as its own process with an empty environment (no
 * {@code LANG}, so Java's platform charset is ASCII), names keep every character and nothing is an internal error.
 */
class LocaleIndependenceTest {

    private static final String NAME = "Åland Ñandú 中国 ✓";
    private static final String EVIDENCE = """
            {"country": {"code": "XA", "name": "%s"}, "assessedOn": "2026-06-30",
             "evidence": [{"key": "governance.body.exists", "value": true, "source": "Décret n° 12"}]}
            """.formatted(NAME);

    @TempDir
    Path dir;

    private record Run(int exit, byte[] out, String err) {
    }

    private static Run mnr(Path workingDirectory, String... args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Djava.awt.headless=true", Mnr.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
        builder.environment().clear();
        Path err = Files.createTempFile("mnr-err", ".txt");
        builder.redirectError(err.toFile());
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String errText = Files.readString(err, StandardCharsets.UTF_8);
        Files.delete(err);
        return new Run(process.exitValue(), out, errText);
    }

    @Test
    void standardOutputIsUtf8WithoutALocale() throws Exception {
        Path input = Files.writeString(dir.resolve("xa.json"), EVIDENCE);
        Run template = mnr(dir, "template", "--from", input.getFileName().toString());
        assertThat(template.exit()).as(template.err()).isZero();
        assertThat(new String(template.out(), StandardCharsets.UTF_8)).contains(NAME).contains("Décret n° 12");

        Run text = mnr(dir, "score", "--format", "text", input.getFileName().toString());
        assertThat(text.exit()).as(text.err()).isZero();
        assertThat(new String(text.out(), StandardCharsets.UTF_8)).contains(NAME);
    }

    @Test
    void aFileNameTheLocaleCannotSpellIsHandled() throws Exception {
        Path evidence = Files.createDirectories(dir.resolve("ev"));
        Files.writeString(evidence.resolve("évidence-中国.json"), EVIDENCE);
        Run run = mnr(dir, "score", "ev", "-o", "out");
        assertThat(run.err()).doesNotContain("internal error").doesNotContain("Exception");
        if (run.exit() == 0) {
            try (var files = Files.list(dir.resolve("out"))) {
                assertThat(files.map(f -> f.getFileName().toString())).containsExactly("évidence-中国.json");
            }
        } else {
            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.err()).contains("locale");
        }
        Run validate = mnr(dir, "validate", "ev");
        assertThat(validate.err()).doesNotContain("internal error").doesNotContain("Exception");
        assertThat(validate.exit()).isZero();
        assertThat(new File(dir.toFile(), "ev").list()).hasSize(1);
    }

    @Test
    void aMalformedWorkbookIsOneProblemLineAndTheBatchGoesOn() throws Exception {
        Path evidence = Files.createDirectories(dir.resolve("batch"));
        Path workbook = evidence.resolve("a-broken.xlsx");
        assertThat(CliRun.of("template", "-o", workbook.toString()).exit()).isZero();
        breakEveryNumberCell(workbook);
        Files.writeString(evidence.resolve("b-good.json"), EVIDENCE);
        Files.copy(workbook, evidence.resolve("c-broken.xlsx"));
        Run run = mnr(dir, "validate", "batch");
        assertThat(run.exit()).isEqualTo(2);
        String out = new String(run.out(), StandardCharsets.UTF_8);
        assertThat(out).contains("b-good.json: valid").doesNotContain("broken.xlsx: valid");
        // Only the command's own lines, one per problem, each naming its file: no log line of POI's, no stack trace.
        assertThat(run.err().lines()).isNotEmpty().allSatisfy(line -> assertThat(line).matches("batch/[ac]-broken\\.xlsx: .*"));
        assertThat(run.err()).contains("a-broken.xlsx: sheet Country, row").contains("c-broken.xlsx: sheet Country, row")
                .contains("the number cell holds something that is not a number");
    }

    /** Gives every number cell (no type, or t="n") of the workbook's sheets the stored value "abc", as a broken program would. */
    private static void breakEveryNumberCell(Path workbook) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(workbook));
                java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(bytes)) {
            for (java.util.zip.ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().startsWith("xl/worksheets/")) {
                    content = new String(content, StandardCharsets.UTF_8).replaceAll("(<c r=\"[A-Z]+[0-9]+\" t=\"n\"(?: s=\"[0-9]+\")?)><v>[0-9.]+</v>", "$1><v>abc</v>")
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        Files.write(workbook, bytes.toByteArray());
    }
}
