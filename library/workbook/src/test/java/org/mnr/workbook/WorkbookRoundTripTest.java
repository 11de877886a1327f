package org.mnr.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.mnr.template.EvidenceTemplate;
import org.mnr.engine.MaturityEngine;
import org.mnr.engine.Variants;
import org.mnr.engine.evidence.Evidence;
import org.mnr.engine.evidence.EvidenceItem;
import org.mnr.engine.evidence.ParsedEvidence;
import org.mnr.engine.model.EvidenceKey;

/** A workbook written from evidence reads back as the same evidence and scores exactly the same. */
class WorkbookRoundTripTest {

    private static final Path FIXTURES = Path.of("../../fixtures/evidence");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static MaturityEngine engine;

    @TempDir
    Path dir;

    static synchronized MaturityEngine engine() {
        if (engine == null) {
            engine = MaturityEngine.builder().build();
        }
        return engine;
    }

    static Map<String, EvidenceKey> vocabulary() {
        Map<String, EvidenceKey> keys = new HashMap<>();
        engine().packs().forEach(p -> p.vocabulary().forEach(k -> keys.put(k.key(), k)));
        return keys;
    }

    static Stream<Path> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(FIXTURES)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void everyFixtureScoresTheSameFromItsWorkbook(Path fixture) throws IOException {
        Evidence evidence = Evidence.read(fixture);
        Path workbook = dir.resolve(fixture.getFileName().toString().replace(".json", ".xlsx"));
        Files.write(workbook, WorkbookWriter.write(EvidenceTemplate.filled(engine(), evidence, List.of())));

        ParsedEvidence read = new WorkbookReader(vocabulary()).read(workbook);

        assertThat(read.problems()).isEmpty();
        ObjectNode fromJson = (ObjectNode) JSON.readTree(engine().assess(evidence).toJson());
        ObjectNode fromWorkbook = (ObjectNode) JSON.readTree(engine().assess(read, Variants.fromMemberships()).toJson());
        // A warning names its place: a JSON pointer in the evidence file, a sheet, row and column in the workbook. A workbook
        // cannot carry a pointer, so the places are checked on their own; everything else, every score included, is equal.
        List<String> jsonWarnings = warnings(fromJson.remove("warnings"));
        List<String> workbookWarnings = warnings(fromWorkbook.remove("warnings"));
        assertThat(fromWorkbook).isEqualTo(fromJson);
        assertThat(workbookWarnings.stream().map(WorkbookRoundTripTest::withoutPlace).toList())
                .isEqualTo(jsonWarnings.stream().map(WorkbookRoundTripTest::withoutPlace).toList());
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(workbook))) {
            for (String warning : workbookWarnings) {
                // Each warning so far is about a key (a retired one, in the 2025 fixtures): it points at that key's cell.
                String key = warning.replaceFirst("^.*?: key (\\S+) .*$", "$1");
                int row = WorkbookProblemsTest.row(book, key).getRowNum() + 1;
                assertThat(warning).startsWith("sheet Evidence, row " + row + ", column B (key): key " + key + " ");
            }
        }
    }

    private static List<String> warnings(JsonNode node) {
        List<String> list = new ArrayList<>();
        if (node != null) {
            node.forEach(w -> list.add(w.asText()));
        }
        return list;
    }

    /** The warning without the place it starts with, e.g. {@code /evidence/7/key: } or {@code sheet Evidence, row 3, column B (key): }. */
    private static String withoutPlace(String warning) {
        return warning.replaceFirst("^(/evidence/\\d+/\\w+|sheet Evidence, row \\d+, column [A-Z]+ \\(\\w+\\)): ", "");
    }

    @Test
    void valuesComeBackTypedAndEmptyCellsAreNotKnown() throws IOException {
        Evidence evidence = Evidence.builder("XC", LocalDate.of(2026, 9, 30)).name("Cordessa").memberships("CoE")
                .item("governance.body.exists", true, "Decree 12/2021")
                .add("hotline.median_takedown_hours", new BigDecimal("36.5"))
                .add("governance.body.mandate", "statutory")
                .add("governance.strategy.adopted_date", LocalDate.of(2024, 2, 29))
                .add("governance.body.members", List.of("law_enforcement", "government"))
                .add("judiciary.training_audiences", List.of())
                .build();
        Path workbook = dir.resolve("xc.xlsx");
        Files.write(workbook, WorkbookWriter.write(EvidenceTemplate.filled(engine(), evidence, List.of())));

        Evidence read = new WorkbookReader(vocabulary()).read(workbook).evidence();

        assertThat(read.country().code()).isEqualTo("XC");
        assertThat(read.country().name()).isEqualTo("Cordessa");
        assertThat(read.country().memberships()).containsExactly("CoE");
        assertThat(read.assessedOn()).isEqualTo(LocalDate.of(2026, 9, 30));
        Map<String, EvidenceItem> items = new HashMap<>();
        read.items().forEach(i -> items.put(i.key(), i));
        assertThat(items.get("governance.body.exists").value()).isEqualTo(true);
        assertThat(items.get("governance.body.exists").source()).isEqualTo("Decree 12/2021");
        assertThat(items.get("hotline.median_takedown_hours").value()).isEqualTo(new BigDecimal("36.5"));
        assertThat(items.get("governance.body.mandate").value()).isEqualTo("statutory");
        assertThat(items.get("governance.strategy.adopted_date").value()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(items.get("governance.body.members").value()).isEqualTo(List.of("law_enforcement", "government"));
        assertThat(items.get("judiciary.training_audiences").value()).isEqualTo(List.of());
        assertThat(items.get("governance.wpga_member").value()).isNull();
        // A CoE member's workbook asks for the coe variant's keys, and for none it retired (coe 2.0.0 retired
        // coe.lanzarote.ratified: party status is now a base pack treaty key).
        assertThat(items).containsKey("coe.lanzarote.monitoring_reply_date").containsKey("coe.barnahus.standards_coverage_pct")
                .doesNotContainKey("coe.lanzarote.ratified");
        assertThat(items.get("governance.body.exists").place().label()).matches("sheet Evidence, row \\d+, column F \\(value\\)");
        assertThat(items.get("governance.body.exists").keyPlace().label()).matches("sheet Evidence, row \\d+, column B \\(key\\)");
    }
}
