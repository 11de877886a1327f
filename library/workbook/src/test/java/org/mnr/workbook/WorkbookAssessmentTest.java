package org.mnr.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mnr.engine.Variants;
import org.mnr.engine.error.ProblemCode;
import org.mnr.engine.evidence.AssessmentInfo;
import org.mnr.engine.evidence.AssessmentStatus;
import org.mnr.engine.evidence.Evidence;
import org.mnr.engine.evidence.ParsedEvidence;
import org.mnr.engine.evidence.Problem;
import org.mnr.template.EvidenceTemplate;

/** Who assessed, for whom, draft or final: filled in on the Country sheet, below the country, and read back (issue 14). */
class WorkbookAssessmentTest {

    private static final AssessmentInfo INFO = new AssessmentInfo("Jane Doe", "Ministry of Justice", AssessmentStatus.DRAFT);

    @TempDir
    Path dir;

    private static Evidence evidence(AssessmentInfo info) {
        return Evidence.builder("XC", LocalDate.of(2026, 6, 30)).name("Cordessa").memberships("CoE")
                .item("governance.body.exists", true, "Decree 12/2021").assessment(info).build();
    }

    private Path workbook(Evidence evidence) throws IOException {
        return Files.write(dir.resolve("xc.xlsx"), WorkbookWriter.write(EvidenceTemplate.filled(WorkbookRoundTripTest.engine(), evidence, List.of())));
    }

    private static Row field(XSSFWorkbook book, String name) {
        for (Row row : book.getSheet("Country")) {
            if (row.getCell(0) != null && name.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no country field " + name);
    }

    @Test
    void theThreeFieldsAreWrittenBelowTheCountryAndReadBack() throws IOException {
        Evidence given = evidence(INFO);
        Path file = workbook(given);

        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
            assertThat(field(book, "assessor").getCell(1).getStringCellValue()).isEqualTo("Jane Doe");
            assertThat(field(book, "organisation").getCell(1).getStringCellValue()).isEqualTo("Ministry of Justice");
            Row status = field(book, "status");
            assertThat(status.getCell(1).getStringCellValue()).isEqualTo("draft");
            assertThat(status.getRowNum()).isGreaterThan(field(book, "assessedOn").getRowNum());
            XSSFSheet sheet = book.getSheet("Country");
            DataValidation dropDown = sheet.getDataValidations().stream()
                    .filter(v -> java.util.Arrays.stream(v.getRegions().getCellRangeAddresses()).anyMatch(r -> r.isInRange(status.getRowNum(), 1)))
                    .findFirst().orElseThrow(() -> new AssertionError("no drop-down on the status"));
            assertThat(dropDown.getValidationConstraint().getExplicitListValues()).containsExactly("draft", "final");
        }

        ParsedEvidence read = new WorkbookReader(WorkbookRoundTripTest.vocabulary()).read(file);

        assertThat(read.problems()).isEmpty();
        assertThat(read.evidence().assessment()).contains(INFO);
        // The result carries the assessment information, so reports made from the workbook name the assessor and mark the draft.
        assertThat(WorkbookRoundTripTest.engine().assess(read, Variants.fromMemberships()).toJson())
                .isEqualTo(WorkbookRoundTripTest.engine().assess(given).toJson())
                .contains("\"assessor\": \"Jane Doe\"");
    }

    @Test
    void fieldsLeftEmptySayNothing() throws IOException {
        Path file = workbook(evidence(null));
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
            assertThat(field(book, "assessor").getCell(1).getStringCellValue()).isEmpty();
            assertThat(field(book, "status").getCell(1).getStringCellValue()).isEmpty();
        }

        ParsedEvidence read = new WorkbookReader(WorkbookRoundTripTest.vocabulary()).read(file);

        assertThat(read.problems()).isEmpty();
        assertThat(read.evidence().assessment()).isEmpty();
    }

    @Test
    void aFinalStatusTypedByHandInAnyCaseReadsAsFinal() throws IOException {
        Path file = edit(workbook(evidence(null)), "status", "Final");

        ParsedEvidence read = new WorkbookReader(WorkbookRoundTripTest.vocabulary()).read(file);

        assertThat(read.problems()).isEmpty();
        assertThat(read.evidence().assessment().orElseThrow().status()).isEqualTo(AssessmentStatus.FINAL);
    }

    @Test
    void aStatusThatIsNeitherDraftNorFinalIsAnErrorAtItsCellWithADidYouMean() throws IOException {
        Path file = edit(workbook(evidence(null)), "status", "drat");
        int row;
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
            row = field(book, "status").getRowNum() + 1;
        }

        ParsedEvidence read = new WorkbookReader(WorkbookRoundTripTest.vocabulary()).read(file);

        Problem problem = read.problems().stream().filter(p -> p.code() == ProblemCode.EVIDENCE_UNKNOWN_STATUS).findFirst().orElseThrow();
        assertThat(problem.severity()).isEqualTo(Problem.Severity.ERROR);
        assertThat(problem.toString()).contains("sheet Country, row " + row + ", column B (status)").contains("'drat'")
                .contains("did you mean 'draft'?");
    }

    private Path edit(Path file, String field, String value) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
            field(book, field).getCell(1).setCellValue(value);
            try (OutputStream out = Files.newOutputStream(file)) {
                book.write(out);
            }
        }
        return file;
    }
}
