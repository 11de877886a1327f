package org.mnr.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mnr.engine.model.EvidenceKey;
import org.mnr.template.EvidenceTemplate;

/**
 * The template workbook as a person opens and prints it, read back with POI: rows tall enough for their text,
 * the value column marked, the header frozen and repeated on paper, landscape fitted to the page's width, and
 * each capability's keys grouped under a heading.
 */
class WorkbookLayoutTest {

    private static final int VALUE = 5;
    private static XSSFWorkbook workbook;
    private static XSSFSheet evidence;

    @BeforeAll
    static void write() throws IOException {
        byte[] bytes = WorkbookWriter.write(EvidenceTemplate.blank(WorkbookRoundTripTest.engine(), List.of("coe")));
        workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes));
        evidence = workbook.getSheet("Evidence");
    }

    private static boolean isKeyRow(Row row) {
        return row.getRowNum() > 0 && row.getCell(1) != null && !row.getCell(1).getStringCellValue().isEmpty();
    }

    @Test
    void everyRowIsTallEnoughForItsWrappedText() {
        int checked = 0;
        for (Row row : evidence) {
            if (!isKeyRow(row)) {
                continue;
            }
            for (Cell cell : row) {
                if (cell.getCellType() != CellType.STRING || cell.getStringCellValue().isEmpty()) {
                    continue;
                }
                assertThat(cell.getCellStyle().getWrapText()).as("wrapped: %s", cell.getAddress()).isTrue();
                // No line holds more characters than its column is wide, so the text needs at least this many lines.
                int width = evidence.getColumnWidth(cell.getColumnIndex()) / 256;
                int lines = (cell.getStringCellValue().length() + width - 1) / width;
                assertThat(row.getHeightInPoints()).as("row %d, column %d: %d lines", row.getRowNum() + 1, cell.getColumnIndex(), lines)
                        .isGreaterThanOrEqualTo(lines * 15f);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(500);
        EvidenceKey longest = WorkbookRoundTripTest.engine().packs().stream().filter(p -> List.of("mnr", "coe").contains(p.id()))
                .flatMap(p -> p.vocabulary().stream())
                .max(java.util.Comparator.comparingInt(k -> k.description().length())).orElseThrow();
        Row row = WorkbookProblemsTest.row(workbook, longest.key());
        assertThat(longest.description().length()).isGreaterThan(3 * 60);
        assertThat(row.getHeightInPoints()).isGreaterThanOrEqualTo(4 * 15f);
        assertThat(((org.apache.poi.xssf.usermodel.XSSFRow) row).getCTRow().getCustomHeight()).isTrue();
    }

    @Test
    void theValueColumnIsHighlightedInEveryKeyRowAndNoOtherIs() {
        for (Row row : evidence) {
            if (!isKeyRow(row)) {
                continue;
            }
            var value = row.getCell(VALUE).getCellStyle();
            assertThat(value.getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(value.getFillForegroundColor()).isEqualTo(IndexedColors.LIGHT_YELLOW.getIndex());
            assertThat(value.getLocked()).isFalse();
            assertThat(row.getCell(2).getCellStyle().getFillPattern()).isEqualTo(FillPatternType.NO_FILL);
        }
        assertThat(evidence.getRow(0).getCell(VALUE).getStringCellValue()).isEqualTo("value");
        assertThat(evidence.getRow(0).getCell(VALUE).getCellStyle().getFillForegroundColor())
                .isNotEqualTo(evidence.getRow(0).getCell(2).getCellStyle().getFillForegroundColor());
        var code = workbook.getSheet("Country").getRow(1).getCell(1).getCellStyle();
        assertThat(code.getFillForegroundColor()).isEqualTo(IndexedColors.LIGHT_YELLOW.getIndex());
    }

    @Test
    void theHeaderIsFrozenAndPrintedOnEveryLandscapePageFittedToItsWidth() {
        assertThat(evidence.getPaneInformation().isFreezePane()).isTrue();
        assertThat(evidence.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
        assertThat(evidence.getRepeatingRows()).isEqualTo(new CellRangeAddress(0, 0, -1, -1));
        assertThat(evidence.getFitToPage()).isTrue();
        assertThat(evidence.getPrintSetup().getLandscape()).isTrue();
        assertThat(evidence.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
        assertThat(evidence.getPrintSetup().getFitHeight()).isZero();
        XSSFSheet country = workbook.getSheet("Country");
        assertThat(country.getFitToPage()).isTrue();
        assertThat(country.getPrintSetup().getLandscape()).isTrue();
    }

    @Test
    void eachCapabilitysKeysAreGroupedUnderItsHeading() {
        Set<String> headings = new LinkedHashSet<>();
        List<String> capabilitiesOfKeys = new ArrayList<>();
        String current = null;
        for (Row row : evidence) {
            if (row.getRowNum() == 0) {
                continue;
            }
            if (isKeyRow(row)) {
                assertThat(row.getOutlineLevel()).as("row %d", row.getRowNum() + 1).isEqualTo(1);
                assertThat(row.getCell(0).getStringCellValue()).as("row %d", row.getRowNum() + 1).isEqualTo(current);
                capabilitiesOfKeys.add(current);
            } else {
                current = row.getCell(0).getStringCellValue();
                assertThat(row.getOutlineLevel()).isZero();
                assertThat(headings.add(current)).as("one heading per capability: %s", current).isTrue();
                assertThat(row.getCell(0).getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            }
        }
        assertThat(headings).hasSize(21).first().isEqualTo("1 Leadership");
        assertThat(new LinkedHashSet<>(capabilitiesOfKeys)).containsExactlyElementsOf(headings);
        assertThat(evidence.getRowSumsBelow()).as("the heading, above its rows, folds them").isFalse();
    }

    @Test
    void readingTheTemplateSkipsTheHeadingsAndFindsEveryKey() {
        java.nio.file.Path file = null;
        try {
            file = java.nio.file.Files.createTempFile("layout", ".xlsx");
            java.nio.file.Files.write(file, WorkbookWriter.write(EvidenceTemplate.blank(WorkbookRoundTripTest.engine(), List.of("coe"))));
            var parsed = new WorkbookReader(WorkbookRoundTripTest.vocabulary()).read(file);
            assertThat(parsed.problems()).isEmpty();
            List<String> keys = WorkbookRoundTripTest.engine().packs().stream().filter(p -> List.of("mnr", "coe").contains(p.id()))
                    // A retired key is asked no more (docs/changes.md, "Evidence keys retired"): the template has no row for it.
                    .flatMap(p -> p.vocabulary().stream()).filter(k -> !k.retired()).map(EvidenceKey::key).toList();
            assertThat(parsed.evidence().items()).extracting(i -> i.key()).containsExactlyInAnyOrderElementsOf(keys);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            if (file != null) {
                file.toFile().delete();
            }
        }
    }
}
