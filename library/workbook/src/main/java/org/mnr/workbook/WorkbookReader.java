package org.mnr.workbook;

import static org.mnr.workbook.WorkbookLayout.ASSESSED_ON;
import static org.mnr.workbook.WorkbookLayout.CODE;
import static org.mnr.workbook.WorkbookLayout.COUNTRY_FIELDS;
import static org.mnr.workbook.WorkbookLayout.COUNTRY_SHEET;
import static org.mnr.workbook.WorkbookLayout.EVIDENCE_SHEET;
import static org.mnr.workbook.WorkbookLayout.KEY;
import static org.mnr.workbook.WorkbookLayout.MEMBERSHIPS;
import static org.mnr.workbook.WorkbookLayout.NAME;
import static org.mnr.workbook.WorkbookLayout.NOTE;
import static org.mnr.workbook.WorkbookLayout.SOURCE;
import static org.mnr.workbook.WorkbookLayout.VALUE;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.EmptyFileException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.InvalidOperationException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.formula.eval.ErrorEval;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.mnr.template.KeyDescriptions;
import org.mnr.engine.evidence.Country;
import org.mnr.engine.evidence.Evidence;
import org.mnr.engine.evidence.EvidenceItem;
import org.mnr.engine.evidence.ParsedEvidence;
import org.mnr.engine.evidence.Place;
import org.mnr.engine.evidence.Problem;
import org.mnr.engine.internal.evidence.Suggestion;
import org.mnr.engine.model.EvidenceKey;

/**
 * Reads an evidence workbook, as {@link WorkbookWriter} lays it out, into the same evidence a JSON
 * file gives, with every place a spreadsheet cell named by sheet, row and column.
 *
 * <p>A spreadsheet cannot tell {@code true} typed as text from a boolean, so text is read by the key's
 * type: {@code true}/{@code false} for a boolean, a decimal for a number, comma-separated members
 * (or {@code []} for none) for a set. An empty value cell means not known. Whether values fit the
 * packs is left to the engine's validator, as for JSON.
 */
public final class WorkbookReader {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final String MAKE_ONE = "make one with 'mnr template --format xlsx'";

    private final Map<String, EvidenceKey> vocabulary;

    /** A reader that reads cells by the types of these keys. */
    public WorkbookReader(Map<String, EvidenceKey> vocabulary) {
        this.vocabulary = Map.copyOf(vocabulary);
    }

    /** Reads one workbook, returning what was read together with every problem found. */
    public ParsedEvidence read(Path file) {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            return failed(name, Files.isDirectory(file) ? "is a directory, not an evidence file" : "no such file", "check the path");
        }
        OPCPackage opened;
        try {
            opened = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | UnsupportedFileFormatException | EmptyFileException | InvalidOperationException e) {
            return failed(name, "is not an Excel .xlsx workbook (" + oneLine(e.getMessage()) + ")",
                    "save it from your spreadsheet program as an Excel workbook (.xlsx)");
        }
        try {
            return new Session(name, vocabulary).read(new XSSFWorkbook(opened));
        } catch (IOException | POIXMLException e) {
            return failed(name, "cannot be read as a workbook: " + oneLine(e.getMessage()), "save it again as an Excel workbook (.xlsx)");
        } finally {
            // Opened read-only: revert, as closing would try to save it.
            opened.revert();
        }
    }

    private static ParsedEvidence failed(String file, String message, String hint) {
        return new ParsedEvidence(null, List.of(Problem.error(file, Place.at(""), message, hint)));
    }

    private static String oneLine(String message) {
        return message == null ? "unknown reason" : message.replaceAll("\\s*\\R\\s*", " ");
    }

    /** The state of reading one workbook. */
    private static final class Session {
        private final String file;
        private final Map<String, EvidenceKey> vocabulary;
        private final List<Problem> problems = new ArrayList<>();
        private final Map<String, Place> places = new HashMap<>();

        Session(String file, Map<String, EvidenceKey> vocabulary) {
            this.file = file;
            this.vocabulary = vocabulary;
        }

        ParsedEvidence read(XSSFWorkbook workbook) {
            Sheet countrySheet = sheet(workbook, COUNTRY_SHEET);
            Sheet evidenceSheet = sheet(workbook, EVIDENCE_SHEET);
            Map<String, Cell> fields = countrySheet == null ? Map.of() : countryFields(countrySheet);
            Country country = countrySheet == null ? null : country(fields);
            LocalDate assessedOn = countrySheet == null ? null : assessedOn(fields.get(ASSESSED_ON));
            List<EvidenceItem> items = evidenceSheet == null ? null : items(evidenceSheet);
            if (country == null || assessedOn == null || items == null) {
                List<String> memberships = country == null ? List.of() : country.memberships();
                return new ParsedEvidence(null, new ParsedEvidence.Partial(items == null ? List.of() : items, memberships), problems);
            }
            return new ParsedEvidence(new Evidence(country, assessedOn, items, file, places), problems);
        }

        private Sheet sheet(XSSFWorkbook workbook, String name) {
            Sheet sheet = workbook.getSheet(name);
            if (sheet == null) {
                List<String> names = new ArrayList<>();
                workbook.sheetIterator().forEachRemaining(s -> names.add(s.getSheetName()));
                error(Place.at(""), "has no sheet named " + name + " (its sheets: " + String.join(", ", names) + ")", MAKE_ONE);
            }
            return sheet;
        }

        /** The value cells of the country sheet, by field name; column A names the field, B holds its value. */
        private Map<String, Cell> countryFields(Sheet sheet) {
            Map<String, Cell> fields = new HashMap<>();
            Map<String, Integer> rows = new HashMap<>();
            for (Row row : sheet) {
                String field = text(row.getCell(0)).trim();
                if (field.isEmpty() || row.getRowNum() == 0 && field.equalsIgnoreCase(WorkbookLayout.FIELD)) {
                    continue;
                }
                Place place = cell(COUNTRY_SHEET, row.getRowNum(), 0, WorkbookLayout.FIELD, "");
                String known = COUNTRY_FIELDS.stream().filter(f -> f.equalsIgnoreCase(field)).findFirst().orElse(null);
                if (known == null) {
                    String hint = Suggestion.hint(field, COUNTRY_FIELDS);
                    error(place, "unknown country field '" + field + "'", hint != null ? hint : "known fields: " + String.join(", ", COUNTRY_FIELDS));
                } else if (rows.containsKey(known)) {
                    error(place, "country field " + known + " is given twice", "it is first given in row " + (rows.get(known) + 1) + "; keep one");
                } else {
                    rows.put(known, row.getRowNum());
                    Cell value = row.getCell(1, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
                    fields.put(known, value);
                    String pointer = known.equals(ASSESSED_ON) ? "/assessedOn" : "/country/" + known;
                    places.put(pointer, cell(COUNTRY_SHEET, row.getRowNum(), 1, known, pointer));
                }
            }
            return fields;
        }

        private Country country(Map<String, Cell> fields) {
            Cell codeCell = fields.get(CODE);
            String code = codeCell == null ? "" : text(codeCell).trim();
            if (code.isEmpty()) {
                error(codeCell == null ? Place.at("/country") : places.get("/country/code"), "country code is missing",
                        "give an ISO 3166-1 alpha-2 code, or XA to XZ for a fictional country, in the row '" + CODE + "' of sheet " + COUNTRY_SHEET);
            }
            Cell nameCell = fields.get(NAME);
            String name = nameCell == null ? "" : text(nameCell).trim();
            List<String> memberships = new ArrayList<>();
            Cell membershipCell = fields.get(MEMBERSHIPS);
            if (membershipCell != null) {
                Place place = places.get("/country/memberships");
                for (String member : text(membershipCell).split(",")) {
                    if (!member.isBlank()) {
                        places.put("/country/memberships/" + memberships.size(), place.child(Integer.toString(memberships.size())));
                        memberships.add(member.trim());
                    }
                }
            }
            return code.isEmpty() ? null : new Country(code, name.isEmpty() ? null : name, memberships);
        }

        private LocalDate assessedOn(Cell cell) {
            if (cell == null || text(cell).isBlank()) {
                error(cell == null ? Place.at("") : places.get("/assessedOn"), "assessedOn is missing",
                        "give the date the evidence describes, yyyy-mm-dd, in the row '" + ASSESSED_ON + "' of sheet " + COUNTRY_SHEET);
                return null;
            }
            Object value = value(cell);
            if (value instanceof LocalDate date) {
                return date;
            }
            try {
                return LocalDate.parse(text(cell).trim(), ISO);
            } catch (DateTimeParseException e) {
                error(places.get("/assessedOn"), "assessedOn '" + text(cell).trim() + "' is not a valid date", "write yyyy-mm-dd, e.g. 2026-06-30");
                return null;
            }
        }

        private List<EvidenceItem> items(Sheet sheet) {
            Row header = sheet.getRow(sheet.getFirstRowNum());
            Map<String, Integer> columns = new HashMap<>();
            if (header != null) {
                for (Cell cell : header) {
                    columns.putIfAbsent(text(cell).trim().toLowerCase(Locale.ROOT), cell.getColumnIndex());
                }
            }
            if (!columns.containsKey(KEY) || !columns.containsKey(VALUE)) {
                error(Place.at(""), "sheet " + EVIDENCE_SHEET + " has no header row with the columns 'key' and 'value'",
                        "keep the first row of the template: " + String.join(", ", WorkbookLayout.EVIDENCE_HEADERS));
                return null;
            }
            int keyColumn = columns.get(KEY);
            int valueColumn = columns.get(VALUE);
            Integer sourceColumn = columns.get(SOURCE);
            Integer noteColumn = columns.get(NOTE);
            List<EvidenceItem> items = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() <= header.getRowNum()) {
                    continue;
                }
                int r = row.getRowNum();
                String key = text(row.getCell(keyColumn)).trim();
                String source = optional(row, sourceColumn);
                String note = optional(row, noteColumn);
                Cell valueCell = row.getCell(valueColumn);
                if (key.isEmpty()) {
                    if (!text(valueCell).isBlank() || source != null || note != null) {
                        error(cell(EVIDENCE_SHEET, r, keyColumn, KEY, ""), "the row has a value, source or note but no key",
                                "write the evidence key in column " + WorkbookLayout.letters(keyColumn) + ", or clear the row");
                    }
                    continue;
                }
                String pointer = "/evidence/" + items.size();
                Place valuePlace = cell(EVIDENCE_SHEET, r, valueColumn, VALUE, pointer + "/value");
                Place keyPlace = cell(EVIDENCE_SHEET, r, keyColumn, KEY, pointer + "/key");
                items.add(new EvidenceItem(key, typed(valueCell, vocabulary.get(key)), source, note, valuePlace, keyPlace));
            }
            return items;
        }

        private static String optional(Row row, Integer column) {
            if (column == null) {
                return null;
            }
            String text = text(row.getCell(column)).trim();
            return text.isEmpty() ? null : text;
        }

        /** The cell's value as the validator takes it, read by the key's type where the cell holds text. */
        private static Object typed(Cell cell, EvidenceKey key) {
            Object value = value(cell);
            if (!(value instanceof String text) || key == null) {
                return value;
            }
            switch (key.type()) {
                case BOOLEAN:
                    if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
                        return Boolean.valueOf(text.toLowerCase(Locale.ROOT));
                    }
                    return text;
                case NUMBER:
                    try {
                        return new BigDecimal(text);
                    } catch (NumberFormatException e) {
                        return text;
                    }
                case SET:
                    if (text.equals(KeyDescriptions.EMPTY_SET)) {
                        return List.of();
                    }
                    return Arrays.stream(text.split(",")).map(String::trim).toList();
                default:
                    return text;
            }
        }

        /** A boolean, a decimal, a date for a cell formatted as one, trimmed text, or null for an empty cell. */
        private static Object value(Cell cell) {
            if (cell == null) {
                return null;
            }
            CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
            switch (type) {
                case BOOLEAN:
                    return cell.getBooleanCellValue();
                case NUMERIC:
                    if (DateUtil.isCellDateFormatted(cell)) {
                        return cell.getLocalDateTimeCellValue().toLocalDate();
                    }
                    return new BigDecimal(NumberToTextConverter.toText(cell.getNumericCellValue()));
                case STRING:
                    String text = cell.getStringCellValue().trim();
                    return text.isEmpty() ? null : text;
                case ERROR:
                    return ErrorEval.getText(cell.getErrorCellValue());
                default:
                    return null;
            }
        }

        /** The cell as text: what a person sees, with dates as yyyy-mm-dd and booleans in lower case. */
        private static String text(Cell cell) {
            Object value = value(cell);
            if (value == null) {
                return "";
            }
            if (value instanceof BigDecimal number) {
                return number.toPlainString();
            }
            return value.toString();
        }

        private static Place cell(String sheet, int rowIndex, int column, String header, String pointer) {
            return Place.cell(pointer, rowIndex + 1, column + 1, WorkbookLayout.label(sheet, rowIndex, column, header));
        }

        private void error(Place place, String message, String hint) {
            problems.add(Problem.error(file, place, message, hint));
        }
    }
}
