package org.mnr.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mnr.engine.Variants;
import org.mnr.engine.evidence.EvidenceItem;
import org.mnr.engine.evidence.ParsedEvidence;
import org.mnr.engine.evidence.Problem;
import org.mnr.template.EvidenceTemplate;

/**
 * Cells as spreadsheet programs leave them: formulas with and without their calculated result, percentages,
 * error values, and a spreadsheet of another kind, each read as the evaluator meant it or explained in their terms.
 */
class WorkbookCellsTest {

    private static final String PERCENT_KEY = "lawenforcement.trained_units_pct";
    private static final String HOURS_KEY = "hotline.median_takedown_hours";
    /** Words of the libraries underneath, which an evaluator must never be shown. */
    private static final List<String> LIBRARY_WORDS = List.of("POI", "poi", "org.apache", "Exception", "XSSF", "OOXML", "OPC", "java.");

    @TempDir
    Path dir;

    private Path workbook(Consumer<XSSFWorkbook> edit) throws IOException {
        Path file = dir.resolve("xa.xlsx");
        Files.write(file, WorkbookWriter.write(EvidenceTemplate.blank(WorkbookRoundTripTest.engine(), List.of())));
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            workbook.getSheet("Country").getRow(4).getCell(1).setCellValue(java.time.LocalDate.of(2026, 6, 30));
            edit.accept(workbook);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        return file;
    }

    private static Cell value(XSSFWorkbook workbook, String key) {
        return WorkbookProblemsTest.row(workbook, key).getCell(5);
    }

    private static ParsedEvidence read(Path file) {
        return new WorkbookReader(WorkbookRoundTripTest.vocabulary()).read(file);
    }

    private static Optional<Object> valueOf(ParsedEvidence parsed, String key) {
        return parsed.evidence().items().stream().filter(i -> i.key().equals(key)).map(EvidenceItem::value)
                .filter(java.util.Objects::nonNull).findFirst();
    }

    private static List<String> problems(Path file) {
        return WorkbookRoundTripTest.engine().validate(read(file), Variants.fromMemberships()).stream()
                .filter(p -> p.severity() == Problem.Severity.ERROR).map(Problem::toString).toList();
    }

    private static void inUsersTerms(List<String> problems) {
        for (String word : LIBRARY_WORDS) {
            assertThat(problems).allSatisfy(p -> assertThat(p).doesNotContain(word));
        }
    }

    @Test
    void aFormulaWithoutItsCalculatedResultIsAProblemNeverZero() throws IOException {
        int[] row = new int[1];
        Path file = workbook(w -> {
            Cell cell = value(w, HOURS_KEY);
            cell.setCellFormula("20+16");
            row[0] = cell.getRowIndex() + 1;
        });
        // As a program that writes formulas without calculating them leaves the cell: the formula, no value.
        String xml = WorkbookXml.part(file, "xl/worksheets/sheet3.xml");
        assertThat(xml).contains("<f>20+16</f>");
        WorkbookXml.rewrite(file, "xl/worksheets/", text -> text.replaceAll("(<f>20\\+16</f>)<v>[^<]*</v>", "$1"));
        assertThat(WorkbookXml.part(file, "xl/worksheets/sheet3.xml")).contains("<f>20+16</f></c>");

        List<String> problems = problems(file);
        assertThat(problems).singleElement().asString()
                .contains("sheet Evidence, row " + row[0] + ", column F (value)")
                .contains("=20+16").contains("never calculated")
                .contains("save the workbook in Excel or LibreOffice first");
        inUsersTerms(problems);
    }

    @Test
    void aFormulaWithItsCalculatedResultIsReadAsThatResult() throws IOException {
        Path file = workbook(w -> {
            value(w, HOURS_KEY).setCellFormula("20+16");
            w.getCreationHelper().createFormulaEvaluator().evaluateAll();
        });
        ParsedEvidence parsed = read(file);
        assertThat(problems(file)).isEmpty();
        assertThat(valueOf(parsed, HOURS_KEY)).contains(new BigDecimal("36"));
    }

    @Test
    void aPercentageCellIsReadAsThePercentageTyped() throws IOException {
        Path file = workbook(w -> {
            CellStyle percent = w.createCellStyle();
            percent.setDataFormat(w.createDataFormat().getFormat("0%"));
            Cell cell = value(w, PERCENT_KEY);
            // Typing 45% into a cell stores 0.45 and formats the cell as a percentage.
            cell.setCellValue(0.45);
            cell.setCellStyle(percent);
            CellStyle decimals = w.createCellStyle();
            decimals.setDataFormat(w.createDataFormat().getFormat("0.0%"));
            Cell other = value(w, "judiciary.remote_testimony_courts_pct");
            other.setCellValue(1);
            other.setCellStyle(decimals);
            value(w, "offender.treatment_coverage_pct").setCellValue("12.5%");
        });
        ParsedEvidence parsed = read(file);
        assertThat(problems(file)).isEmpty();
        assertThat(valueOf(parsed, PERCENT_KEY)).contains(new BigDecimal("45"));
        assertThat(valueOf(parsed, "judiciary.remote_testimony_courts_pct")).hasValueSatisfying(v -> assertThat(v.toString()).isEqualTo("100"));
        assertThat(valueOf(parsed, "offender.treatment_coverage_pct")).contains(new BigDecimal("12.5"));
    }

    @Test
    void aPercentageThatIsOutOfRangeIsReportedAsTyped() throws IOException {
        Path file = workbook(w -> {
            CellStyle percent = w.createCellStyle();
            percent.setDataFormat(w.createDataFormat().getFormat("0%"));
            Cell cell = value(w, PERCENT_KEY);
            cell.setCellValue(1.5);
            cell.setCellStyle(percent);
        });
        assertThat(problems(file)).singleElement().asString().contains("150").contains(PERCENT_KEY);
    }

    @Test
    void anErrorValueIsAProblemAtItsCell() throws IOException {
        Path file = workbook(w -> value(w, HOURS_KEY).setCellErrorValue(FormulaError.DIV0.getCode()));
        List<String> problems = problems(file);
        assertThat(problems).singleElement().asString().contains("column F (value)").contains("#DIV/0!")
                .contains("type the value itself");
        inUsersTerms(problems);
    }

    @Test
    void anOpenDocumentSpreadsheetIsExplainedWhateverItsName() throws IOException {
        byte[] ods = openDocument();
        for (String name : List.of("xa.ods", "renamed.xlsx")) {
            Path file = Files.write(dir.resolve(name), ods);
            ParsedEvidence parsed = WorkbookRoundTripTest.engine().read(file);
            List<String> problems = parsed.problems().stream().map(Problem::toString).toList();
            assertThat(parsed.evidence()).isNull();
            assertThat(problems).as(name).singleElement().asString().contains(name).contains("OpenDocument spreadsheet (.ods)")
                    .contains("LibreOffice").contains("Save As").contains(".xlsx");
            inUsersTerms(problems);
        }
    }

    @Test
    void aWorkbookRenamedOdsIsReadAsTheWorkbookItIs() throws IOException {
        Path workbook = workbook(w -> value(w, HOURS_KEY).setCellValue(36));
        Path renamed = Files.move(workbook, dir.resolve("xa.ods"));
        ParsedEvidence parsed = WorkbookRoundTripTest.engine().read(renamed);
        assertThat(parsed.problems()).isEmpty();
        assertThat(valueOf(parsed, HOURS_KEY)).contains(new BigDecimal("36"));
        Path text = Files.writeString(dir.resolve("notes.ods"), "not a spreadsheet");
        assertThat(WorkbookRoundTripTest.engine().read(text).problems()).singleElement().asString().contains("OpenDocument");
    }

    @Test
    void anOldExcelFileNamedXlsIsExplainedToo() throws IOException {
        Path file = Files.write(dir.resolve("xa.xls"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0});
        List<String> problems = WorkbookRoundTripTest.engine().read(file).problems().stream().map(Problem::toString).toList();
        assertThat(problems).singleElement().asString().contains("Excel 97-2003").contains("save it as an Excel workbook (.xlsx)");
        inUsersTerms(problems);
    }

    /** The start of an .ods file as LibreOffice writes it: a stored first entry, mimetype, naming the ODF type. */
    private static byte[] openDocument() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] type = "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII);
            ZipEntry mimetype = new ZipEntry("mimetype");
            mimetype.setMethod(ZipEntry.STORED);
            mimetype.setSize(type.length);
            CRC32 crc = new CRC32();
            crc.update(type);
            mimetype.setCrc(crc.getValue());
            zip.putNextEntry(mimetype);
            zip.write(type);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
