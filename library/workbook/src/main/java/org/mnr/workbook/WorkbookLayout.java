package org.mnr.workbook;

import java.util.List;
import org.apache.poi.ss.util.CellReference;

/** The sheets and columns of an evidence workbook, shared by its writer and its reader. */
final class WorkbookLayout {

    /** The sheet of the country's fields: one row per field, its name in column A and its value in B. */
    static final String COUNTRY_SHEET = "Country";
    /** The sheet of evidence items: a header row, then one row per key. */
    static final String EVIDENCE_SHEET = "Evidence";
    /** A hidden sheet holding enum values for the value column's drop-downs. */
    static final String LISTS_SHEET = "Lists";

    static final String FIELD = "field";
    static final String VALUE = "value";
    static final String KEY = "key";
    static final String SOURCE = "source";
    static final String NOTE = "note";
    static final String CONFIDENCE = "confidence";

    /** The country sheet's header, in column order. */
    static final List<String> COUNTRY_HEADERS = List.of(FIELD, VALUE, "what to write");
    /**
     * The evidence sheet's header, in column order; the reader finds columns by these names, so a workbook made
     * before the confidence column was added still reads. Confidence comes last, as in an evidence file's items.
     */
    static final List<String> EVIDENCE_HEADERS = List.of("capability", KEY, "description", "type", "allowed values", VALUE, SOURCE, NOTE,
            CONFIDENCE);

    static final String CODE = "code";
    static final String NAME = "name";
    static final String MEMBERSHIPS = "memberships";
    static final String ASSESSED_ON = "assessedOn";
    static final String ASSESSOR = "assessor";
    static final String ORGANISATION = "organisation";
    static final String STATUS = "status";
    /** The assessment's fields (an evidence file's {@code assessment}), each optional: a workbook without them still reads. */
    static final List<String> ASSESSMENT_FIELDS = List.of(ASSESSOR, ORGANISATION, STATUS);
    /** The country sheet's fields, in row order: the country, its date, then who assessed, for whom, draft or final. */
    static final List<String> COUNTRY_FIELDS = List.of(CODE, NAME, MEMBERSHIPS, ASSESSED_ON, ASSESSOR, ORGANISATION, STATUS);

    private WorkbookLayout() {
    }

    /** The column's letters, e.g. {@code F} for index 5. */
    static String letters(int column) {
        return CellReference.convertNumToColString(column);
    }

    /** How problems name a cell: {@code sheet Evidence, row 12, column F (value)}; rows are 1-based as Excel shows them. */
    static String label(String sheet, int rowIndex, int column, String header) {
        return "sheet " + sheet + ", row " + (rowIndex + 1) + ", column " + letters(column) + " (" + header + ")";
    }
}
