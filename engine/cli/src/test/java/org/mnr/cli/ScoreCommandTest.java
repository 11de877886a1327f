package org.mnr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreCommandTest {

    private static final String VALID = """
            {
              "country": {"code": "XA", "name": "Atlantis", "memberships": ["CoE"]},
              "assessedOn": "2026-06-30",
              "evidence": [
                {"key": "governance.body.exists", "value": true, "source": "Decree 12/2021"},
                {"key": "governance.ministerial_commitment", "value": true},
                {"key": "coe.lanzarote.monitoring_reply_date", "value": "2024-03-15"}
              ]
            }
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
    void oneInputPrintsItsJsonResult() throws IOException {
        CliRun run = CliRun.of("score", write("xa.json", VALID).toString());
        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode result = new ObjectMapper().readTree(run.out());
        assertThat(result.path("country").path("code").asText()).isEqualTo("XA");
        assertThat(result.path("packs").toString()).contains("\"mnr\"").contains("\"coe\"");
        assertThat(result.path("capabilities")).hasSize(21);
        assertThat(result.path("capabilities").get(0).path("level").asInt()).isEqualTo(1);
    }

    @Test
    void sameInputGivesTheSameBytes() throws IOException {
        Path file = write("xa.json", VALID);
        assertThat(CliRun.of("score", file.toString()).out()).isEqualTo(CliRun.of("score", file.toString()).out());
    }

    @Test
    void textFormatIsATableWithLevelNamesAndNextSteps() throws IOException {
        Path file = write("xa.json", VALID);
        CliRun run = CliRun.of("score", "--format", "text", file.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Atlantis (XA), assessed on 2026-06-30")
                .contains("Leadership").contains("1 Building")
                // The table names the next level; the list under it names what blocks it, by id, title and status.
                .contains(" 1 Leadership, to Developing:\n   - C01.L2.current-strategy: "
                        + criterionTitle(file, "C01.L2.current-strategy") + " (");
    }

    private static String criterionTitle(Path file, String id) {
        return Engines.installed().assess(file).capabilities().stream().flatMap(c -> c.criteria().stream()).filter(k -> k.id().equals(id))
                .findFirst().orElseThrow().title();
    }

    @Test
    void outputDirectoryGetsOneResultPerInput() throws IOException {
        write("in/xa.json", VALID);
        write("in/xb.json", VALID.replace("\"XA\"", "\"XB\""));
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("score", dir.resolve("in").toString(), "-o", out.toString());
        assertThat(run.exit()).isZero();
        assertThat(out.resolve("xa.json")).exists();
        assertThat(Files.readString(out.resolve("xb.json"))).contains("\"code\": \"XB\"");
        try (var files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("xa.json", "xb.json");
        }
    }

    @Test
    void invalidInputExitsTwoNamesFileAndPlaceAndWritesNothing() throws IOException {
        Path bad = write("in/bad.json", VALID.replace("\"value\": true, \"source\"", "\"value\": \"yes\", \"source\""));
        write("in/good.json", VALID);
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("score", dir.resolve("in").toString(), "-o", out.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains(bad + ":5:").contains("/evidence/0/value").contains("governance.body.exists takes true or false");
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(out.resolve("bad.json")).doesNotExist();
        assertThat(out.resolve("good.json")).exists();
    }

    @Test
    void missingFileExitsTwo() {
        CliRun run = CliRun.of("score", dir.resolve("absent.json").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("absent.json").contains("no such file");
    }

    @Test
    void directoryWithoutEvidenceExitsTwo() throws IOException {
        Files.createDirectories(dir.resolve("empty"));
        CliRun run = CliRun.of("score", dir.resolve("empty").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("holds no evidence file (*.json, *.yaml, *.yml, *.xlsx)");
    }

    @Test
    void severalJsonInputsWithoutOutputDirectoryIsAUsageError() throws IOException {
        CliRun run = CliRun.of("score", write("a.json", VALID).toString(), write("b.json", VALID).toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("-o DIR");
    }

    @Test
    void outputThatIsAnInputIsRefusedAndTheInputKept() throws IOException {
        Path file = write("xa.json", VALID);
        CliRun run = CliRun.of("score", file.toString(), "-o", file.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("is an input");
        assertThat(Files.readString(file)).isEqualTo(VALID);
    }

    @Test
    void existingOutputIsReplacedWhole() throws IOException {
        Path file = write("xa.json", VALID);
        Path out = write("out/result.json", "old content that is longer than nothing");
        CliRun run = CliRun.of("score", file.toString(), "-o", out.toString());
        assertThat(run.exit()).isZero();
        assertThat(new ObjectMapper().readTree(out.toFile()).path("country").path("code").asText()).isEqualTo("XA");
        try (var files = Files.list(out.getParent())) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("result.json");
        }
    }

    @Test
    void resultFilesGetThePermissionsOfAnyNewFile() throws IOException {
        Path out = dir.resolve("out/result.json");
        assertThat(CliRun.of("score", write("xa.json", VALID).toString(), "-o", out.toString()).exit()).isZero();
        Path ordinary = Files.writeString(dir.resolve("out/ordinary.txt"), "x");
        assertThat(Files.getPosixFilePermissions(out)).isEqualTo(Files.getPosixFilePermissions(ordinary));
    }

    @Test
    void severalInputsOnSeveralThreadsKeepTheInputOrder() throws IOException {
        for (String code : new String[] {"XA", "XB", "XC", "XD", "XE", "XF"}) {
            write("in/" + code.toLowerCase(java.util.Locale.ROOT) + ".json", VALID.replace("\"XA\"", "\"" + code + "\""));
        }
        CliRun run = CliRun.of("score", "--format", "text", "--threads", "3", dir.resolve("in").toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out().lines().filter(l -> l.startsWith("Atlantis (")).map(l -> l.substring(10, 12)).toList())
                .containsExactly("XA", "XB", "XC", "XD", "XE", "XF");
        assertThat(CliRun.of("score", "--format", "text", "--threads", "1", dir.resolve("in").toString()).out()).isEqualTo(run.out());
    }

    @Test
    void noVariantsAndNamedVariantsChooseThePacks() throws IOException {
        Path file = write("xa.json", VALID);
        assertThat(CliRun.of("score", "--no-variants", file.toString()).out()).doesNotContain("\"coe\"");
        CliRun named = CliRun.of("score", "--variant", "eu", file.toString());
        assertThat(named.out()).contains("\"eu\"").doesNotContain("\"id\": \"coe\"");
        assertThat(named.err()).contains("coe.lanzarote.monitoring_reply_date").contains("does not apply");
    }

    @Test
    void unknownVariantIsAUsageError() throws IOException {
        CliRun run = CliRun.of("score", "--variant", "oas", write("xa.json", VALID).toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("unknown variant 'oas'").contains("coe");
    }

    @Test
    void htmlFormatWritesOnePagePerInputNamedAfterIt() throws IOException {
        write("in/xa.json", VALID);
        write("in/xb.json", VALID.replace("\"XA\"", "\"XB\"").replace("Atlantis", "Borealis"));
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("score", "--format", "html", dir.resolve("in").toString(), "-o", out.toString());
        assertThat(run.exit()).isZero();
        try (var files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("xa.html", "xb.html");
        }
        Document page = Jsoup.parse(Files.readString(out.resolve("xb.html")));
        assertThat(page.selectFirst("h1").text()).isEqualTo("Borealis (XB)");
        assertThat(page.select("section.capability")).hasSize(21);
        // Capability 1's level 1 criteria are met and the rest have keys missing: provisional. Capability 2 has no evidence
        // and reads no other capability: nothing of it is settled.
        assertThat(page.selectFirst("#capability-1 .level-name").text()).startsWith("1 Building, up to ");
        assertThat(page.selectFirst("#capability-2 .level-name").text()).isEqualTo("Not assessed: no criterion is settled yet");
        assertThat(page.select("figure.chart svg")).hasSize(1);
    }

    @Test
    void htmlIsByteIdenticalAcrossRuns() throws IOException {
        Path file = write("xa.json", VALID);
        String first = CliRun.of("score", "--format", "html", file.toString()).out();
        assertThat(first).startsWith("<!DOCTYPE html>");
        assertThat(CliRun.of("score", "--format", "html", file.toString()).out()).isEqualTo(first);
    }

    @Test
    void severalHtmlResultsNeedAnOutputDirectory() throws IOException {
        CliRun run = CliRun.of("score", "--format", "html", write("a.json", VALID).toString(), write("b.json", VALID).toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("-o DIR");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void markdownFormatHasTheLevelsAndTheNextSteps() throws IOException {
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("score", "--format", "md", write("xa.json", VALID).toString(), "-o", out.toString() + "/");
        assertThat(run.exit()).isZero();
        String md = Files.readString(out.resolve("xa.md"));
        assertThat(md).startsWith("# MNR maturity report: Atlantis (XA)\n")
                .contains("| 1 | Leadership | D1 | ■◧")
                .contains("### 1. Leadership").contains("To reach Developing:")
                .contains("- `C01.L2.current-strategy`: A national strategy on online CSEA was adopted or renewed in the last 5 years (Unknown)")
                .contains("Packs: mnr 2.0.0, coe 2.0.0.");   // both packs are 2.0.0 (docs/changes.md)
    }

    @Test
    void csvFormatIsOneTableWithARowPerInputInOrder() throws IOException {
        Path b = write("in/b.json", VALID.replace("\"XA\"", "\"XB\"").replace("Atlantis", "Borealis, North"));
        Path a = write("in/a.json", VALID);
        Path out = dir.resolve("results.csv");
        CliRun run = CliRun.of("score", "--format", "csv", b.toString(), a.toString(), "-o", out.toString());
        assertThat(run.exit()).isZero();
        String csv = Files.readString(out);
        String[] lines = csv.split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("code,name,assessed on,C01 Leadership level,C01 Leadership level max,C01 Leadership score,")
                .endsWith(",overall score,overall score max,overall coverage,min confidence");
        assertThat(lines[1]).startsWith("XB,\"Borealis, North\",2026-06-30,1,");
        assertThat(lines[2]).startsWith("XA,Atlantis,2026-06-30,1,");
        assertThat(CliRun.of("score", "--format", "csv", b.toString(), a.toString()).out()).isEqualTo(csv);
    }

    @Test
    void csvOfAnInvalidInputHasNoRowForItAndExitsTwo() throws IOException {
        write("in/a.json", VALID);
        write("in/bad.json", VALID.replace("\"value\": true, \"source\"", "\"value\": \"yes\", \"source\""));
        CliRun run = CliRun.of("score", "--format", "csv", dir.resolve("in").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("bad.json:5:");
        assertThat(run.out().split("\r\n")).hasSize(2);
        assertThat(run.out()).contains("\r\nXA,Atlantis,");
    }

    @Test
    void csvOutputMustBeAFileNotADirectory() throws IOException {
        Path file = write("in/a.json", VALID);
        CliRun run = CliRun.of("score", "--format", "csv", file.toString(), "-o", dir.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("is a directory, name a file instead");
        CliRun intoInput = CliRun.of("score", "--format", "csv", file.toString(), "-o", file.toString());
        assertThat(intoInput.exit()).isEqualTo(2);
        assertThat(Files.readString(file)).isEqualTo(VALID);
    }

    @Test
    void helpNamesEveryFormat() {
        assertThat(CliRun.of("score", "--help").out()).contains("html").contains("md").contains("csv").contains("A4");
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun run = CliRun.of("score", "--frmat", "json", "x.json");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--frmat");
    }
}
