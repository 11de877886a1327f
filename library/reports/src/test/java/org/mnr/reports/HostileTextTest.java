package org.mnr.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mnr.engine.MaturityEngine;
import org.mnr.engine.evidence.Evidence;
import org.mnr.engine.result.Assessment;

/**
 * Text from evidence is data in every report: a name, note or source that starts like a formula is not
 * evaluated by a spreadsheet opening the CSV, and control characters (ESC, BEL, CR, line breaks) never reach
 * a terminal or a file raw.
 */
class HostileTextTest {

    /** What OWASP lists as starting a formula in Excel, LibreOffice and Google Sheets. */
    private static final List<String> FORMULA_STARTS = List.of("=", "+", "-", "@", "\t", "\r");
    /** C0 controls but tab and line feed, which layouts use, and DEL and C1. */
    private static final Pattern RAW_CONTROL = Pattern.compile("[\\x00-\\x08\\x0B-\\x1F\\x7F-\\x9F]");

    private static Assessment formula;
    private static Assessment controls;

    @BeforeAll
    static void assess() {
        MaturityEngine engine = MaturityEngine.builder().build();
        formula = engine.assess(Evidence.builder("XA", LocalDate.of(2026, 6, 30)).name("=HYPERLINK(\"http://x\",\"y\")")
                .item("governance.body.exists", true, "+cmd|' /C calc'!A0").build());
        controls = engine.assess(Evidence.builder("XB", LocalDate.of(2026, 6, 30)).name("Bad\u001B]0;owned\u0007\u001B[2J\rLand\nTwo")
                .item("governance.body.exists", true, "Decree\u001B[31m red\u0007").build());
    }

    @Test
    void aSpreadsheetOpeningTheCsvEvaluatesNothing() throws IOException {
        for (String start : FORMULA_STARTS) {
            Assessment a = MaturityEngine.builder().build().assess(Evidence.builder("XC", LocalDate.of(2026, 6, 30))
                    .name(start + "SUM(1,2)").add("governance.body.exists", true).build());
            String csv = CsvReport.render(List.of(formula, a));
            assertThat(formulaCellsWhenOpened(csv)).as("name starting with %s", start.replace("\t", "TAB").replace("\r", "CR")).isZero();
            assertThat(csv).contains("SUM(1,2)");
        }
    }

    @Test
    void markdownHtmlCsvAndTextCarryNoRawControlCharacter() {
        for (String rendered : List.of(MarkdownReport.render(controls), HtmlReport.render(controls), TextReport.render(controls),
                CsvReport.render(List.of(controls)).replace("\r\n", "\n"))) {
            assertThat(RAW_CONTROL.matcher(rendered).find()).as(rendered.substring(0, Math.min(200, rendered.length()))).isFalse();
        }
        assertThat(MarkdownReport.render(controls)).contains("Bad\\u001B");
        assertThat(HtmlReport.render(controls)).contains("Decree\\u001B[31m red");
    }

    /**
     * Imports the CSV as a spreadsheet does, into a POI workbook: a cell that starts like a formula becomes a
     * formula cell (stripped of a leading {@code =}, as the formula bar shows it); counts those that evaluate.
     */
    private static int formulaCellsWhenOpened(String csv) throws IOException {
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
        int formulas = 0;
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("csv");
            for (int r = 0; r < records.size(); r++) {
                Row row = sheet.createRow(r);
                CSVRecord record = records.get(r);
                for (int c = 0; c < record.size(); c++) {
                    String text = record.get(c);
                    Cell cell = row.createCell(c);
                    String trimmed = text.stripLeading();
                    boolean startsFormula = !text.isEmpty() && FORMULA_STARTS.stream().anyMatch(text::startsWith)
                            && !trimmed.matches("-?[0-9.]+") || trimmed.startsWith("=");
                    if (startsFormula) {
                        try {
                            cell.setCellFormula(trimmed.replaceFirst("^[=@]", ""));
                        } catch (RuntimeException unparsable) {
                            // A spreadsheet shows an error for it, but it was still taken as a formula.
                        }
                        formulas++;
                    } else {
                        cell.setCellValue(text);
                    }
                    if (cell.getCellType() == CellType.FORMULA) {
                        assertThat(startsFormula).isTrue();
                    }
                }
            }
        }
        return formulas;
    }
}
