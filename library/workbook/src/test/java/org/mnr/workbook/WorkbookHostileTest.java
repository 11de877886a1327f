package org.mnr.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mnr.engine.Variants;
import org.mnr.engine.evidence.Evidence;
import org.mnr.engine.evidence.EvidenceLimits;
import org.mnr.engine.evidence.ParsedEvidence;
import org.mnr.engine.evidence.Problem;
import org.mnr.template.EvidenceTemplate;

/**
 * Malformed, hostile and merely unusual workbooks: every problem names the sheet, row and column, in the
 * evaluator's words, nothing throws, every limit applies, and text survives a round trip exactly.
 */
class WorkbookHostileTest {

    private static final String NUMBER_KEY = "hotline.median_takedown_hours";
    private static final String DATE_KEY = "governance.strategy.adopted_date";

    @TempDir
    Path dir;

    private Path workbook(Consumer<XSSFWorkbook> edit) throws IOException {
        Path file = dir.resolve("xa.xlsx");
        // Filled in with a country and a date, as an evaluator would: a template's placeholders are invalid input.
        EvidenceTemplate blank = EvidenceTemplate.blank(WorkbookRoundTripTest.engine(), List.of());
        Files.write(file, WorkbookWriter.write(new EvidenceTemplate(blank.code(), "Testland", blank.memberships(),
                java.time.LocalDate.of(2026, 6, 30), blank.rows())));
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            Row country = workbook.getSheet("Country").getRow(1);
            country.getCell(1).setCellValue("XA");
            edit.accept(workbook);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        return file;
    }

    private static List<String> problems(Path file, EvidenceLimits limits) {
        ParsedEvidence parsed = new WorkbookReader(WorkbookRoundTripTest.vocabulary(), limits).read(file);
        return WorkbookRoundTripTest.engine().validate(parsed, Variants.fromMemberships()).stream().map(Problem::toString).toList();
    }

    private static List<String> problems(Path file) {
        return problems(file, EvidenceLimits.DEFAULTS);
    }

    /** Rewrites the parts of the workbook's zip under a folder, as a broken or hand-made file would have it. */
    private static void rewrite(Path file, String part, UnaryOperator<String> change) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(file)); ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().startsWith(part)) {
                    content = change.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        Files.write(file, bytes.toByteArray());
    }

    private String numberCell(XSSFWorkbook w) {
        Row row = WorkbookProblemsTest.row(w, NUMBER_KEY);
        row.getCell(5).setCellValue(12345.5);
        return "F" + (row.getRowNum() + 1);
    }

    @Test
    void malformedNumberCellsAreProblemsAtTheirCell() throws IOException {
        for (String raw : List.of("abc", "Infinity", "NaN", "1e999999999")) {
            String[] ref = new String[1];
            Path file = workbook(w -> ref[0] = numberCell(w));
            rewrite(file, "xl/worksheets/", xml -> xml.replace("<v>12345.5</v>", "<v>" + raw + "</v>"));
            List<String> problems = problems(file);
            assertThat(problems).as(raw).singleElement().asString()
                    .contains("sheet Evidence, row " + ref[0].substring(1) + ", column F (value)").doesNotContain("java.");
        }
    }

    @Test
    void anIsoDateCellIsReadAsItsDate() throws IOException {
        String[] ref = new String[1];
        Path file = workbook(w -> {
            Row row = WorkbookProblemsTest.row(w, DATE_KEY);
            row.getCell(5).setCellValue(1);
            ref[0] = "F" + (row.getRowNum() + 1);
        });
        rewrite(file, "xl/worksheets/", xml -> xml.replaceFirst("<c r=\"" + ref[0] + "\"([^>]*?)( t=\"n\")?><v>1(\\.0)?</v></c>",
                "<c r=\"" + ref[0] + "\"$1 t=\"d\"><v>2024-02-29T00:00:00</v></c>"));
        ParsedEvidence parsed = new WorkbookReader(WorkbookRoundTripTest.vocabulary(), EvidenceLimits.DEFAULTS).read(file);
        assertThat(problems(file)).isEmpty();
        assertThat(parsed.evidence().items().stream().filter(i -> i.key().equals(DATE_KEY)).findFirst().orElseThrow().value())
                .isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void datesOutsideTheYears1900To2200AreProblems() throws IOException {
        for (double serial : new double[] {0, 1.66e9}) {
            Path file = workbook(w -> {
                CellStyle date = w.createCellStyle();
                date.setDataFormat(w.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
                Cell cell = WorkbookProblemsTest.row(w, DATE_KEY).getCell(5);
                cell.setCellValue(serial);
                cell.setCellStyle(date);
            });
            assertThat(problems(file)).as("serial %s", serial).singleElement().asString().contains("column F (value)")
                    .contains("1900").contains("2200");
        }
    }

    @Test
    void everyLimitAppliesToWorkbooks() throws IOException {
        Path file = workbook(w -> {
            WorkbookProblemsTest.row(w, "governance.body.exists").getCell(7).setCellValue("n".repeat(200));
            WorkbookProblemsTest.row(w, NUMBER_KEY).getCell(5).setCellValue("1e999999999");
        });
        assertThat(problems(file, EvidenceLimits.DEFAULTS.withMaxStringLength(100)))
                .anyMatch(p -> p.contains("column H (note)") && p.contains("maxStringLength"))
                .anyMatch(p -> p.contains("column F (value)") && p.contains("maxNumberLength"));
        assertThat(problems(file, EvidenceLimits.DEFAULTS.withMaxItems(5))).singleElement().asString().contains("maxItems");
        assertThat(problems(file, EvidenceLimits.DEFAULTS.withMaxFileSize(1024))).singleElement().asString()
                .contains("maxFileSize");
    }

    @Test
    void anEncryptedWorkbookIsExplainedInTheUsersTerms() throws Exception {
        Path plain = workbook(w -> { });
        Path encrypted = dir.resolve("secret.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream out = encryptor.getDataStream(fs); InputStream in = Files.newInputStream(plain)) {
                in.transferTo(out);
            }
            try (OutputStream out = Files.newOutputStream(encrypted)) {
                fs.writeFilesystem(out);
            }
        }
        assertThat(problems(encrypted)).singleElement().asString().contains("password").doesNotContain("POI").doesNotContain("OLE2")
                .doesNotContain("XSSF");
    }

    @Test
    void aGenuineHighlyCompressibleWorkbookIsNotTakenForAZipBomb() throws IOException {
        Path file = workbook(w -> {
            Row row = WorkbookProblemsTest.row(w, "governance.body.exists");
            row.getCell(7).setCellValue("same note ".repeat(3000));
            for (int i = 0; i < 60; i++) {
                w.getSheet("Country").createRow(100 + i).createCell(5).setCellValue("x".repeat(30_000));
            }
        });
        assertThat(Files.size(file)).isLessThan(200_000);
        assertThat(problems(file)).noneMatch(p -> p.contains("zip") || p.contains("Zip"));
    }

    @Test
    void aZipBombIsExplainedInTheUsersTerms() throws IOException {
        Path file = workbook(w -> { });
        rewrite(file, "xl/worksheets/", xml -> xml + " ".repeat(200_000_000));
        assertThat(problems(file)).singleElement().asString().contains("expand").doesNotContain("ZipSecureFile")
                .doesNotContain("setMinInflateRatio").doesNotContain("POI");
    }

    @Test
    void textSurvivesARoundTripExactly() throws IOException {
        String note = "  _x0041_ literal, a bell \u0007 and an escape \u001B[31m, then spaces  ";
        String name = " Åland ";
        Evidence evidence = Evidence.builder("XA", LocalDate.of(2026, 6, 30)).name(name)
                .item("governance.body.exists", true, "  Decree _x005F_ 12  ").build();
        evidence = new Evidence(evidence.country(), evidence.assessedOn(), List.of(new org.mnr.engine.evidence.EvidenceItem(
                "governance.body.exists", true, "  Decree _x005F_ 12  ", note, org.mnr.engine.evidence.Place.at("/evidence/0/value"))), "round.json");
        Path file = dir.resolve("round.xlsx");
        Files.write(file, WorkbookWriter.write(EvidenceTemplate.filled(WorkbookRoundTripTest.engine(), evidence, List.of())));
        Evidence read = new WorkbookReader(WorkbookRoundTripTest.vocabulary(), EvidenceLimits.DEFAULTS).read(file).evidence();
        assertThat(read.country().name()).isEqualTo(name);
        org.mnr.engine.evidence.EvidenceItem item = read.items().stream().filter(i -> i.key().equals("governance.body.exists"))
                .findFirst().orElseThrow();
        assertThat(item.note()).isEqualTo(note);
        assertThat(item.source()).isEqualTo("  Decree _x005F_ 12  ");
    }

    @Test
    void atMostAThousandProblemsAreListed() throws IOException {
        Path file = workbook(w -> {
            org.apache.poi.ss.usermodel.Sheet sheet = w.getSheet("Evidence");
            int first = sheet.getLastRowNum() + 1;
            for (int i = 0; i < 1500; i++) {
                Row row = sheet.createRow(first + i);
                row.createCell(1).setCellValue("no.such_key" + i);
                row.createCell(5).setCellValue("true");
            }
        });
        List<String> problems = problems(file);
        assertThat(problems).hasSize(1001);
        assertThat(problems.get(1000)).contains("500 more problems are not listed");
    }
}
