package org.mnr.workbook;

import static org.mnr.workbook.WorkbookLayout.CONFIDENCE;
import static org.mnr.workbook.WorkbookLayout.EVIDENCE_HEADERS;
import static org.mnr.workbook.WorkbookLayout.EVIDENCE_SHEET;
import static org.mnr.workbook.WorkbookLayout.KEY;
import static org.mnr.workbook.WorkbookLayout.NOTE;
import static org.mnr.workbook.WorkbookLayout.SOURCE;
import static org.mnr.workbook.WorkbookLayout.VALUE;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.mnr.engine.error.ProblemCode;
import org.mnr.engine.evidence.Place;
import org.mnr.engine.evidence.Problem;
import org.mnr.engine.evidence.Wording;
import org.mnr.engine.internal.evidence.Printable;
import org.mnr.engine.internal.evidence.Suggestion;

/**
 * The header row of an Evidence sheet: which column holds each column the reader reads, and every fault of its
 * layout, each placed at its row or cell so that an evaluator can find it. Columns are found by their header in any
 * of the template's languages, wherever they are; a workbook made before a column was added still reads.
 *
 * @param row the 0-based index of the header row
 * @param columns the column of each column found, by canonical name; without key or value when those are missing
 * @param problems the faults found, errors and warnings
 */
record EvidenceHeader(int row, Map<String, Integer> columns, List<Problem> problems) {

    /** The columns the reader reads; key and value it cannot do without. */
    private static final List<String> READ = List.of(KEY, VALUE, SOURCE, NOTE, CONFIDENCE);
    private static final List<String> REQUIRED = List.of(KEY, VALUE);
    /** How far below the first row a header moved down by rows inserted above it is looked for. */
    private static final int ROWS_LOOKED_AT = 20;
    static final String HEADER_HINT = "keep the template's header row, in row 1: " + String.join(", ", EVIDENCE_HEADERS);

    EvidenceHeader {
        columns = Map.copyOf(columns);
        problems = List.copyOf(problems);
    }

    /** Whether both the key and the value column were found, so that items can be read. */
    boolean readable() {
        return columns.containsKey(KEY) && columns.containsKey(VALUE);
    }

    /** The columns found of those the reader reads. */
    List<Integer> readColumns() {
        return READ.stream().filter(columns::containsKey).map(columns::get).toList();
    }

    /**
     * Reads the header of the sheet, its first row; {@code text} gives a cell's text, empty for a cell it cannot
     * read (and has reported).
     */
    static EvidenceHeader of(String file, Sheet sheet, Function<Cell, String> text) {
        List<Problem> problems = new ArrayList<>();
        int first = Math.max(sheet.getFirstRowNum(), 0);
        Row header = sheet.getRow(first);
        Map<Integer, String> written = header == null ? Map.of() : written(header, text);
        if (written.isEmpty()) {
            problems.add(error(file, rowPlace(first), WorkbookReader.said(sheet.getPhysicalNumberOfRows() == 0 ? "header.sheet-empty" : "header.empty",
                    EVIDENCE_SHEET, String.valueOf(first + 1), String.join(", ", EVIDENCE_HEADERS))));
            return new EvidenceHeader(first, Map.of(), problems);
        }
        Map<String, Integer> columns = columns(written);
        if (!columns.containsKey(KEY) && !columns.containsKey(VALUE)) {
            int below = headerBelow(sheet, first, text);
            if (below >= 0) {
                problems.add(error(file, rowPlace(first), WorkbookReader.said(below - first > 1 ? "header.below" : "header.below-one",
                        String.valueOf(below + 1), String.valueOf(first + 1), String.valueOf(below))));
                return new EvidenceHeader(first, Map.of(), problems);
            }
        }
        merged(file, sheet, first, problems);
        duplicates(file, first, written, columns, problems);
        Set<Integer> explained = new HashSet<>();
        for (String column : READ) {
            if (!columns.containsKey(column)) {
                missing(file, first, column, written, explained, problems);
            }
        }
        for (Map.Entry<Integer, String> cell : written.entrySet()) {
            String canonical = WorkbookText.canonicalHeader(cell.getValue());
            if (!EVIDENCE_HEADERS.contains(canonical) && !explained.contains(cell.getKey())) {
                problems.add(Problem.warning(ProblemCode.EVIDENCE_UNKNOWN_FIELD, file, cellPlace(first, cell.getKey(), shown(cell.getValue())),
                        WorkbookReader.said("header.unknown-column", shown(cell.getValue()))));
            }
        }
        return new EvidenceHeader(first, columns, problems);
    }

    /** The row's non-blank cells' text, by column, in column order. */
    private static Map<Integer, String> written(Row row, Function<Cell, String> text) {
        Map<Integer, String> written = new LinkedHashMap<>();
        for (Cell cell : row) {
            String value = text.apply(cell);
            if (!value.isBlank()) {
                written.put(cell.getColumnIndex(), value.strip());
            }
        }
        return written;
    }

    /** The first column of each header, by canonical name. */
    private static Map<String, Integer> columns(Map<Integer, String> written) {
        Map<String, Integer> columns = new HashMap<>();
        written.forEach((column, text) -> columns.putIfAbsent(WorkbookText.canonicalHeader(text), column));
        columns.keySet().retainAll(EVIDENCE_HEADERS);
        return columns;
    }

    /** The row below the first that holds both the key and the value header, or -1. */
    private static int headerBelow(Sheet sheet, int first, Function<Cell, String> text) {
        for (int r = first + 1; r <= Math.min(sheet.getLastRowNum(), first + ROWS_LOOKED_AT); r++) {
            Row row = sheet.getRow(r);
            if (row != null) {
                Map<String, Integer> columns = columns(written(row, text));
                if (columns.containsKey(KEY) && columns.containsKey(VALUE)) {
                    return r;
                }
            }
        }
        return -1;
    }

    /** Header cells merged across columns: the columns after the first lose their header, which the template never does. */
    private static void merged(String file, Sheet sheet, int row, List<Problem> problems) {
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            if (region.isInRange(row, region.getFirstColumn()) && region.getLastColumn() > region.getFirstColumn()) {
                String range = WorkbookLayout.letters(region.getFirstColumn()) + "-" + WorkbookLayout.letters(region.getLastColumn());
                problems.add(error(file, Place.cell("", row + 1, region.getFirstColumn() + 1, "sheet " + EVIDENCE_SHEET + ", row " + (row + 1)
                        + ", columns " + range), WorkbookReader.said("header.merged", range)));
            }
        }
    }

    /** A column the reader reads, headed twice: the second would be ignored without a word. */
    private static void duplicates(String file, int row, Map<Integer, String> written, Map<String, Integer> columns, List<Problem> problems) {
        written.forEach((column, text) -> {
            String canonical = WorkbookText.canonicalHeader(text);
            Integer first = columns.get(canonical);
            if (READ.contains(canonical) && first != null && first.intValue() != column) {
                problems.add(error(file, cellPlace(row, column, canonical), WorkbookReader.said("header.twice", canonical,
                        WorkbookLayout.letters(first))));
            }
        });
    }

    /**
     * A column the reader reads that the header lacks: a renamed header at its template place or spelt nearly right
     * elsewhere is placed at its cell; a missing key or value column at the header row. An optional column simply
     * absent is no fault: workbooks made before it was added lack it.
     */
    private static void missing(String file, int row, String column, Map<Integer, String> written, Set<Integer> explained, List<Problem> problems) {
        int templateColumn = EVIDENCE_HEADERS.indexOf(column);
        String atTemplatePlace = written.get(templateColumn);
        boolean required = REQUIRED.contains(column);
        Integer renamed = null;
        // An optional column's place may hold a column of the evaluator's own in a workbook made before it was added.
        if (required && atTemplatePlace != null && !EVIDENCE_HEADERS.contains(WorkbookText.canonicalHeader(atTemplatePlace))
                && !explained.contains(templateColumn)) {
            renamed = templateColumn;
        } else {
            for (Map.Entry<Integer, String> cell : written.entrySet()) {
                String lower = WorkbookText.canonicalHeader(cell.getValue());
                if (!EVIDENCE_HEADERS.contains(lower) && !explained.contains(cell.getKey()) && Suggestion.closest(lower, List.of(column)).isPresent()) {
                    renamed = cell.getKey();
                    break;
                }
            }
        }
        if (renamed != null) {
            explained.add(renamed);
            problems.add(error(file, cellPlace(row, renamed, column), WorkbookReader.said(required ? "header.wrong" : "header.wrong-optional",
                    shown(written.get(renamed)), column)));
        } else if (required && atTemplatePlace == null && written.keySet().stream().anyMatch(c -> c > templateColumn)) {
            problems.add(error(file, cellPlace(row, templateColumn, column), WorkbookReader.said("header.blank", column)));
        } else if (required) {
            List<String> reads = new ArrayList<>();
            written.forEach((c, text) -> reads.add(WorkbookLayout.letters(c) + " " + shown(text)));
            problems.add(error(file, rowPlace(row), WorkbookReader.said("header.no-column", column, String.join(", ", reads),
                    WorkbookLayout.letters(templateColumn))));
        }
    }

    private static String shown(String text) {
        return Printable.abbreviate(text, 40);
    }

    private static Problem error(String file, Place place, Wording wording) {
        return Problem.error(ProblemCode.EVIDENCE_WORKBOOK_LAYOUT, file, place, wording);
    }

    private static Place cellPlace(int row, int column, String header) {
        return Place.cell("", row + 1, column + 1, WorkbookLayout.label(EVIDENCE_SHEET, row, column, header));
    }

    /** The whole header row, when no one cell is at fault. */
    private static Place rowPlace(int row) {
        return Place.cell("", row + 1, 1, "sheet " + EVIDENCE_SHEET + ", row " + (row + 1));
    }
}
