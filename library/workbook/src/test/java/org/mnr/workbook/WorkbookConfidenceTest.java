package org.mnr.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mnr.engine.error.ProblemCode;
import org.mnr.engine.evidence.Confidence;
import org.mnr.engine.evidence.Evidence;
import org.mnr.engine.evidence.EvidenceItem;
import org.mnr.engine.evidence.ParsedEvidence;
import org.mnr.engine.evidence.Problem;
import org.mnr.template.EvidenceTemplate;

/**
 * An item's confidence in a workbook: a column with a drop-down of the three words, read back into the item as the
 * JSON reader reads it, and an unknown word reported with the engine's own problem and did-you-mean.
 */
class WorkbookConfidenceTest {

    private static final int CONFIDENCE = 8;
    private static final String JSON = """
            {"country": {"code": "XC", "name": "Cordessa"}, "assessedOn": "2026-06-30", "evidence": [
              {"key": "governance.body.exists", "value": true, "source": "Decree 4/2024", "confidence": "verified"},
              {"key": "governance.ministerial_commitment", "value": true, "confidence": "documented"},
              {"key": "hotline.median_takedown_hours", "value": 36, "confidence": "reported"},
              {"key": "governance.wpga_member", "value": false}
            ]}
            """;

    @TempDir
    Path dir;

    private Evidence fromJson(String json) throws IOException {
        ParsedEvidence parsed = WorkbookRoundTripTest.engine().read(Files.writeString(dir.resolve("xc.json"), json));
        assertThat(parsed.problems()).isEmpty();
        return parsed.evidence();
    }

    private static Map<String, Confidence> confidences(Evidence evidence) {
        Map<String, Confidence> byKey = new HashMap<>();
        evidence.items().forEach(i -> byKey.put(i.key(), i.confidence()));
        return byKey;
    }

    @Test
    void confidenceSurvivesTheRoundTripThroughAWorkbookAndScoresTheSame() throws IOException {
        Evidence evidence = fromJson(JSON);
        Path workbook = Files.write(dir.resolve("xc.xlsx"), WorkbookWriter.write(EvidenceTemplate.filled(WorkbookRoundTripTest.engine(), evidence, List.of())));

        ParsedEvidence read = new WorkbookReader(WorkbookRoundTripTest.vocabulary()).read(workbook);

        assertThat(read.problems()).isEmpty();
        Map<String, Confidence> back = confidences(read.evidence());
        assertThat(back).containsEntry("governance.body.exists", Confidence.VERIFIED)
                .containsEntry("governance.ministerial_commitment", Confidence.DOCUMENTED)
                .containsEntry("hotline.median_takedown_hours", Confidence.REPORTED)
                .containsEntry("governance.wpga_member", null);
        assertThat(WorkbookRoundTripTest.engine().assess(read).toJson()).isEqualTo(WorkbookRoundTripTest.engine().assess(evidence).toJson());
    }

    @Test
    void theConfidenceColumnHasADropDownOfTheThreeWordsOnEveryKeyRow() throws IOException {
        byte[] bytes = WorkbookWriter.write(EvidenceTemplate.blank(WorkbookRoundTripTest.engine(), List.of()));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(bytes))) {
            XSSFSheet sheet = workbook.getSheet("Evidence");
            assertThat(sheet.getRow(0).getCell(CONFIDENCE).getStringCellValue()).isEqualTo("confidence");
            int keyRows = 0;
            for (Row row : sheet) {
                if (row.getRowNum() == 0 || row.getCell(1) == null || row.getCell(1).getStringCellValue().isEmpty()) {
                    continue;
                }
                keyRows++;
                DataValidation validation = sheet.getDataValidations().stream()
                        .filter(v -> java.util.Arrays.stream(v.getRegions().getCellRangeAddresses()).anyMatch(r -> r.isInRange(row.getRowNum(), CONFIDENCE)))
                        .findFirst().orElseThrow(() -> new AssertionError("no drop-down in row " + (row.getRowNum() + 1)));
                assertThat(validation.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.LIST);
                assertThat(validation.getValidationConstraint().getExplicitListValues()).containsExactly("verified", "documented", "reported");
                assertThat(validation.getEmptyCellAllowed()).isTrue();
            }
            assertThat(keyRows).isEqualTo(WorkbookRoundTripTest.engine().packs().stream().filter(p -> p.id().equals("mnr"))
                    // every key of the base pack but the five mnr 2.0.0 retired (docs/changes.md), which are asked no more
                    .mapToInt(p -> (int) p.vocabulary().stream().filter(k -> !k.retired()).count()).sum());
        }
    }

    @Test
    void anUnknownWordGetsTheSameProblemAndDidYouMeanAsInJson() throws IOException {
        Problem inJson = WorkbookRoundTripTest.engine().read(Files.writeString(dir.resolve("bad.json"),
                JSON.replace("\"confidence\": \"verified\"", "\"confidence\": \"verifed\""))).problems().stream()
                .filter(p -> p.code() == ProblemCode.EVIDENCE_UNKNOWN_CONFIDENCE).findFirst().orElseThrow();
        Path workbook = Files.write(dir.resolve("xc.xlsx"),
                WorkbookWriter.write(EvidenceTemplate.filled(WorkbookRoundTripTest.engine(), fromJson(JSON), List.of())));
        int row;
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(workbook))) {
            Row exists = WorkbookProblemsTest.row(book, "governance.body.exists");
            exists.getCell(CONFIDENCE).setCellValue("verifed");
            row = exists.getRowNum() + 1;
            try (OutputStream out = Files.newOutputStream(workbook)) {
                book.write(out);
            }
        }

        ParsedEvidence read = new WorkbookReader(WorkbookRoundTripTest.vocabulary()).read(workbook);

        Problem inWorkbook = read.problems().stream().filter(p -> p.code() == ProblemCode.EVIDENCE_UNKNOWN_CONFIDENCE).findFirst().orElseThrow();
        assertThat(inWorkbook.message()).isEqualTo(inJson.message()).contains("verifed");
        assertThat(inWorkbook.hint()).isEqualTo(inJson.hint()).contains("did you mean 'verified'?");
        assertThat(inWorkbook.toString()).contains("sheet Evidence, row " + row + ", column I (confidence)");
        assertThat(inWorkbook.place().pointer()).endsWith("/confidence");
    }

    @Test
    void aWorkbookMadeBeforeTheConfidenceColumnStillReads() throws IOException {
        Path workbook = Files.write(dir.resolve("old.xlsx"),
                WorkbookWriter.write(EvidenceTemplate.filled(WorkbookRoundTripTest.engine(), fromJson(JSON), List.of())));
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(workbook))) {
            for (Row row : book.getSheet("Evidence")) {
                if (row.getCell(CONFIDENCE) != null) {
                    row.removeCell(row.getCell(CONFIDENCE));
                }
            }
            try (OutputStream out = Files.newOutputStream(workbook)) {
                book.write(out);
            }
        }
        ParsedEvidence read = new WorkbookReader(WorkbookRoundTripTest.vocabulary()).read(workbook);
        assertThat(read.problems()).isEmpty();
        assertThat(read.evidence().items()).extracting(EvidenceItem::confidence).containsOnlyNulls();
        assertThat(read.evidence().items()).extracting(EvidenceItem::key).contains("governance.body.exists");
    }
}
