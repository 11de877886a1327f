package org.mnr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workbooks as spreadsheet programs leave them, through the command line: exit 2 and the evaluator's words, or read as meant. */
class WorkbookMessagesTest {

    @TempDir
    Path dir;

    private Path filled(String name, java.util.function.Consumer<XSSFWorkbook> edit) throws IOException {
        Path file = dir.resolve(name);
        assertThat(CliRun.of("template", "--from", Engines.FIXTURES.resolve("xc-cordessa-2026.json").toString(), "-o", file.toString()).exit()).isZero();
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            edit.accept(workbook);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        return file;
    }

    private static Row row(XSSFWorkbook workbook, String key) {
        for (Row row : workbook.getSheet("Evidence")) {
            if (row.getCell(1) != null && key.equals(row.getCell(1).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row for " + key);
    }

    @Test
    void aFormulaWithoutItsResultIsRefusedNeverScoredAsZero() throws IOException {
        Path file = filled("xc.xlsx", w -> row(w, "hotline.median_takedown_hours").getCell(5).setCellFormula("20+16"));
        // Without the result a spreadsheet program would have saved beside the formula.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(file)); ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().startsWith("xl/worksheets/")) {
                    content = new String(content, StandardCharsets.UTF_8).replaceAll("(<f>20\\+16</f>)<v>[^<]*</v>", "$1").getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        Files.write(file, bytes.toByteArray());

        CliRun run = CliRun.of("score", file.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("column F (value)").contains("=20+16").contains("save the workbook in Excel or LibreOffice first")
                .doesNotContain("POI").doesNotContain("Exception");
    }

    @Test
    void aPercentageIsScoredAsThePercentageTyped() throws IOException {
        Path typed = filled("typed.xlsx", w -> row(w, "lawenforcement.trained_units_pct").getCell(5).setCellValue(45));
        Path percent = filled("percent.xlsx", w -> {
            CellStyle style = w.createCellStyle();
            style.setDataFormat(w.createDataFormat().getFormat("0%"));
            row(w, "lawenforcement.trained_units_pct").getCell(5).setCellValue(0.45);
            row(w, "lawenforcement.trained_units_pct").getCell(5).setCellStyle(style);
        });
        String asNumber = CliRun.of("score", typed.toString()).out();
        String asPercent = CliRun.of("score", percent.toString()).out();
        assertThat(asPercent).isNotEmpty().isEqualTo(asNumber).contains("\"value\": 45");
    }

    @Test
    void anOpenDocumentSpreadsheetIsExplained() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] type = "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII);
            ZipEntry mimetype = new ZipEntry("mimetype");
            mimetype.setMethod(ZipEntry.STORED);
            mimetype.setSize(type.length);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(type);
            mimetype.setCrc(crc.getValue());
            zip.putNextEntry(mimetype);
            zip.write(type);
            zip.closeEntry();
        }
        Path ods = Files.write(dir.resolve("xc.ods"), bytes.toByteArray());

        CliRun run = CliRun.of("validate", ods.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith(ods + ": is an OpenDocument spreadsheet (.ods)").contains("Save As").contains("(.xlsx)");
    }
}
