package org.mnr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mnr.engine.model.EvidenceKey;
import org.mnr.engine.pack.Pack;

class TemplateCommandTest {

    @TempDir
    Path dir;

    /** The keys a template asks for: those in use, as a blank template asks for no retired key (docs/criteria.md). */
    private static List<String> keysOf(String... packIds) {
        List<String> keys = new ArrayList<>();
        for (Pack pack : Engines.installed().packs()) {
            if (List.of(packIds).contains(pack.id())) {
                pack.vocabulary().stream().filter(k -> k.retiredSince() == null).map(EvidenceKey::key).forEach(keys::add);
            }
        }
        return keys;
    }

    private static List<String> keysIn(JsonNode template) {
        List<String> keys = new ArrayList<>();
        template.path("evidence").forEach(item -> keys.add(item.path("key").asText()));
        return keys;
    }

    @Test
    void jsonTemplateHasEveryBaseKeyOnceWithNullValuesAndDescriptions() throws IOException {
        CliRun run = CliRun.of("template");
        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode template = new ObjectMapper().readTree(run.out());
        assertThat(keysIn(template)).containsExactlyInAnyOrderElementsOf(keysOf("mnr")).doesNotHaveDuplicates();
        assertThat(template.path("country").path("code").asText()).isEqualTo("XA");
        assertThat(template.path("country").path("memberships")).isEmpty();
        assertThat(template.path("assessedOn").asText()).isEqualTo("2000-01-01");
        template.path("evidence").forEach(item -> {
            assertThat(item.has("value")).isTrue();
            assertThat(item.path("value").isNull()).as(item.toString()).isTrue();
            assertThat(item.path("note").asText()).startsWith("type: ");
        });
        assertThat(run.out()).contains("{\"key\": \"governance.body.exists\", \"value\": null, \"source\": null, "
                + "\"note\": \"type: boolean; allowed: true or false; A national body");
        assertThat(run.out()).contains("\"note\": \"type: enum; allowed: one of none, informal, ministerial_decision, statutory; ");
    }

    @Test
    void templateKeysComeByCapability() throws IOException {
        JsonNode template = new ObjectMapper().readTree(CliRun.of("template", "--variant", "coe").out());
        List<Integer> capabilities = new ArrayList<>();
        var vocabulary = Engines.installed().packs().stream().flatMap(p -> p.vocabulary().stream())
                .collect(java.util.stream.Collectors.toMap(EvidenceKey::key, EvidenceKey::capability));
        keysIn(template).forEach(key -> capabilities.add(vocabulary.get(key)));
        assertThat(capabilities).isSorted();
    }

    @Test
    void namedVariantsAddTheirKeysAndSelectingMemberships() throws IOException {
        JsonNode template = new ObjectMapper().readTree(CliRun.of("template", "--variant", "coe", "--variant", "eu").out());
        List<String> expected = new ArrayList<>(keysOf("mnr", "coe", "eu"));
        assertThat(keysIn(template)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(keysIn(template)).doesNotContainAnyElementsOf(keysOf("au", "asean"));
        assertThat(template.path("country").path("memberships").toString()).isEqualTo("[\"CoE\",\"EU\"]");
    }

    @Test
    void jsonTemplateIsValidEvidenceOnceItsPlaceholderDateIsFilledIn() throws IOException {
        Path file = dir.resolve("t.json");
        assertThat(CliRun.of("template", "--variant", "asean", "-o", file.toString()).exit()).isZero();
        // Left blank, the template is refused for its placeholders alone (docs/model.md), saying what to fill in.
        CliRun blank = CliRun.of("validate", file.toString());
        assertThat(blank.exit()).isEqualTo(2);
        assertThat(blank.err().lines().toList()).hasSize(2).allSatisfy(line -> assertThat(line).contains("template's placeholder"));
        assertThat(blank.err()).contains("/assessedOn").contains("write the date the evidence describes");
        Files.writeString(file, Files.readString(file).replace("\"2000-01-01\"", "\"2026-06-30\""));
        CliRun run = CliRun.of("validate", file.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("t.json: valid");
    }

    @Test
    void workbookTemplateHasCountryAndEvidenceSheetsWithDropDownsAndAFrozenHeader() throws IOException {
        Path file = dir.resolve("t.xlsx");
        CliRun run = CliRun.of("template", "--variant", "coe", "-o", file.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEmpty();
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            XSSFSheet country = workbook.getSheet("Country");
            assertThat(country.getRow(1).getCell(0).getStringCellValue()).isEqualTo("code");
            assertThat(country.getRow(1).getCell(1).getStringCellValue()).isEqualTo("XA");
            assertThat(country.getRow(3).getCell(1).getStringCellValue()).isEqualTo("CoE");
            assertThat(country.getRow(4).getCell(0).getStringCellValue()).isEqualTo("assessedOn");
            XSSFSheet evidence = workbook.getSheet("Evidence");
            List<String> header = new ArrayList<>();
            evidence.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header).containsExactly("capability", "key", "description", "type", "allowed values", "value", "source", "note",
                    "confidence");
            assertThat(evidence.getPaneInformation().isFreezePane()).isTrue();
            assertThat(evidence.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(evidence.getColumnWidth(2)).isGreaterThan(evidence.getColumnWidth(3));
            // One row per key, and above each capability's keys one heading row: the 21 capabilities all have keys.
            assertThat(evidence.getLastRowNum()).isEqualTo(keysOf("mnr", "coe").size() + 21);
            int mandate = rowOf(evidence, "governance.body.mandate");
            int exists = rowOf(evidence, "governance.body.exists");
            int members = rowOf(evidence, "governance.body.members");
            assertThat(evidence.getRow(mandate).getCell(0).getStringCellValue()).isEqualTo("1 Leadership");
            assertThat(evidence.getRow(mandate).getCell(3).getStringCellValue()).isEqualTo("enum");
            assertThat(evidence.getRow(members).getCell(4).getStringCellValue())
                    .startsWith("comma-separated, any of: government, law_enforcement").endsWith("([] for none)");
            DataValidation onMandate = validationAt(evidence, mandate, 5);
            assertThat(onMandate.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.LIST);
            String range = onMandate.getValidationConstraint().getFormula1();
            assertThat(range).startsWith("'Lists'!");
            DataValidation onExists = validationAt(evidence, exists, 5);
            assertThat(onExists.getValidationConstraint().getExplicitListValues()).containsExactly("true", "false");
            assertThat(validationAt(evidence, members, 5)).isNull();
            XSSFSheet lists = workbook.getSheet("Lists");
            assertThat(workbook.isSheetHidden(workbook.getSheetIndex(lists))).isTrue();
            List<String> values = new ArrayList<>();
            lists.getRow(Integer.parseInt(range.replaceAll(".*\\$(\\d+)$", "$1")) - 1).forEach(c -> values.add(c.getStringCellValue()));
            assertThat(values).containsExactly("governance.body.mandate", "none", "informal", "ministerial_decision", "statutory");
        }
    }

    private static int rowOf(XSSFSheet sheet, String key) {
        for (var row : sheet) {
            if (row.getCell(1) != null && key.equals(row.getCell(1).getStringCellValue())) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no row for " + key);
    }

    private static DataValidation validationAt(XSSFSheet sheet, int row, int column) {
        return sheet.getDataValidations().stream()
                .filter(v -> v.getRegions().getCellRangeAddresses()[0].isInRange(row, column))
                .findFirst().orElse(null);
    }

    @Test
    void workbookTemplateIsByteStable() throws IOException {
        Path first = dir.resolve("a.xlsx");
        Path second = dir.resolve("b.xlsx");
        CliRun.of("template", "--variant", "eu", "-o", first.toString());
        CliRun.of("template", "--variant", "eu", "-o", second.toString());
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }

    @Test
    void blankWorkbookTemplateIsRefusedForItsPlaceholdersAlone() {
        Path file = dir.resolve("t.xlsx");
        CliRun.of("template", "--format", "xlsx", "-o", file.toString());
        CliRun run = CliRun.of("validate", file.toString());
        // Only the country code and the date, at their cells, say what to fill in; nothing else is wrong with it.
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().lines().toList()).containsExactly(
                file + ": sheet Country, row 2, column B (code): the country code is still the template's placeholder XA and the"
                        + " country has no name; write the country's ISO 3166-1 alpha-2 code (e.g. FR) and its name; keep XA to XZ only"
                        + " for a fictional country",
                file + ": sheet Country, row 5, column B (assessedOn): assessedOn is still the template's placeholder 2000-01-01: this"
                        + " evidence was not filled in; write the date the evidence describes, e.g. \"2026-06-30\", then fill in the"
                        + " values you know");
    }

    @Test
    void fromEvidenceFillsTheTemplateAndKeepsEveryItem() throws IOException {
        Path fixture = Engines.FIXTURES.resolve("xc-cordessa-2025.json");
        CliRun run = CliRun.of("template", "--from", fixture.toString());
        assertThat(run.exit()).isZero();
        JsonNode filled = new ObjectMapper().readTree(run.out());
        JsonNode original = new ObjectMapper().readTree(fixture.toFile());
        assertThat(filled.path("country")).isEqualTo(original.path("country"));
        assertThat(filled.path("assessedOn")).isEqualTo(original.path("assessedOn"));
        // Every key in use, and the retired keys the 2025 evidence still gives, kept as given (docs/criteria.md, retired keys).
        List<String> retired = new ArrayList<>();
        for (Pack pack : Engines.installed().packs()) {
            if (List.of("mnr", "coe").contains(pack.id())) {
                pack.vocabulary().stream().filter(k -> k.retiredSince() != null).map(EvidenceKey::key).forEach(retired::add);
            }
        }
        List<String> expected = new ArrayList<>(keysOf("mnr", "coe"));
        original.path("evidence").forEach(item -> {
            if (retired.contains(item.path("key").asText())) {
                expected.add(item.path("key").asText());
            }
        });
        assertThat(keysIn(filled)).containsExactlyInAnyOrderElementsOf(expected);
        original.path("evidence").forEach(item -> {
            JsonNode same = null;
            for (JsonNode candidate : filled.path("evidence")) {
                if (candidate.path("key").equals(item.path("key"))) {
                    same = candidate;
                }
            }
            assertThat(same).as(item.toString()).isNotNull();
            assertThat(same.path("value")).isEqualTo(item.path("value"));
            assertThat(same.path("source").asText(null)).isEqualTo(item.path("source").asText(null));
        });
    }

    @Test
    void workbookNeedsAnOutputFile() {
        CliRun run = CliRun.of("template", "--format", "xlsx");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("-o FILE.xlsx");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void unknownVariantIsAUsageError() {
        CliRun run = CliRun.of("template", "--variant", "oas");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("unknown variant 'oas'");
    }

    @Test
    void invalidFromEvidenceIsReportedAndNothingWritten() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"country\": {\"code\": \"XA\"}, \"assessedOn\": \"2026-06-30\", \"evidence\": [{\"key\": \"nope\", \"value\": 1}]}");
        Path out = dir.resolve("out.xlsx");
        CliRun run = CliRun.of("template", "--from", bad.toString(), "-o", out.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("unknown evidence key 'nope'");
        assertThat(out).doesNotExist();
    }

    @Test
    void helpSaysTheJsonTemplateIsValidEvidenceWithPlaceholders() {
        CliRun run = CliRun.of("template", "--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Usage: mnr template").contains("valid evidence").contains("XA").contains("2000-01-01")
                .contains("note").contains("--variant").contains("--format").contains("--from");
    }
    @Test
    void anExistingFileIsNeverReplacedWithoutForce() throws IOException {
        Path filled = dir.resolve("filled.xlsx");
        assertThat(CliRun.of("template", "--from", Engines.FIXTURES.resolve("xc-cordessa-2025.json").toString(),
                "-o", filled.toString()).exit()).isZero();
        byte[] before = Files.readAllBytes(filled);
        var modified = Files.getLastModifiedTime(filled);
        for (List<String> args : List.of(
                List.of("template", "-o", filled.toString()),
                List.of("template", "--format", "json", "-o", filled.toString()),
                List.of("template", "--from", Engines.FIXTURES.resolve("xa-arvenia-2026.json").toString(), "-o", filled.toString()))) {
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertThat(run.exit()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.err()).contains(filled.toString()).contains("exists already").contains("--force")
                    .doesNotContain("Exception");
            assertThat(run.out()).isEmpty();
            assertThat(Files.readAllBytes(filled)).isEqualTo(before);
            assertThat(Files.getLastModifiedTime(filled)).isEqualTo(modified);
        }
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(filled);
        }
    }

    @Test
    void anExistingFileBehindALinkIsNotReplacedEither() throws IOException {
        Path filled = Files.writeString(dir.resolve("filled.json"), "{\"country\": {\"code\": \"XA\"}}");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), filled);
        CliRun run = CliRun.of("template", "-o", link.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--force");
        assertThat(Files.readString(filled)).isEqualTo("{\"country\": {\"code\": \"XA\"}}");
    }

    @Test
    void forceReplacesAnExistingFileWithTheTemplate() throws IOException {
        Path fresh = dir.resolve("fresh.json");
        assertThat(CliRun.of("template", "-o", fresh.toString()).exit()).isZero();
        Path old = Files.writeString(dir.resolve("old.json"), "last year's notes");
        CliRun run = CliRun.of("template", "--force", "-o", old.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(Files.readAllBytes(old)).isEqualTo(Files.readAllBytes(fresh));

        Path workbook = Files.writeString(dir.resolve("old.xlsx"), "not a workbook yet");
        run = CliRun.of("template", "--force", "--from", Engines.FIXTURES.resolve("xc-cordessa-2025.json").toString(),
                "-o", workbook.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(CliRun.of("validate", workbook.toString()).exit()).isZero();
    }

    @Test
    void forceStillNeverWritesOverTheFromEvidenceNorOntoAFolder() throws IOException {
        Path from = Files.copy(Engines.FIXTURES.resolve("xc-cordessa-2025.json"), dir.resolve("xc.json"));
        byte[] before = Files.readAllBytes(from);
        CliRun run = CliRun.of("template", "--force", "--from", from.toString(), "-o", from.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(Files.readAllBytes(from)).isEqualTo(before);
        Path folder = Files.createDirectory(dir.resolve("empty.json"));
        run = CliRun.of("template", "--force", "-o", folder.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("is a directory");
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void aNewFileIsMadeOnlyWhereNoneIs() throws IOException {
        Path taken = Files.writeString(dir.resolve("taken.json"), "mine");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AtomicFiles.writeNew(taken, new byte[] {1, 2}))
                .isInstanceOf(java.nio.file.FileAlreadyExistsException.class);
        assertThat(Files.readString(taken)).isEqualTo("mine");
        Path made = dir.resolve("sub/new.json");
        AtomicFiles.writeNew(made, "yours".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(Files.readString(made)).isEqualTo("yours");
        try (var files = Files.list(made.getParent())) {
            assertThat(files).containsExactly(made);
        }
    }
    @Test
    void confidenceIsKeptFromJsonToAWorkbookAndBack() throws IOException {
        Path json = Files.writeString(dir.resolve("xc.json"), """
                {"country": {"code": "XC", "name": "Cordessa"}, "assessedOn": "2026-06-30", "evidence": [
                  {"key": "governance.body.exists", "value": true, "source": "Decree 4/2024", "confidence": "verified"},
                  {"key": "governance.ministerial_commitment", "value": true, "confidence": "documented"},
                  {"key": "governance.wpga_member", "value": false}
                ]}
                """);
        Path workbook = dir.resolve("xc.xlsx");
        assertThat(CliRun.of("template", "--from", json.toString(), "-o", workbook.toString()).exit()).isZero();
        CliRun back = CliRun.of("template", "--from", workbook.toString());
        assertThat(back.exit()).as(back.err()).isZero();
        assertThat(back.out()).contains("{\"key\": \"governance.body.exists\", \"value\": true, \"source\": \"Decree 4/2024\", \"note\": null, "
                + "\"confidence\": \"verified\"}");
        JsonNode template = new ObjectMapper().readTree(back.out());
        for (JsonNode item : template.path("evidence")) {
            String expected = switch (item.path("key").asText()) {
                case "governance.body.exists" -> "verified";
                case "governance.ministerial_commitment" -> "documented";
                default -> null;
            };
            assertThat(item.has("confidence")).as(item.toString()).isTrue();
            assertThat(item.path("confidence").isNull() ? null : item.path("confidence").asText()).as(item.toString()).isEqualTo(expected);
        }
        assertThat(CliRun.of("score", workbook.toString()).out()).isEqualTo(CliRun.of("score", json.toString()).out());
    }

    @Test
    void langWritesTheWorkbookInSpanishAndItScoresAsTheEvidenceDoes() throws IOException {
        Path fixture = Engines.FIXTURES.resolve("xc-cordessa-2026.json");
        Path file = dir.resolve("es.xlsx");
        CliRun run = CliRun.of("template", "--lang", "es", "--from", fixture.toString(), "-o", file.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            List<String> header = new ArrayList<>();
            workbook.getSheet("Evidence").getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header).contains("clave", "valor", "fuente", "confianza");
        }
        // The same evidence scored from JSON and from the Spanish workbook: the same result, written in JSON.
        assertThat(CliRun.of("score", file.toString(), "--format", "json").out()).isEqualTo(CliRun.of("score", fixture.toString(), "--format", "json").out());
    }

    @Test
    void langTakesOnlyTheReportsLanguages() {
        Path file = dir.resolve("de.xlsx");
        CliRun run = CliRun.of("template", "--lang", "de", "-o", file.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--lang takes one of en, fr, es, not 'de'");
        assertThat(file).doesNotExist();
    }
}
