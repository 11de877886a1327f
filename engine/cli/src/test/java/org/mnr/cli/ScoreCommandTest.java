package org.mnr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
                {"key": "coe.lanzarote.ratified", "value": true}
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
        CliRun run = CliRun.of("score", "--format", "text", write("xa.json", VALID).toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Atlantis (XA), assessed on 2026-06-30")
                .contains("Leadership").contains("1 Building").contains("to Developing: C01.L2.current-strategy");
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
    void noVariantsAndNamedVariantsChooseThePacks() throws IOException {
        Path file = write("xa.json", VALID);
        assertThat(CliRun.of("score", "--no-variants", file.toString()).out()).doesNotContain("\"coe\"");
        CliRun named = CliRun.of("score", "--variant", "eu", file.toString());
        assertThat(named.out()).contains("\"eu\"").doesNotContain("\"id\": \"coe\"");
        assertThat(named.err()).contains("coe.lanzarote.ratified").contains("does not apply");
    }

    @Test
    void unknownVariantIsAUsageError() throws IOException {
        CliRun run = CliRun.of("score", "--variant", "oas", write("xa.json", VALID).toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("unknown variant 'oas'").contains("coe");
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun run = CliRun.of("score", "--frmat", "json", "x.json");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--frmat");
    }
}
