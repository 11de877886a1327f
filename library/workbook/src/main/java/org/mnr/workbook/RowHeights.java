package org.mnr.workbook;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;

/**
 * Sets a row's height to the lines its wrapped text needs. Spreadsheet programs do not agree on fitting a row
 * to its text when they open a file (LibreOffice keeps the default height, so wrapped rows overlap), so the
 * height is written. It is reckoned by words against the column's width in characters, with no font's
 * metrics, so that the same template gives the same bytes on every machine.
 */
final class RowHeights {

    /** The height of one line of the default 11-point font, in points, as Excel spaces it. */
    static final float LINE_POINTS = 15f;
    /** Room above and below the text, in points. */
    private static final float PADDING_POINTS = 3f;
    /**
     * Characters of a column's width left unused on each line. A width counts the digit 0, which is wider than most
     * letters of ordinary text, so a line of that many characters fits; one is kept back for the cell's margins and
     * for capitals, W and M.
     */
    private static final int SLACK = 1;

    private RowHeights() {
    }

    /** Makes the row as tall as its tallest cell's text needs in columns of these widths (in characters). */
    static void fit(Row row, int[] widths) {
        int lines = 1;
        for (Cell cell : row) {
            int column = cell.getColumnIndex();
            if (column < widths.length && cell.getCellType() == CellType.STRING) {
                lines = Math.max(lines, lines(cell.getStringCellValue(), widths[column]));
            }
        }
        row.setHeightInPoints(lines * LINE_POINTS + PADDING_POINTS);
    }

    /** The lines a text takes when wrapped at word boundaries in a column this many characters wide. */
    static int lines(String text, int width) {
        int room = Math.max(1, width - SLACK);
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines += paragraphLines(paragraph, room);
        }
        return Math.max(lines, 1);
    }

    private static int paragraphLines(String paragraph, int room) {
        int lines = 1;
        int used = 0;
        for (String word : paragraph.split(" ")) {
            int length = word.length();
            if (used > 0 && used + 1 + length <= room) {
                used += 1 + length;
                continue;
            }
            if (used > 0) {
                lines++;
            }
            // A word longer than a line is broken across as many lines as it fills.
            lines += Math.max(0, (length - 1) / room);
            used = length == 0 ? 0 : (length - 1) % room + 1;
        }
        return lines;
    }
}
