package org.mnr.workbook;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import static org.mnr.workbook.WorkbookLayout.ASSESSED_ON;
import static org.mnr.workbook.WorkbookLayout.CODE;
import static org.mnr.workbook.WorkbookLayout.CONFIDENCE;
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
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
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
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.InvalidOperationException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.formula.eval.ErrorEval;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.mnr.template.KeyDescriptions;
import org.mnr.engine.error.ProblemCode;
import org.mnr.engine.evidence.AssessmentInfo;
import org.mnr.engine.evidence.AssessmentStatus;
import org.mnr.engine.evidence.Confidence;
import org.mnr.engine.evidence.Country;
import org.mnr.engine.evidence.Evidence;
import org.mnr.engine.evidence.EvidenceItem;
import org.mnr.engine.evidence.EvidenceLimits;
import org.mnr.engine.evidence.ParsedEvidence;
import org.mnr.engine.evidence.Place;
import org.mnr.engine.evidence.Problem;
import org.mnr.engine.evidence.Wording;
import org.mnr.engine.internal.evidence.ConfidenceWords;
import org.mnr.engine.internal.evidence.EvidenceReader;
import org.mnr.engine.internal.evidence.IsoDates;
import org.mnr.engine.internal.evidence.Printable;
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
@API(status = EXPERIMENTAL, since = "1.0")
public final class WorkbookReader {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    /** The most cells a sheet's XML may expand to, against zip bombs: far above any evidence workbook. */
    private static final long MAX_PART_SIZE = 1L << 30;
    /**
     * The least compressed-to-expanded ratio of a part. POI's default (1%) is tripped by genuine workbooks whose
     * cells repeat; a zip bomb is compressed a thousand times and more.
     */
    private static final double MIN_INFLATE_RATIO = 0.001;
    /** The first bytes of a zip file, as .xlsx and .ods files are. */
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    /** Enough of a zip's first bytes to hold its first entry's header, name {@code mimetype} and an ODF media type. */
    private static final int ODF_MEDIA_TYPE_END = 30 + 8 + 64;
    /** The first bytes of an OLE2 compound file: an encrypted workbook, or an old .xls one. */
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    static {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_PART_SIZE);
    }

    private final Map<String, EvidenceKey> vocabulary;
    private final EvidenceLimits limits;

    /** A reader that reads cells by the types of these keys, with the default limits. */
    public WorkbookReader(Map<String, EvidenceKey> vocabulary) {
        this(vocabulary, EvidenceLimits.DEFAULTS);
    }

    /** A reader that reads cells by the types of these keys, within these limits (file size, items, string and number length). */
    public WorkbookReader(Map<String, EvidenceKey> vocabulary, EvidenceLimits limits) {
        this.vocabulary = Map.copyOf(vocabulary);
        this.limits = limits;
    }

    /** Reads one workbook, returning what was read together with every problem found; never throws. */
    public ParsedEvidence read(Path file) {
        return read(file, file.toString());
    }

    private ParsedEvidence read(Path file, String name) {
        if (!Files.isRegularFile(file)) {
            return failed(name, Files.isDirectory(file) ? said("directory") : Wording.of("evidence.file.missing"));
        }
        try {
            long size = Files.size(file);
            if (size > limits.maxFileSize()) {
                return failed(name, EvidenceLimits.Limit.FILE_SIZE.code(), overLimit("file-size", limits, EvidenceLimits.Limit.FILE_SIZE,
                        String.valueOf(size)));
            }
            if (startsWith(file, OLE2)) {
                return isEncrypted(file)
                        ? failed(name, said("encrypted"))
                        : failed(name, said("xls"));
            }
            // Named .ods but a zip of another kind: an .xlsx renamed, read as one.
            if (isOpenDocument(file) || name.toLowerCase(Locale.ROOT).endsWith(".ods") && !startsWith(file, ZIP)) {
                return failed(name, ProblemCode.EVIDENCE_FORMAT_UNSUPPORTED, said("ods"));
            }
        } catch (IOException e) {
            return failed(name, said("unreadable"));
        }
        OPCPackage opened;
        try {
            opened = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | UnsupportedFileFormatException | EmptyFileException | InvalidOperationException e) {
            return failed(name, said("not-xlsx"));
        }
        try {
            return new Session(name, vocabulary, limits).read(new XSSFWorkbook(opened));
        } catch (IOException | RuntimeException e) {
            if (String.valueOf(e.getMessage()).contains("Zip bomb") || String.valueOf(e.getMessage()).contains("zip bomb")) {
                return failed(name, said("zip-bomb"));
            }
            return failed(name, said("malformed"));
        } finally {
            // Opened read-only: revert, as closing would try to save it.
            opened.revert();
        }
    }

    /**
     * Reads one workbook from a stream, up to {@code maxBytes}; {@code name} names it in problems. The bytes are
     * read through a private temporary file, so that a stream gets every check a file does.
     */
    public ParsedEvidence read(InputStream input, String name, long maxBytes) {
        byte[] bytes;
        try {
            bytes = input.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            return failed(name, said("truncated"));
        }
        if (bytes.length > maxBytes) {
            return failed(name, EvidenceLimits.Limit.FILE_SIZE.code(), said("too-large", String.valueOf(maxBytes), property(EvidenceLimits.Limit.FILE_SIZE)));
        }
        Path copy = null;
        try {
            copy = Files.createTempFile("mnr-workbook-", ".xlsx");
            Files.write(copy, bytes);
            return read(copy, name);
        } catch (IOException e) {
            return failed(name, said("no-room"));
        } finally {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException e) {
                    // A temporary copy left behind is harmless and the system's to clean; the reading stands.
                }
            }
        }
    }

    private static boolean startsWith(Path file, byte[] magic) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(magic.length), magic);
        }
    }

    /** Whether the file is an OpenDocument package: a zip whose first entry, stored, is its media type (as ODF requires). */
    private static boolean isOpenDocument(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            String start = new String(in.readNBytes(ODF_MEDIA_TYPE_END), StandardCharsets.ISO_8859_1);
            return start.startsWith("PK") && start.contains("mimetypeapplication/vnd.oasis.opendocument");
        }
    }

    private static boolean isEncrypted(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            return fs.getRoot().hasEntry("EncryptionInfo");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static ParsedEvidence failed(String file, Wording wording) {
        return failed(file, ProblemCode.EVIDENCE_INVALID, wording);
    }

    private static ParsedEvidence failed(String file, ProblemCode code, Wording wording) {
        return new ParsedEvidence(null, List.of(Problem.error(code, file, Place.at(""), wording)));
    }

    /** A workbook problem's wording: its text is {@code evidence.workbook.<name>} in the engine's problem texts. */
    static Wording said(String name, String... arguments) {
        return Wording.of("evidence.workbook." + name, arguments);
    }

    /**
     * A problem over a limit: the arguments given, then the limit's property name (for the hint), then the limit as a
     * phrase, e.g. "the maximum string length of 100,000 characters".
     */
    private static Wording overLimit(String name, EvidenceLimits limits, EvidenceLimits.Limit limit, String... arguments) {
        List<String> all = new ArrayList<>(List.of(arguments));
        all.add(property(limit));
        long value = limits.value(limit);
        String shown = switch (limit) {
            case FILE_SIZE -> limit.format(value);
            case STRING_LENGTH, ITEMS -> String.format(Locale.ROOT, "%,d", value);
            case DEPTH, NUMBER_LENGTH -> String.valueOf(value);
        };
        return new Wording("evidence.workbook." + name, all).with(Wording.of("evidence.limit." + property(limit), shown));
    }

    /** The name of a limit's property in {@link EvidenceLimits}, as its hint names it. */
    private static String property(EvidenceLimits.Limit limit) {
        return switch (limit) {
            case FILE_SIZE -> "maxFileSize";
            case DEPTH -> "maxDepth";
            case STRING_LENGTH -> "maxStringLength";
            case NUMBER_LENGTH -> "maxNumberLength";
            case ITEMS -> "maxItems";
        };
    }

    /** The state of reading one workbook. */
    private static final class Session {
        private final String file;
        private final Map<String, EvidenceKey> vocabulary;
        private final List<Problem> problems = new ArrayList<>();
        private final Map<String, Place> places = new HashMap<>();
        private final EvidenceLimits limits;

        Session(String file, Map<String, EvidenceKey> vocabulary, EvidenceLimits limits) {
            this.file = file;
            this.vocabulary = vocabulary;
            this.limits = limits;
        }

        ParsedEvidence read(XSSFWorkbook workbook) {
            Sheet countrySheet = sheet(workbook, COUNTRY_SHEET);
            Sheet evidenceSheet = sheet(workbook, EVIDENCE_SHEET);
            Country country = null;
            LocalDate assessedOn = null;
            AssessmentInfo assessment = null;
            try {
                // Null when the sheet's columns are moved: its fields would be read from the wrong cells.
                Map<String, Cell> fields = countrySheet == null ? null : countryFields(countrySheet);
                country = fields == null ? null : country(fields);
                assessedOn = fields == null ? null : assessedOn(fields.get(ASSESSED_ON));
                assessment = assessment(fields == null ? Map.of() : fields);
            } catch (BadCell bad) {
                error(bad.code, cell(COUNTRY_SHEET, bad.row, bad.column, bad.column == 0 ? WorkbookLayout.FIELD : "value", ""), bad.wording);
            }
            List<EvidenceItem> items = evidenceSheet == null ? null : items(evidenceSheet);
            if (country == null || assessedOn == null || items == null) {
                List<String> memberships = country == null ? List.of() : country.memberships();
                return new ParsedEvidence(null, new ParsedEvidence.Partial(items == null ? List.of() : items, memberships), problems);
            }
            return new ParsedEvidence(new Evidence(country, assessedOn, items, file, places, assessment), problems);
        }

        private Sheet sheet(XSSFWorkbook workbook, String name) {
            Sheet sheet = workbook.getSheet(name);
            if (sheet == null) {
                List<String> names = new ArrayList<>();
                workbook.sheetIterator().forEachRemaining(s -> names.add(s.getSheetName()));
                String renamed = Suggestion.closest(name, names).orElse(null);
                problems.add(Problem.error(ProblemCode.EVIDENCE_WORKBOOK_LAYOUT, file, Place.at(""), renamed != null
                        ? said("sheet.renamed", name, String.join(", ", names), renamed) : said("sheet.missing", name, String.join(", ", names))));
            }
            return sheet;
        }

        /**
         * The value cells of the country sheet, by field name; column A names the field, B holds its value. Null, with
         * the problem reported at its header cell, when the header shows those columns moved.
         */
        private Map<String, Cell> countryFields(Sheet sheet) {
            if (movedCountryColumn(sheet.getRow(0))) {
                return null;
            }
            Map<String, Cell> fields = new HashMap<>();
            Map<String, Integer> rows = new HashMap<>();
            for (Row row : sheet) {
                String field = text(row.getCell(0)).trim();
                if (field.isEmpty() || row.getRowNum() == 0 && WorkbookText.canonicalHeader(field).equals(WorkbookLayout.FIELD)) {
                    continue;
                }
                Place place = cell(COUNTRY_SHEET, row.getRowNum(), 0, WorkbookLayout.FIELD, "");
                String known = COUNTRY_FIELDS.stream().filter(f -> f.equalsIgnoreCase(field)).findFirst().orElse(null);
                if (known == null && row.getRowNum() == 0 && isCountryHeader(field, row)) {
                    error(ProblemCode.EVIDENCE_WORKBOOK_LAYOUT, place, said("header.wrong", Printable.abbreviate(field, 40), WorkbookLayout.FIELD));
                } else if (known == null) {
                    error(place, said("country.unknown-field", field).with(Suggestion.closest(field, COUNTRY_FIELDS).map(Suggestion::phrase)
                            .orElseGet(() -> said("country.known-fields", String.join(", ", COUNTRY_FIELDS)))));
                } else if (rows.containsKey(known)) {
                    error(place, said("country.twice", known, String.valueOf(rows.get(known) + 1)));
                } else {
                    rows.put(known, row.getRowNum());
                    Cell value = row.getCell(1, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
                    fields.put(known, value);
                    String pointer = known.equals(ASSESSED_ON) ? "/assessedOn"
                            : WorkbookLayout.ASSESSMENT_FIELDS.contains(known) ? "/assessment/" + known : "/country/" + known;
                    places.put(pointer, cell(COUNTRY_SHEET, row.getRowNum(), 1, known, pointer));
                }
            }
            return fields;
        }

        /** Whether a first row whose column A is no country field is the header: 'field' misspelt, or 'value' beside it. */
        private boolean isCountryHeader(String field, Row row) {
            String beside;
            try {
                beside = text(row.getCell(1));
            } catch (BadCell bad) {
                // Reported already, by movedCountryColumn, which reads every header cell first.
                beside = "";
            }
            return Suggestion.closest(WorkbookText.canonicalHeader(field), List.of(WorkbookLayout.FIELD)).isPresent()
                    || WorkbookText.canonicalHeader(beside).equals(VALUE);
        }

        /**
         * Whether the country sheet's header puts 'field' anywhere but column A or 'value' anywhere but B, as a column
         * inserted before them does; reported at the header cell, as the fields would be read from the wrong cells.
         */
        private boolean movedCountryColumn(Row header) {
            if (header == null) {
                return false;
            }
            for (Cell cell : header) {
                String canonical = WorkbookText.canonicalHeader(headerText(cell));
                int expected = WorkbookLayout.COUNTRY_HEADERS.indexOf(canonical);
                if ((canonical.equals(WorkbookLayout.FIELD) || canonical.equals(VALUE)) && cell.getColumnIndex() != expected) {
                    error(ProblemCode.EVIDENCE_WORKBOOK_LAYOUT, cell(COUNTRY_SHEET, 0, cell.getColumnIndex(), canonical, ""),
                            said(canonical.equals(VALUE) ? "country.moved.values" : "country.moved.fields", canonical,
                                    WorkbookLayout.letters(cell.getColumnIndex()), WorkbookLayout.letters(expected)));
                    return true;
                }
            }
            return false;
        }

        /** A header cell's text; empty, with the problem reported at the cell, when the cell cannot be read. */
        private String headerText(Cell cell) {
            try {
                return text(cell);
            } catch (BadCell bad) {
                error(bad.code, cell(cell.getSheet().getSheetName(), bad.row, bad.column, "header", ""), bad.wording);
                return "";
            }
        }

        /** Who assessed, for whom, draft or final: the optional fields an evidence file gives as {@code assessment}. */
        private AssessmentInfo assessment(Map<String, Cell> fields) {
            String assessor = optionalText(fields.get(WorkbookLayout.ASSESSOR));
            String organisation = optionalText(fields.get(WorkbookLayout.ORGANISATION));
            String word = optionalText(fields.get(WorkbookLayout.STATUS));
            AssessmentStatus status = null;
            if (word != null) {
                status = AssessmentStatus.parse(word).orElse(null);
                if (status == null) {
                    error(ProblemCode.EVIDENCE_UNKNOWN_STATUS, places.get("/assessment/status"), said("status.unknown", Printable.abbreviate(word, 80))
                            .with(Suggestion.closest(word.strip().toLowerCase(Locale.ROOT), AssessmentStatus.ids()).map(Suggestion::phrase)
                                    .orElseGet(() -> said("status.write"))));
                }
            }
            return new AssessmentInfo(assessor, organisation, status);
        }

        private String optionalText(Cell cell) {
            String text = cell == null ? "" : text(cell).strip();
            return text.isEmpty() ? null : text;
        }

        private Country country(Map<String, Cell> fields) {
            Cell codeCell = fields.get(CODE);
            String code = codeCell == null ? "" : text(codeCell).trim();
            if (code.isEmpty()) {
                error(codeCell == null ? new Place("/country", 0, 0, "sheet " + COUNTRY_SHEET) : places.get("/country/code"),
                        said("code.missing", CODE, COUNTRY_SHEET));
            }
            Cell nameCell = fields.get(NAME);
            // The name as written, surrounding spaces included, so that a round trip keeps it exactly.
            String name = nameCell == null ? "" : nameCell.getCellType() == CellType.STRING ? nameCell.getStringCellValue() : text(nameCell);
            if (name.isBlank()) {
                name = "";
            }
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
                error(cell == null ? new Place("", 0, 0, "sheet " + COUNTRY_SHEET) : places.get("/assessedOn"),
                        said("assessed-on.missing", ASSESSED_ON, COUNTRY_SHEET));
                return null;
            }
            Object value = value(cell);
            if (value instanceof LocalDate date) {
                return inRange(date, places.get("/assessedOn"), "assessedOn");
            }
            try {
                return inRange(LocalDate.parse(text(cell).trim(), ISO), places.get("/assessedOn"), "assessedOn");
            } catch (DateTimeParseException e) {
                error(places.get("/assessedOn"), said("assessed-on.invalid", text(cell).trim()));
                return null;
            }
        }

        private LocalDate inRange(LocalDate date, Place place, String what) {
            if (IsoDates.inRange(date)) {
                return date;
            }
            // The engine keeps its years to itself but says them in RANGE ("the years 1900 to 2200"); the texts want them apart.
            String[] years = IsoDates.RANGE.replaceAll("\\D+", " ").trim().split(" ");
            error(place, said("date.outside", what, date.toString(), years[0], years[1]));
            return null;
        }

        private List<EvidenceItem> items(Sheet sheet) {
            // In the template's language or any other, so French and Spanish workbooks and older English ones all read.
            EvidenceHeader header = EvidenceHeader.of(file, sheet, this::headerText);
            header.problems().forEach(this::add);
            if (!header.readable()) {
                return null;
            }
            Map<String, Integer> columns = header.columns();
            MergedCells.below(file, sheet, header.row(), header.readColumns()).forEach(this::add);
            int keyColumn = columns.get(KEY);
            int valueColumn = columns.get(VALUE);
            Integer sourceColumn = columns.get(SOURCE);
            Integer noteColumn = columns.get(NOTE);
            Integer confidenceColumn = columns.get(CONFIDENCE);
            List<EvidenceItem> items = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() <= header.row()) {
                    continue;
                }
                int r = row.getRowNum();
                String key;
                String source;
                String note;
                String confidenceWord;
                Cell valueCell = row.getCell(valueColumn);
                try {
                    key = text(row.getCell(keyColumn)).trim();
                    source = optional(row, sourceColumn, r);
                    note = optional(row, noteColumn, r);
                    confidenceWord = optional(row, confidenceColumn, r);
                    text(valueCell);
                } catch (BadCell bad) {
                    error(bad.code, cell(EVIDENCE_SHEET, r, bad.column, header(bad.column, keyColumn, valueColumn, sourceColumn, noteColumn), ""),
                            bad.wording);
                    continue;
                }
                if (key.isEmpty()) {
                    if (!text(valueCell).isBlank() || source != null || note != null || confidenceWord != null) {
                        error(cell(EVIDENCE_SHEET, r, keyColumn, KEY, ""), said("row.no-key", WorkbookLayout.letters(keyColumn)));
                    }
                    continue;
                }
                if (items.size() >= limits.maxItems()) {
                    error(EvidenceLimits.Limit.ITEMS.code(), cell(EVIDENCE_SHEET, r, keyColumn, KEY, ""), overLimit("items", limits,
                            EvidenceLimits.Limit.ITEMS));
                    break;
                }
                String pointer = "/evidence/" + items.size();
                Place valuePlace = cell(EVIDENCE_SHEET, r, valueColumn, VALUE, pointer + "/value");
                Place keyPlace = cell(EVIDENCE_SHEET, r, keyColumn, KEY, pointer + "/key");
                Object value = typed(valueCell, vocabulary.get(key), valuePlace);
                if (value == INVALID) {
                    continue;
                }
                Confidence confidence = null;
                if (confidenceWord != null) {
                    // The engine's own reading of the word, and its problem (with did-you-mean) for an unknown one, as for JSON and YAML.
                    String word = confidenceWord.trim();
                    confidence = Confidence.parse(word).orElse(null);
                    if (confidence == null) {
                        add(ConfidenceWords.unknown(file, cell(EVIDENCE_SHEET, r, confidenceColumn, CONFIDENCE, pointer + "/confidence"), word));
                    }
                }
                items.add(new EvidenceItem(key, value, source, note, confidence, valuePlace, keyPlace));
            }
            return items;
        }

        private static String header(int column, int key, int value, Integer source, Integer note) {
            return column == key ? KEY : column == value ? VALUE : source != null && column == source ? SOURCE
                    : note != null && column == note ? NOTE : CONFIDENCE;
        }

        /** A source or note exactly as written, surrounding spaces included; null when blank. */
        private String optional(Row row, Integer column, int rowIndex) {
            if (column == null) {
                return null;
            }
            Cell cell = row.getCell(column);
            String text = cell != null && cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : text(cell);
            if (text.length() > limits.maxStringLength()) {
                throw new BadCell(row.getRowNum(), column, EvidenceLimits.Limit.STRING_LENGTH.code(), overLimit("text-length", limits,
                        EvidenceLimits.Limit.STRING_LENGTH));
            }
            return text.isBlank() ? null : text;
        }

        /**
         * The cell's value as the validator takes it, read by the key's type where the cell holds text; {@link #INVALID}
         * when the cell breaks a limit, which is reported here.
         */
        private Object typed(Cell cell, EvidenceKey key, Place place) {
            Object value = value(cell);
            if (value instanceof String long_ && long_.length() > limits.maxStringLength()) {
                error(EvidenceLimits.Limit.STRING_LENGTH.code(), place, overLimit("text-length", limits, EvidenceLimits.Limit.STRING_LENGTH));
                return INVALID;
            }
            if (value instanceof BigDecimal number && writtenLength(number) > limits.maxNumberLength()) {
                error(EvidenceLimits.Limit.NUMBER_LENGTH.code(), place, overLimit("number-length", limits, EvidenceLimits.Limit.NUMBER_LENGTH,
                        number.toString()));
                return INVALID;
            }
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
                        BigDecimal number = new BigDecimal(text);
                        if (writtenLength(number) > limits.maxNumberLength()) {
                            error(EvidenceLimits.Limit.NUMBER_LENGTH.code(), place, overLimit("number-length", limits,
                                    EvidenceLimits.Limit.NUMBER_LENGTH, text));
                            return INVALID;
                        }
                        return number;
                    } catch (NumberFormatException e) {
                        return percentText(text);
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

        /** Text such as {@code 45%} or {@code 45 %} as the number typed before the sign, as a percentage cell is read; other text as it is. */
        private static Object percentText(String text) {
            if (text.endsWith("%")) {
                try {
                    return new BigDecimal(text.substring(0, text.length() - 1).trim());
                } catch (NumberFormatException e) {
                    return text;
                }
            }
            return text;
        }

        /** Whether a cell is an ISO date cell ({@code t="d"}), which the workbook schema POI reads by does not know. */
        private static boolean isIsoDateCell(XSSFCell cell) {
            org.w3c.dom.Node type = cell.getCTCell().getDomNode().getAttributes().getNamedItem("t");
            return type != null && "d".equals(type.getNodeValue());
        }

        private static long writtenLength(BigDecimal number) {
            long integerDigits = (long) number.precision() - number.scale();
            return Math.max(integerDigits, 1) + Math.max(number.scale(), 0);
        }

        /**
         * A boolean, a decimal, a date for a cell formatted as one, trimmed text, or null for an empty cell.
         *
         * @throws BadCell when the cell's stored value is not what its type says
         */
        private static Object value(Cell cell) {
            if (cell == null) {
                return null;
            }
            if (cell instanceof XSSFCell xssf && isIsoDateCell(xssf)) {
                // An ISO date cell (t="d"), which some programs write: its text is the date and maybe a time.
                String iso = String.valueOf(xssf.getCTCell().getV()).trim();
                try {
                    return LocalDate.parse(iso.length() >= 10 ? iso.substring(0, 10) : iso, ISO);
                } catch (DateTimeParseException e) {
                    throw new BadCell(cell.getRowIndex(), cell.getColumnIndex(), said("cell.date-text", Printable.abbreviate(iso)));
                }
            }
            if (cell.getCellType() == CellType.FORMULA && cell instanceof XSSFCell xssf && !xssf.getCTCell().isSetV()) {
                // POI would read a formula without its stored result as 0: a value nobody gave.
                throw new BadCell(cell.getRowIndex(), cell.getColumnIndex(), said("cell.formula-not-calculated", Printable.abbreviate(formula(xssf))));
            }
            CellType type;
            try {
                type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
            } catch (RuntimeException e) {
                throw new BadCell(cell.getRowIndex(), cell.getColumnIndex(), said("cell.type"));
            }
            switch (type) {
                case BOOLEAN:
                    return cell.getBooleanCellValue();
                case NUMERIC:
                    double number;
                    try {
                        number = cell.getNumericCellValue();
                    } catch (RuntimeException e) {
                        throw new BadCell(cell.getRowIndex(), cell.getColumnIndex(), said("cell.not-a-number"));
                    }
                    if (!Double.isFinite(number)) {
                        throw new BadCell(cell.getRowIndex(), cell.getColumnIndex(), said(Double.isNaN(number) ? "cell.nan" : "cell.infinite"));
                    }
                    if (DateUtil.isCellDateFormatted(cell)) {
                        if (!DateUtil.isValidExcelDate(number)) {
                            throw new BadCell(cell.getRowIndex(), cell.getColumnIndex(), said("cell.date-number", NumberToTextConverter.toText(number)));
                        }
                        return cell.getLocalDateTimeCellValue().toLocalDate();
                    }
                    BigDecimal stored = new BigDecimal(NumberToTextConverter.toText(number));
                    // A cell formatted as a percentage stores 45% as 0.45; the evaluator typed 45, as percent keys take it.
                    return isPercent(cell) ? wholeScale(stored.movePointRight(2)) : stored;
                case STRING:
                    String text = cell.getStringCellValue().trim();
                    return text.isEmpty() ? null : text;
                case ERROR:
                    String error = ErrorEval.getText(cell.getErrorCellValue());
                    throw new BadCell(cell.getRowIndex(), cell.getColumnIndex(), said(cell.getCellType() == CellType.FORMULA ? "cell.formula-error"
                            : "cell.error", error));
                default:
                    return null;
            }
        }

        /** The formula as written, or a word for it when even that cannot be read. */
        private static String formula(XSSFCell cell) {
            try {
                return cell.getCellFormula();
            } catch (RuntimeException e) {
                return "...";
            }
        }

        /** Whether the cell's number format shows it as a percentage: a {@code %} outside quoted text. */
        private static boolean isPercent(Cell cell) {
            String format = cell.getCellStyle() == null ? null : cell.getCellStyle().getDataFormatString();
            return format != null && format.replaceAll("\"[^\"]*\"|\\\\.", "").contains("%");
        }

        /** The number without a negative scale, so that 100 is written 100 and not 1E+2. */
        private static BigDecimal wholeScale(BigDecimal number) {
            return number.scale() < 0 ? number.setScale(0) : number;
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

        private void error(Place place, Wording wording) {
            error(ProblemCode.EVIDENCE_INVALID, place, wording);
        }

        private void error(ProblemCode code, Place place, Wording wording) {
            add(Problem.error(code, file, place, wording));
        }

        private void add(Problem problem) {
            if (problems.size() < EvidenceReader.MAX_LISTED_PROBLEMS) {
                problems.add(problem);
            } else if (problems.size() == EvidenceReader.MAX_LISTED_PROBLEMS) {
                problems.add(Problem.error(ProblemCode.EVIDENCE_TOO_MANY_PROBLEMS, file, Place.at(""), Wording.of("evidence.too-many.uncounted")));
            }
        }
    }

    /** What typed() gives for a cell whose problem it has reported. */
    private static final Object INVALID = new Object();

    /** A cell whose stored value contradicts its type: reported at the cell, and the row skipped. */
    private static final class BadCell extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int row;
        private final int column;
        private final transient Wording wording;
        private final ProblemCode code;

        BadCell(int row, int column, Wording wording) {
            this(row, column, ProblemCode.EVIDENCE_INVALID, wording);
        }

        BadCell(int row, int column, ProblemCode code, Wording wording) {
            super(wording.key(), null, false, false);
            this.row = row;
            this.column = column;
            this.wording = wording;
            this.code = code;
        }
    }
}
