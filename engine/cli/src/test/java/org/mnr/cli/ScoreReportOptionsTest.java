package org.mnr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** mnr score's report options: the format from -o's extension, PDF, languages, Excel's CSV, metadata and the previous assessment. */
class ScoreReportOptionsTest {

    private static final Path CORDESSA = Engines.FIXTURES.resolve("xc-cordessa-2026.json");
    private static final Path CORDESSA_2025 = Engines.FIXTURES.resolve("xc-cordessa-2025.json");
    private static final Path ARVENIA = Engines.FIXTURES.resolve("xa-arvenia-2026.json");

    @TempDir
    Path dir;

    @Test
    void aFileMissingEveryKeyOfOneCapabilityShowsNotAssessedOnItsLine() throws IOException {
        // Capability 21's criteria read only terminology.* keys and no other capability's level, and no variant
        // changes them: without those keys every one of them is unknown, so its coverage is 0.
        String evidence = Files.readString(CORDESSA);
        String without = Arrays.stream(evidence.split("\n")).filter(l -> !l.contains("\"terminology."))
                .collect(Collectors.joining("\n"));
        assertThat(without).doesNotContain("terminology.");
        Path file = Files.writeString(dir.resolve("xc.json"), without.replaceAll(",(\\s*)]", "$1]"));
        CliRun run = CliRun.of("score", "--format", "text", file.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        String line = Arrays.stream(run.out().split("\n")).filter(l -> l.startsWith("21  ")).findFirst().orElseThrow();
        assertThat(line).contains("Universal Terminology").contains("Not assessed").doesNotContain("0 Not in place");
        String before = Arrays.stream(CliRun.of("score", "--format", "text", CORDESSA.toString()).out().split("\n"))
                .filter(l -> l.startsWith("21  ")).findFirst().orElseThrow();
        assertThat(before).doesNotContain("Not assessed");
    }

    @Test
    void theOutputFileNameChoosesTheFormatWhenNoneIsGiven() throws IOException {
        for (String name : new String[] {"r.pdf", "r.html", "r.md", "r.csv", "r.json", "r.txt"}) {
            Path out = dir.resolve(name);
            CliRun run = CliRun.of("score", CORDESSA.toString(), "-o", out.toString());
            assertThat(run.exit()).as(name + ": " + run.err()).isZero();
            byte[] bytes = Files.readAllBytes(out);
            String text = new String(bytes, StandardCharsets.UTF_8);
            switch (name) {
                case "r.pdf" -> assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
                case "r.html" -> assertThat(text).startsWith("<!DOCTYPE html>");
                case "r.md" -> assertThat(text).startsWith("# MNR maturity report: Cordessa (XC)");
                case "r.csv" -> assertThat(text).startsWith("code,name,assessed on,");
                case "r.json" -> assertThat(text).startsWith("{").contains("\"capabilities\"");
                default -> assertThat(text).startsWith("Cordessa (XC), assessed on");
            }
        }
    }

    @Test
    void aFormatThatContradictsTheFileNameIsAUsageErrorAndWritesNothing() {
        Path out = dir.resolve("report.pdf");
        CliRun run = CliRun.of("score", "--format", "html", CORDESSA.toString(), "-o", out.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--format html contradicts -o " + out).contains(".html");
        assertThat(out).doesNotExist();
        assertThat(CliRun.of("score", "--format", "pdf", CORDESSA.toString(), "-o", out.toString()).exit()).isZero();
        assertThat(CliRun.of("score", "--format", "csv", CORDESSA.toString(), "-o", dir.resolve("x.json").toString()).exit()).isEqualTo(2);
    }

    @Test
    void aPdfNeedsAFileAndIsTheSameBytesEachTime() throws IOException {
        CliRun toTerminal = CliRun.of("score", "--format", "pdf", CORDESSA.toString());
        assertThat(toTerminal.exit()).isEqualTo(2);
        assertThat(toTerminal.err()).contains("-o report.pdf");
        assertThat(toTerminal.out()).isEmpty();
        Path a = dir.resolve("a.pdf");
        Path b = dir.resolve("b.pdf");
        assertThat(CliRun.of("score", CORDESSA.toString(), "-o", a.toString()).exit()).isZero();
        assertThat(CliRun.of("score", CORDESSA.toString(), "-o", b.toString()).exit()).isZero();
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
    }

    @Test
    void excelGetsAByteOrderMarkAndOnlyForCsv() throws IOException {
        Path plain = dir.resolve("plain.csv");
        Path excel = dir.resolve("excel.csv");
        assertThat(CliRun.of("score", CORDESSA.toString(), "-o", plain.toString()).exit()).isZero();
        assertThat(CliRun.of("score", "--excel", CORDESSA.toString(), "-o", excel.toString()).exit()).isZero();
        byte[] withMark = Files.readAllBytes(excel);
        assertThat(Arrays.copyOf(withMark, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(Arrays.copyOfRange(withMark, 3, withMark.length)).isEqualTo(Files.readAllBytes(plain));
        assertThat(Files.readAllBytes(plain)[0]).isEqualTo((byte) 'c');
        CliRun html = CliRun.of("score", "--excel", "--format", "html", CORDESSA.toString());
        assertThat(html.exit()).isEqualTo(2);
        assertThat(html.err()).contains("--excel");
    }

    @Test
    void theLanguageIsChosenWithLangAndAnUnknownOneIsAUsageError() throws IOException {
        Path out = dir.resolve("fr.html");
        CliRun run = CliRun.of("score", "--lang", "fr", CORDESSA.toString(), "-o", out.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        Document page = Jsoup.parse(Files.readString(out));
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fr");
        assertThat(page.selectFirst("#summary-title").text()).isEqualTo("Synthèse");
        CliRun unknown = CliRun.of("score", "--lang", "xx", CORDESSA.toString());
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("--lang").contains("en, fr, es");
    }

    @Test
    void metadataAndADraftAreShown() throws IOException {
        Path out = dir.resolve("draft.html");
        CliRun run = CliRun.of("score", "--assessor", "Jane Doe", "--organisation", "Ministry", "--status", "draft", CORDESSA.toString(),
                "-o", out.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        Document page = Jsoup.parse(Files.readString(out));
        assertThat(page.selectFirst("header .credits").text()).isEqualTo("Assessed by Jane Doe. For Ministry. Status: draft.");
        assertThat(page.selectFirst(".draft-mark").text()).isEqualTo("DRAFT");
        CliRun bad = CliRun.of("score", "--status", "drafty", CORDESSA.toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("--status takes draft or final");
    }

    @Test
    void thePreviousAssessmentOfTheSameCountryStandsBesideAndAnotherCountryIsRefused() throws IOException {
        Path out = dir.resolve("xc.html");
        CliRun run = CliRun.of("score", CORDESSA.toString(), "--previous", CORDESSA_2025.toString(), "-o", out.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        Document page = Jsoup.parse(Files.readString(out));
        assertThat(page.selectFirst("#levels thead th.previous").text()).isEqualTo("Previous (2025-09-30)");
        assertThat(page.select("#levels tbody td.previous")).hasSize(21);

        Path result = dir.resolve("before.json");
        assertThat(CliRun.of("score", CORDESSA_2025.toString(), "-o", result.toString()).exit()).isZero();
        Path fromResult = dir.resolve("xc2.html");
        assertThat(CliRun.of("score", CORDESSA.toString(), "--previous", result.toString(), "-o", fromResult.toString()).exit()).isZero();
        assertThat(Files.readString(fromResult)).isEqualTo(Files.readString(out));

        Path other = dir.resolve("other.html");
        CliRun refused = CliRun.of("score", CORDESSA.toString(), "--previous", ARVENIA.toString(), "-o", other.toString());
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("assesses XA, not XC");
        assertThat(other).doesNotExist();
        assertThat(CliRun.of("score", "--format", "text", CORDESSA.toString(), "--previous", CORDESSA_2025.toString()).exit()).isEqualTo(2);
    }
}
