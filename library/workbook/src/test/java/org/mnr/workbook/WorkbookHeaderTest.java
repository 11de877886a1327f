package org.mnr.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mnr.engine.error.ProblemCode;
import org.mnr.engine.evidence.EvidenceItem;
import org.mnr.engine.evidence.ParsedEvidence;
import org.mnr.engine.evidence.Problem;
import org.mnr.template.EvidenceTemplate;

/**
 * A header the evaluator broke is reported at its sheet, row and column, saying what the header should say and how
 * to mend it, as a value cell's problem is; never as a fault of the whole file.
 */
class WorkbookHeaderTest {

    /** The template's Evidence header, in its column order A to I (WorkbookLayout keeps it; written here again as a person reads it). */
    private static final String TEMPLATE_HEADER = "capability, key, description, type, allowed values, value, source, note, confidence";

    @TempDir
    Path dir;

    private Path file;

    /** A filled-in template for XA, edited, then read. */
    private ParsedEvidence read(Consumer<XSSFWorkbook> edit) throws IOException {
        file = dir.resolve("xa.xlsx");
        EvidenceTemplate blank = EvidenceTemplate.blank(WorkbookRoundTripTest.engine(), List.of());
        Files.write(file, WorkbookWriter.write(new EvidenceTemplate("XA", "Testland", blank.memberships(), LocalDate.of(2026, 6, 30), blank.rows())));
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            WorkbookProblemsTest.row(workbook, "governance.body.exists").getCell(5).setCellValue(true);
            WorkbookProblemsTest.row(workbook, "governance.body.exists").createCell(6).setCellValue("Decree 12/2024");
            edit.accept(workbook);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        return new WorkbookReader(WorkbookRoundTripTest.vocabulary()).read(file);
    }

    private List<String> problems(Consumer<XSSFWorkbook> edit) throws IOException {
        return read(edit).problems().stream().map(Problem::toString).toList();
    }

    private static XSSFSheet evidence(XSSFWorkbook workbook) {
        return workbook.getSheet("Evidence");
    }

    /** Deletes a column of the Evidence sheet as a spreadsheet program does: the columns right of it move left. */
    private static void deleteColumn(XSSFSheet sheet, int column) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null) {
                row.removeCell(cell);
            }
        }
        sheet.shiftColumns(column + 1, 8, -1);
    }

    @Test
    void anUntouchedTemplateHasNoHeaderProblem() throws IOException {
        ParsedEvidence parsed = read(w -> { });
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.evidence().items()).extracting(EvidenceItem::key).contains("governance.body.exists");
    }

    @Test
    void aRenamedKeyHeaderIsPlacedAtItsCellWithWhatItShouldSay() throws IOException {
        ParsedEvidence parsed = read(w -> evidence(w).getRow(0).getCell(1).setCellValue("kee"));
        assertThat(parsed.evidence()).isNull();
        assertThat(parsed.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.EVIDENCE_WORKBOOK_LAYOUT);
            assertThat(p.place().line()).isEqualTo(1);
            assertThat(p.place().column()).isEqualTo(2);
            assertThat(p).hasToString(file + ": sheet Evidence, row 1, column B (key): the header says 'kee' where 'key' belongs;"
                    + " write 'key' in this cell, as the template has it");
        });
    }

    @Test
    void aClearedValueHeaderIsPlacedAtItsEmptyCell() throws IOException {
        assertThat(problems(w -> evidence(w).getRow(0).getCell(5).setBlank())).containsExactly(file
                + ": sheet Evidence, row 1, column F (value): the header cell is empty where 'value' belongs; write 'value' in this cell,"
                + " as the template has it");
    }

    @Test
    void aDeletedValueColumnIsPlacedAtTheHeaderRowWhichItQuotes() throws IOException {
        assertThat(problems(w -> deleteColumn(evidence(w), 5))).containsExactly(file + ": sheet Evidence, row 1: the header has no column"
                + " 'value' (it reads: A capability, B key, C description, D type, E allowed values, F source, G note, H confidence);"
                + " add a column headed 'value', column F in the template");
    }

    @Test
    void columnsMovedByAnInsertedColumnStillReadAndTheNewColumnIsAWarningAtItsHeader() throws IOException {
        ParsedEvidence parsed = read(w -> {
            Row row = WorkbookProblemsTest.row(w, "governance.body.exists");
            evidence(w).shiftColumns(0, 8, 1);
            evidence(w).getRow(0).createCell(0).setCellValue("my remarks");
            row.createCell(0).setCellValue("ask the ministry");
        });
        assertThat(parsed.evidence()).as("found by their headers, the columns read wherever they are").isNotNull();
        EvidenceItem item = parsed.evidence().items().stream().filter(i -> i.key().equals("governance.body.exists")).findFirst().orElseThrow();
        assertThat(item.value()).isEqualTo(true);
        assertThat(item.source()).isEqualTo("Decree 12/2024");
        assertThat(item.place().where()).contains("column G (value)");
        assertThat(parsed.problems()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
            assertThat(p).hasToString(file + ": warning: sheet Evidence, row 1, column A (my remarks): the column 'my remarks' is not one of"
                    + " the template's, so what it holds is not read; move what it holds into the note column, or delete the column");
        });
    }

    @Test
    void aMisspeltOptionalHeaderIsAnErrorAtItsCellAsWhatItHoldsWouldBeLost() throws IOException {
        assertThat(problems(w -> evidence(w).getRow(0).getCell(6).setCellValue("Sources"))).containsExactly(file
                + ": sheet Evidence, row 1, column G (source): the header says 'Sources' where 'source' belongs, so the column is not read;"
                + " write 'source' in this cell, as the template has it");
    }

    @Test
    void aSecondValueColumnIsPlacedAtItsHeader() throws IOException {
        assertThat(problems(w -> evidence(w).getRow(0).createCell(9).setCellValue("Value"))).containsExactly(file
                + ": sheet Evidence, row 1, column J (value): a second 'value' column; the first is column F, and only the first is read;"
                + " keep one 'value' column: move what this one holds into column F and delete this one");
    }

    @Test
    void anEmptyHeaderRowIsPlacedAtItsRow() throws IOException {
        assertThat(problems(w -> evidence(w).getRow(0).forEach(Cell::setBlank))).containsExactly(file
                + ": sheet Evidence, row 1: the header row is empty; write the template's header in row 1: " + TEMPLATE_HEADER);
    }

    @Test
    void anEmptyEvidenceSheetIsPlacedAtItsFirstRow() throws IOException {
        assertThat(problems(w -> {
            XSSFSheet sheet = evidence(w);
            List<Row> rows = new ArrayList<>();
            sheet.forEach(rows::add);
            rows.forEach(sheet::removeRow);
        })).containsExactly(file + ": sheet Evidence, row 1: sheet Evidence is empty: it has no header row; write the template's header in"
                + " row 1: " + TEMPLATE_HEADER);
    }

    @Test
    void rowsInsertedAboveTheHeaderAreNamed() throws IOException {
        assertThat(problems(w -> {
            XSSFSheet sheet = evidence(w);
            sheet.shiftRows(0, sheet.getLastRowNum(), 2);
            sheet.createRow(0).createCell(0).setCellValue("Assessment of Testland");
        })).containsExactly(file + ": sheet Evidence, row 1: the header (with 'key' and 'value') is in row 3, below rows the template does"
                + " not have; delete rows 1 to 2, so that the header is the first row");
    }

    @Test
    void mergedHeaderCellsArePlacedAtTheirColumns() throws IOException {
        assertThat(problems(w -> evidence(w).addMergedRegion(new CellRangeAddress(0, 0, 4, 5)))).containsExactly(file
                + ": sheet Evidence, row 1, columns E-F: the header cells of columns E-F are merged into one, so the columns after the first"
                + " have no header; unmerge them (in Excel: Home > Merge & Center) and give each column its own header, as the template does");
    }

    @Test
    void valueCellsMergedOverSeveralKeysArePlacedAtTheirRange() throws IOException {
        int[] first = new int[1];
        List<String> problems = problems(w -> {
            first[0] = WorkbookProblemsTest.row(w, "governance.body.exists").getRowNum();
            evidence(w).addMergedRegion(new CellRangeAddress(first[0], first[0] + 2, 5, 5));
        });
        String rows = (first[0] + 1) + "-" + (first[0] + 3);
        assertThat(problems).containsExactly(file + ": sheet Evidence, rows " + rows + ", column F: the cells F" + (first[0] + 1) + ":F"
                + (first[0] + 3) + " are merged, so only the first of them is read; unmerge them (in Excel: Home > Merge & Center) and fill in"
                + " each cell, as the template has it");
    }

    @Test
    void cellsMergedOnlyOverColumnsTheReaderDoesNotReadAreNoProblem() throws IOException {
        assertThat(read(w -> {
            int row = WorkbookProblemsTest.row(w, "governance.body.exists").getRowNum();
            evidence(w).addMergedRegion(new CellRangeAddress(row, row + 1, 2, 3));
        }).problems()).isEmpty();
    }

    @Test
    void aHeaderCellShowingAnErrorIsPlacedAtItsCellNotTheWholeFile() throws IOException {
        List<String> problems = problems(w -> evidence(w).getRow(0).getCell(1).setCellErrorValue(FormulaError.REF));
        assertThat(problems).containsExactly(
                file + ": sheet Evidence, row 1, column B (header): the cell shows the error #REF!; correct the formula, or type the value itself",
                file + ": sheet Evidence, row 1, column B (key): the header cell is empty where 'key' belongs; write 'key' in this cell,"
                        + " as the template has it");
    }

    @Test
    void aColumnInsertedBeforeTheCountryFieldsIsPlacedAtTheMovedHeader() throws IOException {
        ParsedEvidence parsed = read(w -> w.getSheet("Country").shiftColumns(0, 2, 1));
        assertThat(parsed.evidence()).isNull();
        assertThat(parsed.problems()).extracting(Problem::toString).containsExactly(file + ": sheet Country, row 1, column B (field):"
                + " the 'field' column is column B, but the country's fields are read from column A; move it back to column A (delete any"
                + " column inserted before it), as the template has it");
    }

    @Test
    void aColumnInsertedBetweenCountryFieldsAndValuesIsPlacedAtTheValueHeader() throws IOException {
        assertThat(problems(w -> w.getSheet("Country").shiftColumns(1, 2, 1))).containsExactly(file + ": sheet Country, row 1, column C (value):"
                + " the 'value' column is column C, but the country's values are read from column B; move it back to column B (delete any"
                + " column inserted before it), as the template has it");
    }

    @Test
    void aMisspeltCountryFieldHeaderIsPlacedAtItsCell() throws IOException {
        ParsedEvidence parsed = read(w -> w.getSheet("Country").getRow(0).getCell(0).setCellValue("feild"));
        assertThat(parsed.problems()).extracting(Problem::toString).containsExactly(file + ": sheet Country, row 1, column A (field): the header"
                + " says 'feild' where 'field' belongs; write 'field' in this cell, as the template has it");
    }

    @Test
    void aCountryHeaderCellShowingAnErrorIsReportedOnceAtItsCell() throws IOException {
        assertThat(problems(w -> {
            w.getSheet("Country").getRow(0).getCell(0).setCellValue("feild");
            w.getSheet("Country").getRow(0).getCell(1).setCellErrorValue(FormulaError.REF);
        })).containsExactly(
                file + ": sheet Country, row 1, column B (header): the cell shows the error #REF!; correct the formula, or type the value itself",
                file + ": sheet Country, row 1, column A (field): the header says 'feild' where 'field' belongs; write 'field' in this cell,"
                        + " as the template has it");
    }

    @Test
    void aMissingCountryCodeRowNamesTheCountrySheet() throws IOException {
        assertThat(problems(w -> w.getSheet("Country").removeRow(w.getSheet("Country").getRow(1)))).containsExactly(file
                + ": sheet Country: country code is missing; give an ISO 3166-1 alpha-2 code, or XA to XZ for a fictional country, in the row"
                + " 'code' of sheet Country");
    }

    @Test
    void aRenamedSheetIsNamedWithTheRenameThatMendsIt() throws IOException {
        assertThat(problems(w -> w.setSheetName(w.getSheetIndex("Evidence"), "Evidense"))).containsExactly(file
                + ": has no sheet named Evidence (its sheets: Country, Evidense, Lists); rename the sheet 'Evidense' to Evidence, as the"
                + " template names it");
    }
}
