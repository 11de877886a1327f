package org.mnr.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mnr.template.EvidenceTemplate;
import org.mnr.engine.Variants;
import org.mnr.engine.evidence.Evidence;
import org.mnr.engine.evidence.ParsedEvidence;
import org.mnr.engine.evidence.Problem;

/** Problems in a workbook name its sheet, row and column, as a person finds them in Excel. */
class WorkbookProblemsTest {

    @TempDir
    Path dir;

    /** A blank template for a CoE country, edited, then read and validated. */
    private List<String> problems(Consumer<XSSFWorkbook> edit) throws IOException {
        Path file = dir.resolve("xa.xlsx");
        // Filled in with a country and a date, as an evaluator would: a template's placeholders are invalid input.
        EvidenceTemplate blank = EvidenceTemplate.blank(WorkbookRoundTripTest.engine(), List.of("coe"));
        Files.write(file, WorkbookWriter.write(new EvidenceTemplate(blank.code(), "Testland", blank.memberships(),
                java.time.LocalDate.of(2026, 6, 30), blank.rows())));
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            edit.accept(workbook);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        ParsedEvidence parsed = new WorkbookReader(WorkbookRoundTripTest.vocabulary()).read(file);
        return WorkbookRoundTripTest.engine().validate(parsed, Variants.fromMemberships()).stream().map(Problem::toString).toList();
    }

    /** The Evidence sheet's row of a key, as the template lays it out. */
    static Row row(XSSFWorkbook workbook, String key) {
        for (Row row : workbook.getSheet("Evidence")) {
            Cell cell = row.getCell(1);
            if (cell != null && key.equals(cell.getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row for " + key);
    }

    private static void set(XSSFWorkbook workbook, String key, String text) {
        row(workbook, key).getCell(5).setCellValue(text);
    }

    @Test
    void wrongValueNamesSheetRowAndColumn() throws IOException {
        int[] excelRow = new int[1];
        List<String> problems = problems(w -> {
            set(w, "governance.body.exists", "yes");
            excelRow[0] = row(w, "governance.body.exists").getRowNum() + 1;
        });
        assertThat(problems).containsExactly(dir.resolve("xa.xlsx") + ": sheet Evidence, row " + excelRow[0]
                + ", column F (value): governance.body.exists takes true or false, not the string \"yes\"");
    }

    @Test
    void textIsReadByTheKeysType() throws IOException {
        assertThat(problems(w -> {
            set(w, "governance.body.exists", "TRUE");
            set(w, "hotline.median_takedown_hours", " 36 ");
            set(w, "governance.body.members", "government, law_enforcement");
            set(w, "judiciary.training_audiences", "[]");
            set(w, "governance.strategy.adopted_date", "2024-02-29");
        })).isEmpty();
    }

    @Test
    void outOfRangeNumberAndBadSetMemberAreEachPlaced() throws IOException {
        List<String> problems = problems(w -> {
            row(w, "hotline.median_takedown_hours").getCell(5).setCellValue(-3);
            set(w, "governance.body.members", "government, goverment");
        });
        assertThat(problems).hasSize(2);
        assertThat(problems).anySatisfy(p -> assertThat(p).contains(": sheet Evidence, row ").contains("column F (value): hotline.median_takedown_hours is -3, out of range"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("column F (value): governance.body.members has 'goverment', not an allowed member")
                .contains("did you mean 'government'?"));
    }

    @Test
    void unknownAndRepeatedKeysNameTheKeyColumn() throws IOException {
        int[] rows = new int[2];
        List<String> problems = problems(w -> {
            Row first = row(w, "governance.wpga_member");
            first.getCell(1).setCellValue("governance.wpga_membr");
            first.getCell(5).setCellValue(true);
            rows[0] = first.getRowNum() + 1;
            Row second = row(w, "governance.regional_leadership");
            second.getCell(1).setCellValue("governance.body.exists");
            rows[1] = second.getRowNum() + 1;
        });
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0)).contains("sheet Evidence, row " + rows[0] + ", column B (key): unknown evidence key 'governance.wpga_membr'")
                .contains("did you mean 'governance.wpga_member'?");
        assertThat(problems.get(1)).contains("sheet Evidence, row " + rows[1] + ", column B (key): key governance.body.exists is given twice")
                .contains("it was first given at sheet Evidence, row 2, column B (key)");
    }

    @Test
    void countryProblemsNameTheCountrySheet() throws IOException {
        List<String> problems = problems(w -> {
            Sheet country = w.getSheet("Country");
            country.getRow(1).getCell(1).setCellValue("ZZ");
            country.getRow(3).getCell(1).setCellValue("CoE, eu");
        });
        assertThat(problems).anySatisfy(p -> assertThat(p).contains(": sheet Country, row 2, column B (code): country code 'ZZ'"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains(": sheet Country, row 4, column B (memberships): unknown membership 'eu'")
                .contains("did you mean 'EU'?"));
    }

    @Test
    void missingDateAndUnknownFieldAreReportedWithItemsStillChecked() throws IOException {
        List<String> problems = problems(w -> {
            Sheet country = w.getSheet("Country");
            country.getRow(4).getCell(1).setBlank();
            country.getRow(2).getCell(0).setCellValue("nmae");
            set(w, "governance.body.exists", "yes");
        });
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("sheet Country, row 5, column B (assessedOn): assessedOn is missing"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("sheet Country, row 3, column A (field): unknown country field 'nmae'")
                .contains("did you mean 'name'?"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("governance.body.exists takes true or false"));
    }

    @Test
    void aValueWithoutAKeyIsReported() throws IOException {
        List<String> problems = problems(w -> {
            Row extra = w.getSheet("Evidence").createRow(w.getSheet("Evidence").getLastRowNum() + 2);
            extra.createCell(5).setCellValue("true");
        });
        assertThat(problems).singleElement().asString().contains("column B (key): the row has a value, source or note but no key");
    }

    @Test
    void missingSheetIsNamed() throws IOException {
        assertThat(problems(w -> w.removeSheetAt(w.getSheetIndex("Evidence"))))
                .singleElement().asString().contains("has no sheet named Evidence").contains("WorkbookWriter");
    }

    @Test
    void aFileThatIsNotAWorkbookIsOneProblem() throws IOException {
        Path file = dir.resolve("fake.xlsx");
        Files.writeString(file, "{\"country\": {}}");
        ParsedEvidence parsed = new WorkbookReader(WorkbookRoundTripTest.vocabulary()).read(file);
        assertThat(parsed.evidence()).isNull();
        assertThat(parsed.problems()).singleElement().asString().startsWith(file + ": is not an Excel .xlsx workbook")
                .contains("save it from your spreadsheet program");
    }

    @Test
    void aDateCellAndADateTextAreTheSameDate() throws IOException {
        Path file = dir.resolve("xa.xlsx");
        Evidence evidence = Evidence.builder("XA", java.time.LocalDate.of(2026, 6, 30))
                .add("governance.strategy.adopted_date", "2021-06-30").build();
        Files.write(file, WorkbookWriter.write(EvidenceTemplate.filled(WorkbookRoundTripTest.engine(), evidence, List.of())));
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            Cell cell = row(workbook, "governance.strategy.adopted_date").getCell(5);
            assertThat(cell.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
            assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
        }
        Evidence read = new WorkbookReader(WorkbookRoundTripTest.vocabulary()).read(file).evidence();
        String fromWorkbook = WorkbookRoundTripTest.engine().assess(read).toJson();
        assertThat(fromWorkbook).isEqualTo(WorkbookRoundTripTest.engine().assess(evidence).toJson());
    }
}
