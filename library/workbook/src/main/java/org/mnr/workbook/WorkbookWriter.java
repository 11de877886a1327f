package org.mnr.workbook;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import static org.mnr.workbook.WorkbookLayout.COUNTRY_FIELDS;
import static org.mnr.workbook.WorkbookLayout.COUNTRY_HEADERS;
import static org.mnr.workbook.WorkbookLayout.COUNTRY_SHEET;
import static org.mnr.workbook.WorkbookLayout.EVIDENCE_HEADERS;
import static org.mnr.workbook.WorkbookLayout.EVIDENCE_SHEET;
import static org.mnr.workbook.WorkbookLayout.LISTS_SHEET;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.mnr.template.EvidenceTemplate;
import org.mnr.template.KeyDescriptions;
import org.mnr.engine.evidence.AssessmentInfo;
import org.mnr.engine.evidence.AssessmentStatus;
import org.mnr.engine.evidence.Confidence;
import org.mnr.engine.model.EvidenceKey;
import org.mnr.engine.model.ValueType;

/**
 * Writes a template, blank or filled, as an Excel workbook: a sheet of the country's fields and a
 * sheet with one row per key, with drop-downs for enum and boolean values and range checks for
 * numbers. The same template always gives the same bytes.
 */
@API(status = EXPERIMENTAL, since = "1.0")
public final class WorkbookWriter {

    /** The creation and modification date written into the workbook's properties, so that output is byte-stable. */
    static final Date FIXED_DATE = Date.from(LocalDate.of(2000, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant());

    private static final String DATE_FORMAT = "yyyy-mm-dd";
    private static final int[] EVIDENCE_WIDTHS = {20, 34, 60, 16, 32, 24, 36, 36, 14};
    private static final int[] COUNTRY_WIDTHS = {16, 26, 80};

    private WorkbookWriter() {
    }

    /** The workbook's bytes, its own words in English. */
    public static byte[] write(EvidenceTemplate template) {
        return write(template, Locale.ENGLISH);
    }

    /**
     * The workbook's bytes, its own words (headers, help, messages) in the locale's language: English, French or
     * Spanish, English for any other. Sheet names, country field names and the values to pick stay canonical, so a
     * workbook in any language reads the same; pack texts (key descriptions) stay as the packs give them.
     */
    public static byte[] write(EvidenceTemplate template, Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook, WorkbookText.of(locale == null ? Locale.ENGLISH : locale));
            writeCountry(workbook.createSheet(COUNTRY_SHEET), template, styles);
            Sheet lists = workbook.createSheet(LISTS_SHEET);
            writeEvidence(workbook.createSheet(EVIDENCE_SHEET), lists, template.rows(), styles);
            workbook.setSheetOrder(LISTS_SHEET, 2);
            workbook.setSheetHidden(workbook.getSheetIndex(LISTS_SHEET), true);
            workbook.setActiveSheet(workbook.getSheetIndex(EVIDENCE_SHEET));
            workbook.setSelectedTab(workbook.getSheetIndex(EVIDENCE_SHEET));
            fixProperties(workbook.getProperties());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            return StableZip.rewrite(bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fixProperties(POIXMLProperties properties) {
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        core.setCreated(Optional.of(FIXED_DATE));
        core.setModified(Optional.of(FIXED_DATE));
        core.setCreator("mnr");
        core.setTitle("MNR evidence");
    }

    private static void writeCountry(Sheet sheet, EvidenceTemplate template, Styles styles) {
        header(sheet, COUNTRY_HEADERS, styles);
        AssessmentInfo assessment = template.assessment();
        List<Object> values = List.of(template.code(), nullToEmpty(template.name()), String.join(", ", template.memberships()),
                template.assessedOn(), assessment == null ? "" : nullToEmpty(assessment.assessor()),
                assessment == null ? "" : nullToEmpty(assessment.organisation()),
                assessment == null || assessment.status() == null ? "" : assessment.status().id());
        for (int i = 0; i < COUNTRY_FIELDS.size(); i++) {
            Row row = sheet.createRow(i + 1);
            row.createCell(0).setCellValue(COUNTRY_FIELDS.get(i));
            row.getCell(0).setCellStyle(styles.bold);
            Cell value = row.createCell(1);
            Object given = values.get(i);
            if (given instanceof LocalDate date) {
                value.setCellValue(date);
                value.setCellStyle(styles.valueDate);
            } else {
                if (!given.toString().isEmpty()) {
                    value.setCellValue(CellText.encode(given.toString(), COUNTRY_FIELDS.get(i)));
                }
                value.setCellStyle(styles.value);
            }
            if (COUNTRY_FIELDS.get(i).equals(WorkbookLayout.STATUS)) {
                sheet.addValidationData(statusValidation(sheet.getDataValidationHelper(), row.getRowNum(), styles.text));
            }
            row.createCell(2).setCellValue(styles.text.get("help." + COUNTRY_FIELDS.get(i)));
            row.getCell(2).setCellStyle(styles.help);
            RowHeights.fit(row, COUNTRY_WIDTHS);
        }
        widths(sheet, COUNTRY_WIDTHS);
        sheet.createFreezePane(0, 1);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    private static void writeEvidence(Sheet sheet, Sheet lists, List<EvidenceTemplate.Row> rows, Styles styles) {
        header(sheet, EVIDENCE_HEADERS, styles);
        sheet.getRow(0).getCell(EVIDENCE_HEADERS.indexOf(WorkbookLayout.VALUE)).setCellStyle(styles.valueHeader);
        DataValidationHelper validations = sheet.getDataValidationHelper();
        int valueColumn = EVIDENCE_HEADERS.indexOf(WorkbookLayout.VALUE);
        int confidenceColumn = EVIDENCE_HEADERS.indexOf(WorkbookLayout.CONFIDENCE);
        CellRangeAddressList confidenceCells = new CellRangeAddressList();
        int listRow = 0;
        int next = 1;
        int groupStart = -1;
        String capability = null;
        for (EvidenceTemplate.Row given : rows) {
            if (!given.capability().equals(capability)) {
                group(sheet, groupStart, next - 1);
                confidences(confidenceCells, groupStart, next - 1, confidenceColumn);
                capability = given.capability();
                band(sheet.createRow(next++), capability.isEmpty() ? styles.text.get("band.undefined") : capability, styles);
                groupStart = next;
            }
            EvidenceKey key = given.definition();
            Row row = sheet.createRow(next++);
            text(row, 0, given.capability(), styles.wrap);
            text(row, 1, given.key(), styles.wrap);
            text(row, 2, key == null ? styles.text.get("row.undefined") : nullToEmpty(key.description()), styles.wrap);
            text(row, 3, key == null ? "" : KeyDescriptions.type(key), styles.wrap);
            text(row, 4, key == null ? "" : KeyDescriptions.allowed(key), styles.wrap);
            Cell value = row.createCell(valueColumn);
            value.setCellStyle(key != null && key.type() == ValueType.DATE ? styles.valueDate : styles.value);
            setValue(value, given.value(), key, styles);
            text(row, confidenceColumn, given.confidence() == null ? "" : given.confidence().word(), styles.wrap);
            text(row, EVIDENCE_HEADERS.indexOf(WorkbookLayout.SOURCE), CellText.encode(nullToEmpty(given.source()), "the source of " + given.key()),
                    styles.wrap);
            text(row, EVIDENCE_HEADERS.indexOf(WorkbookLayout.NOTE), CellText.encode(nullToEmpty(given.note()), "the note of " + given.key()),
                    styles.wrap);
            RowHeights.fit(row, EVIDENCE_WIDTHS);
            if (key != null) {
                int r = row.getRowNum();
                DataValidation validation = validation(validations, key, lists, listRow, new CellRangeAddressList(r, r, valueColumn, valueColumn),
                        styles.text);
                if (key.type() == ValueType.ENUM) {
                    listRow++;
                }
                if (validation != null) {
                    sheet.addValidationData(validation);
                }
            }
        }
        group(sheet, groupStart, next - 1);
        confidences(confidenceCells, groupStart, next - 1, confidenceColumn);
        if (confidenceCells.countRanges() > 0) {
            sheet.addValidationData(confidenceValidation(validations, confidenceCells, styles.text));
        }
        widths(sheet, EVIDENCE_WIDTHS);
        sheet.createFreezePane(2, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(next - 1, 1), 0, EVIDENCE_HEADERS.size() - 1));
        forPrinting(sheet);
    }

    /** A capability's heading row, above its keys, across the whole table. */
    private static void band(Row row, String capability, Styles styles) {
        for (int column = 0; column < EVIDENCE_HEADERS.size(); column++) {
            row.createCell(column).setCellStyle(styles.band);
        }
        row.getCell(0).setCellValue(capability);
    }

    /**
     * Groups a capability's key rows under its heading, so that a capability can be folded away. The heading is the
     * group's summary row, above it; the headings between groups keep neighbouring groups apart.
     */
    private static void group(Sheet sheet, int first, int last) {
        if (first > 0 && last >= first) {
            sheet.groupRow(first, last);
        }
    }

    /** Adds a capability's key rows to the cells of the confidence drop-down. */
    private static void confidences(CellRangeAddressList cells, int first, int last, int column) {
        if (first > 0 && last >= first) {
            cells.addCellRangeAddress(first, column, last, column);
        }
    }

    /** The confidence drop-down: the three words, strongest first; empty means not said, which counts as reported. */
    private static DataValidation confidenceValidation(DataValidationHelper helper, CellRangeAddressList cells, WorkbookText text) {
        DataValidation validation = helper.createValidation(helper.createExplicitListConstraint(Confidence.words().toArray(String[]::new)), cells);
        validation.setEmptyCellAllowed(true);
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox(text.get("confidence.title"), text.format("confidence.error", String.join(", ", Confidence.words())));
        validation.setSuppressDropDownArrow(true);
        return validation;
    }

    /** The status drop-down: draft or final; empty means the evidence does not say. */
    private static DataValidation statusValidation(DataValidationHelper helper, int row, WorkbookText text) {
        DataValidation validation = helper.createValidation(helper.createExplicitListConstraint(AssessmentStatus.ids().toArray(String[]::new)),
                new CellRangeAddressList(row, row, 1, 1));
        validation.setEmptyCellAllowed(true);
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox(WorkbookLayout.STATUS, text.format("value.error", String.join(", ", AssessmentStatus.ids())));
        validation.setSuppressDropDownArrow(true);
        return validation;
    }

    /** Landscape, as wide as the page, the header row on every page. */
    private static void forPrinting(Sheet sheet) {
        sheet.setRowSumsBelow(false);
        sheet.setFitToPage(true);
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        // 0: as many pages down as the rows need.
        print.setFitHeight((short) 0);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
        sheet.setPrintGridlines(true);
    }

    /** A drop-down for enum and boolean values and a range check for bounded numbers; none for dates and sets. */
    private static DataValidation validation(DataValidationHelper helper, EvidenceKey key, Sheet lists, int listRow,
            CellRangeAddressList cell, WorkbookText text) {
        DataValidationConstraint constraint;
        switch (key.type()) {
            case BOOLEAN:
                constraint = helper.createExplicitListConstraint(new String[] {"true", "false"});
                break;
            case ENUM:
                // Values go to the hidden sheet: an explicit list is limited to 255 characters.
                Row row = lists.createRow(listRow);
                row.createCell(0).setCellValue(key.key());
                for (int v = 0; v < key.values().size(); v++) {
                    row.createCell(v + 1).setCellValue(key.values().get(v));
                }
                String range = "'" + LISTS_SHEET + "'!$B$" + (listRow + 1) + ":$" + WorkbookLayout.letters(key.values().size()) + "$" + (listRow + 1);
                constraint = helper.createFormulaListConstraint(range);
                break;
            case NUMBER:
                if (key.min() == null && key.max() == null) {
                    return null;
                } else if (key.max() == null) {
                    constraint = helper.createDecimalConstraint(OperatorType.GREATER_OR_EQUAL, key.min().toPlainString(), null);
                } else if (key.min() == null) {
                    constraint = helper.createDecimalConstraint(OperatorType.LESS_OR_EQUAL, key.max().toPlainString(), null);
                } else {
                    constraint = helper.createDecimalConstraint(OperatorType.BETWEEN, key.min().toPlainString(), key.max().toPlainString());
                }
                break;
            default:
                return null;
        }
        DataValidation validation = helper.createValidation(constraint, cell);
        validation.setEmptyCellAllowed(true);
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox(key.key(), text.format("value.error", KeyDescriptions.allowed(key)));
        if (key.type() != ValueType.NUMBER) {
            // POI's XSSF flag is inverted: true shows the in-cell drop-down arrow.
            validation.setSuppressDropDownArrow(true);
        }
        return validation;
    }

    private static void setValue(Cell cell, Object value, EvidenceKey key, Styles styles) {
        if (value == null) {
            return;
        }
        if (value instanceof Boolean flag) {
            cell.setCellValue(flag);
        } else if (value instanceof BigDecimal number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(styles.valueDate);
        } else if (value instanceof List<?> members) {
            cell.setCellValue(members.isEmpty() ? KeyDescriptions.EMPTY_SET : String.join(", ", members.stream().map(String::valueOf).toList()));
        } else if (value instanceof String text && key != null && key.type() == ValueType.DATE) {
            // A valid ISO date becomes a real date cell; anything else stays as given, for the reader to report.
            try {
                cell.setCellValue(LocalDate.parse(text));
                cell.setCellStyle(styles.valueDate);
            } catch (DateTimeParseException e) {
                cell.setCellValue(CellText.encode(text, "the value of " + key.key()));
            }
        } else {
            cell.setCellValue(CellText.encode(value.toString(), "a value"));
        }
    }

    private static void header(Sheet sheet, List<String> names, Styles styles) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < names.size(); i++) {
            text(row, i, styles.text.header(names.get(i)), styles.header);
        }
    }

    private static void text(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        if (!text.isEmpty()) {
            cell.setCellValue(text);
        }
        cell.setCellStyle(style);
    }

    private static void widths(Sheet sheet, int[] characters) {
        for (int i = 0; i < characters.length; i++) {
            sheet.setColumnWidth(i, characters[i] * 256);
        }
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /** The few cell styles a workbook uses, created once. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle valueHeader;
        final CellStyle bold;
        final CellStyle band;
        final CellStyle wrap;
        final CellStyle help;
        final CellStyle value;
        final CellStyle valueDate;
        /** The workbook's own words, in its language; kept with the styles, as both are chosen once per workbook. */
        final WorkbookText text;

        Styles(XSSFWorkbook workbook, WorkbookText text) {
            this.text = text;
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(boldFont);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            valueHeader = workbook.createCellStyle();
            valueHeader.cloneStyleFrom(header);
            valueHeader.setFillForegroundColor(IndexedColors.GOLD.getIndex());
            bold = workbook.createCellStyle();
            bold.setFont(boldFont);
            bold.setVerticalAlignment(VerticalAlignment.TOP);
            band = workbook.createCellStyle();
            band.setFont(boldFont);
            band.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
            band.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            band.setBorderTop(BorderStyle.THIN);
            wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            help = workbook.createCellStyle();
            help.setWrapText(true);
            help.setVerticalAlignment(VerticalAlignment.TOP);
            Font grey = workbook.createFont();
            grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
            help.setFont(grey);
            // The cells to fill in stand out: a light yellow ground and a thin border, as forms mark their fields.
            value = workbook.createCellStyle();
            value.cloneStyleFrom(wrap);
            value.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            value.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            value.setBorderBottom(BorderStyle.THIN);
            value.setBorderTop(BorderStyle.THIN);
            value.setBorderLeft(BorderStyle.THIN);
            value.setBorderRight(BorderStyle.THIN);
            value.setLocked(false);
            valueDate = workbook.createCellStyle();
            valueDate.cloneStyleFrom(value);
            valueDate.setWrapText(false);
            valueDate.setDataFormat(workbook.createDataFormat().getFormat(DATE_FORMAT));
        }
    }
}
