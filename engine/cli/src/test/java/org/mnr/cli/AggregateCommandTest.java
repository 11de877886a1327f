package org.mnr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AggregateCommandTest {

    /** Leadership at level 1: a coordinating body and a public commitment. */
    private static final String BUILDING = """
            {"country": {"code": "%s", "name": "%s"}, "assessedOn": "2026-06-30", "evidence": [
              {"key": "governance.body.exists", "value": true},
              {"key": "governance.ministerial_commitment", "value": true}]}
            """;
    /** Every capability at level 0. */
    private static final String NOTHING = """
            {"country": {"code": "%s", "name": "%s"}, "assessedOn": "2026-06-30", "evidence": []}
            """;

    @TempDir
    Path dir;

    private final List<String> codes = new ArrayList<>();
    private final List<String> names = new ArrayList<>();

    @BeforeEach
    void names() {
        for (char c = 'A'; c <= 'L'; c++) {
            codes.add("X" + c);
            names.add("Countryland" + c);
        }
    }

    /** Writes countries: the first {@code atZero} with no evidence, the next {@code atOne} with Leadership at level 1. */
    private Path countries(String folder, int atZero, int atOne) throws IOException {
        Path in = dir.resolve(folder);
        Files.createDirectories(in);
        for (int i = 0; i < atZero + atOne; i++) {
            String template = i < atZero ? NOTHING : BUILDING;
            Files.writeString(in.resolve(codes.get(i).toLowerCase() + ".json"), template.formatted(codes.get(i), names.get(i)));
        }
        return in;
    }

    @Test
    void countsCountriesPerLevelAndNamesNone() throws IOException {
        Path in = countries("in", 5, 6);
        CliRun run = CliRun.of("aggregate", in.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("How many of the 11 countries counted")
                .contains("| 1 | Leadership | D1 | 5 | 6 | \\<5 | \\<5 | \\<5 |")
                .contains("| 2 | Research, Analysis and Monitoring | D1 | 11 | \\<5 | \\<5 | \\<5 | \\<5 |");
        assertNamesNoCountry(run.out());
    }

    @Test
    void aSmallGroupIsSuppressed() throws IOException {
        Path in = countries("in", 3, 6);
        CliRun run = CliRun.of("aggregate", "--format", "csv", in.toString());
        assertThat(run.exit()).isZero();
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(run.out())).getRecords();
        assertThat(records.get(0).toList()).containsExactly("capability", "name", "domain", "0 Not in place", "1 Building",
                "2 Developing", "3 Established", "4 Mature", "countries");
        assertThat(records).hasSize(22);
        // 3 at level 0 is below 5; the 9 - 6 = 3 left could be at any of four withheld levels.
        assertThat(records.get(1).toList()).containsExactly("1", "Leadership", "D1", "<5", "6", "<5", "<5", "<5", "9");
        assertThat(records.get(2).toList()).containsExactly("2", "Research, Analysis and Monitoring", "D1", "9", "<5", "<5", "<5", "<5", "9");
        assertNamesNoCountry(run.out());
    }

    @Test
    void fewerCountriesThanTheMinimumGroupWithholdEveryCount() throws IOException {
        Path in = countries("in", 2, 3);
        Path out = dir.resolve("aggregate.md");
        CliRun run = CliRun.of("aggregate", "--min-group", "6", "-o", out.toString(), in.toString());
        assertThat(run.exit()).isZero();
        String md = Files.readString(out);
        assertThat(md).contains("Fewer than 6 countries are counted, so every count is withheld.")
                .contains("| 1 | Leadership | D1 | \\<6 | \\<6 | \\<6 | \\<6 | \\<6 |");
        assertNamesNoCountry(md);
    }

    @Test
    void jsonHasNullForWithheldCountsAndNotes() throws IOException {
        Path in = countries("in", 5, 6);
        Path out = dir.resolve("aggregate.json");
        CliRun run = CliRun.of("aggregate", "--format", "json", "-o", out.toString(), in.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEmpty();
        JsonNode json = new ObjectMapper().readTree(out.toFile());
        assertThat(json.path("countries").asInt()).isEqualTo(11);
        assertThat(json.path("minGroup").asInt()).isEqualTo(5);
        assertThat(json.path("levels").get(3).path("name").asText()).isEqualTo("Established");
        assertThat(json.path("capabilities")).hasSize(21);
        assertThat(json.path("capabilities").get(0).path("counts").toString()).isEqualTo("[5,6,null,null,null]");
        assertThat(json.path("notes").toString()).contains("suppressed");
        assertNamesNoCountry(Files.readString(out));
    }

    @Test
    void minGroupChangesTheThreshold() throws IOException {
        Path in = countries("in", 3, 6);
        CliRun run = CliRun.of("aggregate", "--min-group", "3", "--format", "csv", in.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("\r\n1,Leadership,D1,3,6,<3,<3,<3,9\r\n");
    }

    @Test
    void invalidInputIsReportedAndNotCounted() throws IOException {
        Path in = countries("in", 5, 6);
        Files.writeString(in.resolve("bad.json"), BUILDING.formatted("XZ", "Badland").replace("true}", "\"yes\"}"));
        CliRun run = CliRun.of("aggregate", in.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("bad.json").contains("not counted");
        assertThat(run.out()).contains("How many of the 11 countries counted");
    }

    @Test
    void aCountryAssessedTwiceCountsOnceWithItsLatestAssessment() throws IOException {
        Path in = countries("in", 5, 6);
        Files.writeString(in.resolve("xa-earlier.json"), BUILDING.formatted("XA", names.get(0)).replace("2026-06-30", "2020-01-31"));
        CliRun run = CliRun.of("aggregate", in.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("How many of the 11 countries counted").contains("| 1 | Leadership | D1 | 5 | 6 |");
        assertThat(run.err()).contains("12 assessments of 11 countries");
    }

    @Test
    void sameInputGivesTheSameBytes() throws IOException {
        Path in = countries("in", 5, 6);
        for (String format : List.of("md", "csv", "json")) {
            assertThat(CliRun.of("aggregate", "--format", format, in.toString()).out())
                    .isEqualTo(CliRun.of("aggregate", "--format", format, in.toString()).out());
        }
    }

    @Test
    void aMinimumGroupOfOneIsRefused() throws IOException {
        CliRun run = CliRun.of("aggregate", "--min-group", "1", countries("in", 5, 6).toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--min-group must be at least 2");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void outputThatIsADirectoryIsRefused() throws IOException {
        CliRun run = CliRun.of("aggregate", "-o", dir.toString(), countries("in", 5, 6).toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("is a directory");
    }

    @Test
    void helpDescribesTheCommandAndItsOptions() {
        CliRun run = CliRun.of("aggregate", "--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("--min-group").contains("--format").contains("no country is named").contains("Exit codes");
        assertThat(CliRun.of("--help").out()).contains("aggregate");
    }

    private void assertNamesNoCountry(String output) {
        for (int i = 0; i < codes.size(); i++) {
            assertThat(output).doesNotContainPattern("\\b" + codes.get(i) + "\\b").doesNotContain(names.get(i));
        }
    }
}
