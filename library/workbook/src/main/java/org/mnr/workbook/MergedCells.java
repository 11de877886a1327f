package org.mnr.workbook;

import static org.mnr.workbook.WorkbookLayout.EVIDENCE_SHEET;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.mnr.engine.error.ProblemCode;
import org.mnr.engine.evidence.Place;
import org.mnr.engine.evidence.Problem;

/**
 * Cells merged below the Evidence sheet's header over a column the reader reads. A merged range keeps only its first
 * cell's content, so a value merged over several keys' rows would belong to the first key alone and the others would
 * silently become not known; the template merges nothing.
 */
final class MergedCells {

    private MergedCells() {
    }

    /** A problem at each merged range below the header row that covers one of these columns. */
    static List<Problem> below(String file, Sheet sheet, int headerRow, Collection<Integer> readColumns) {
        List<Problem> problems = new ArrayList<>();
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            if (region.getLastRow() <= headerRow || readColumns.stream().noneMatch(region::containsColumn)) {
                continue;
            }
            int firstRow = Math.max(region.getFirstRow(), headerRow + 1);
            String rows = region.getLastRow() > firstRow ? "rows " + (firstRow + 1) + "-" + (region.getLastRow() + 1) : "row " + (firstRow + 1);
            String columns = region.getLastColumn() > region.getFirstColumn()
                    ? "columns " + WorkbookLayout.letters(region.getFirstColumn()) + "-" + WorkbookLayout.letters(region.getLastColumn())
                    : "column " + WorkbookLayout.letters(region.getFirstColumn());
            problems.add(Problem.error(ProblemCode.EVIDENCE_WORKBOOK_LAYOUT, file, Place.cell("", firstRow + 1, region.getFirstColumn() + 1,
                    "sheet " + EVIDENCE_SHEET + ", " + rows + ", " + columns), WorkbookReader.said("cells.merged", region.formatAsString())));
        }
        return problems;
    }
}
