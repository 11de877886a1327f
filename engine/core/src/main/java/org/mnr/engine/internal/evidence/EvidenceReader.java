package org.mnr.engine.internal.evidence;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.StringReader;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.mnr.engine.evidence.Country;
import org.mnr.engine.evidence.Evidence;
import org.mnr.engine.evidence.AssessmentInfo;
import org.mnr.engine.evidence.AssessmentStatus;
import org.mnr.engine.evidence.Confidence;
import org.mnr.engine.evidence.EvidenceItem;
import org.mnr.engine.error.ProblemCode;
import org.mnr.engine.evidence.EvidenceFormats;
import org.mnr.engine.evidence.EvidenceLimits;
import org.mnr.engine.evidence.ParsedEvidence;
import org.mnr.engine.evidence.Place;
import org.mnr.engine.evidence.Problem;

/**
 * Reads an evidence file's JSON into {@link Evidence}, checking its shape and remembering where
 * every value is, so that later problems can name the line and column.
 *
 * <p>It checks the document's structure only; whether keys and values fit the loaded packs'
 * vocabulary is {@link EvidenceValidator}'s job. Reading goes on after a problem, so one pass
 * reports all of them, up to {@value #MAX_LISTED_PROBLEMS}.
 *
 * <p>Reading is bounded by {@link EvidenceLimits}: a file over a limit is rejected with a problem that
 * names the limit, before it can exhaust memory. Only what an evidence document can use is kept in
 * memory (the country, the date and the items); anything else is checked as JSON and skipped.
 */
public final class EvidenceReader {

    /** The most problems listed for one file; a file with more is reported with a last line saying so. */
    public static final int MAX_LISTED_PROBLEMS = 1000;

    /** A number as JSON writes it; YAML has other forms too. */
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    private static final Set<String> TOP_FIELDS = Set.of("country", "assessedOn", "assessment", "evidence", "$schema");
    private static final Set<String> ASSESSMENT_FIELDS = Set.of("assessor", "organisation", "status");
    private static final Set<String> COUNTRY_FIELDS = Set.of("code", "name", "memberships");
    private static final Set<String> ITEM_FIELDS = Set.of("key", "value", "source", "note", "confidence");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final EvidenceSyntax syntax;
    private final EvidenceLimits limits;
    private final JsonFactory factory;

    /** A JSON reader with the default limits. */
    public EvidenceReader() {
        this(EvidenceLimits.DEFAULTS);
    }

    /** A JSON reader with the given limits. */
    public EvidenceReader(EvidenceLimits limits) {
        this(EvidenceSyntax.JSON, limits);
    }

    /** A reader of the given syntax with the default limits. */
    public EvidenceReader(EvidenceSyntax syntax) {
        this(syntax, EvidenceLimits.DEFAULTS);
    }

    /** A reader of the given syntax with the given limits. */
    public EvidenceReader(EvidenceSyntax syntax, EvidenceLimits limits) {
        this.syntax = Objects.requireNonNull(syntax, "syntax");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.factory = syntax.factory(ReadConstraints.of(limits));
    }

    /**
     * A reader with Jackson's limits on nesting, string and number length taken from {@code constraints},
     * and the default file size and item count.
     */
    public EvidenceReader(StreamReadConstraints constraints) {
        this(EvidenceLimits.DEFAULTS
                .withMaxDepth(constraints.getMaxNestingDepth())
                .withMaxStringLength(constraints.getMaxStringLength())
                .withMaxNumberLength(constraints.getMaxNumberLength()));
    }

    private String shape() {
        return "an evidence file is " + syntax.document() + " with country, assessedOn and evidence";
    }

    /** The syntax this reader reads. */
    public EvidenceSyntax syntax() {
        return syntax;
    }

    /** The limits this reader applies. */
    public EvidenceLimits limits() {
        return limits;
    }

    /**
     * Reads an evidence file, YAML when its name ends in {@code .yaml} or {@code .yml}, JSON otherwise; its
     * path, as given, names it in problems.
     */
    public ParsedEvidence read(Path file) {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            return failed(ProblemCode.EVIDENCE_UNREADABLE, name, Place.at(""), "is a directory, not an evidence file", "name a .json file, or score the directory");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx") || lower.endsWith(".xls") || lower.endsWith(".ods")) {
            return failed(ProblemCode.EVIDENCE_FORMAT_UNSUPPORTED, name, Place.at(""), "is a spreadsheet, which this reader of JSON and YAML does not read",
                    "read .xlsx workbooks through EvidenceFormats with " + EvidenceFormats.WORKBOOK_ARTIFACT + " on the class path, or save the evidence as JSON or YAML");
        }
        EvidenceSyntax fileSyntax = EvidenceSyntax.forFileName(name);
        if (fileSyntax != syntax) {
            return new EvidenceReader(fileSyntax, limits).read(file);
        }
        try {
            long size = Files.size(file);
            if (size > limits.maxFileSize()) {
                return tooLarge(name, size);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(in, name);
            }
        } catch (NoSuchFileException e) {
            return failed(ProblemCode.EVIDENCE_UNREADABLE, name, Place.at(""), "no such file", "check the path");
        } catch (AccessDeniedException e) {
            return failed(ProblemCode.EVIDENCE_UNREADABLE, name, Place.at(""), "cannot be read: permission denied", "check the file's permissions");
        } catch (IOException e) {
            return failed(ProblemCode.EVIDENCE_UNREADABLE, name, Place.at(""), "cannot be read: " + Printable.escape(String.valueOf(e.getMessage())), null);
        }
    }

    /** Reads evidence from a stream, up to the maximum file size; {@code name} names it in problems. */
    public ParsedEvidence read(InputStream json, String name) {
        byte[] bytes;
        try {
            bytes = json.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileSize() + 1));
            if (bytes.length > limits.maxFileSize()) {
                return tooLarge(name, -1);
            }
        } catch (IOException e) {
            return failed(ProblemCode.EVIDENCE_UNREADABLE, name, Place.at(""), "cannot be read: " + Printable.escape(String.valueOf(e.getMessage())), null);
        }
        return read(bytes, name);
    }

    /** Reads one evidence document; {@code file} names it in problems. */
    public ParsedEvidence read(byte[] json, String file) {
        if (json.length > limits.maxFileSize()) {
            return tooLarge(file, json.length);
        }
        Place start = new Place("", 1, 1);
        if (json.length == 0) {
            return failed(ProblemCode.EVIDENCE_EMPTY, file, start, "the file is empty", shape());
        }
        Utf8Text.Decoded decoded = Utf8Text.decode(json);
        if (decoded.text() == null) {
            return failed(ProblemCode.EVIDENCE_UNREADABLE, file, decoded.place(), decoded.message(), decoded.hint());
        }
        String text = decoded.text();
        if (text.isBlank()) {
            return failed(ProblemCode.EVIDENCE_EMPTY, file, start, "the file holds only white space", shape());
        }
        Session session = new Session(file, limits, syntax);
        if (syntax == EvidenceSyntax.YAML) {
            session.refuseYamlAnchors(text);
        }
        JsonNode root;
        try (JsonParser parser = factory.createParser(text)) {
            try {
                if (parser.nextToken() == null) {
                    session.error(ProblemCode.EVIDENCE_EMPTY, Place.at(""), "the file holds no " + syntax.displayName() + " value", shape());
                    return session.failed();
                }
                root = session.readRoot(parser);
                if (root.isObject() && parser.nextToken() != null) {
                    session.error(ProblemCode.EVIDENCE_EMPTY, session.place(parser.currentTokenLocation(), ""), "more content after the " + syntax.document().replaceFirst("^an? ", ""),
                            "an evidence file holds exactly one " + syntax.document().replaceFirst("^an? ", ""));
                }
            } catch (StreamConstraintsException e) {
                // The start of the value that is too long or too deep, rather than where the parser gave up.
                session.overLimit(e, parser.currentTokenLocation(), Session.pointer(parser));
                return session.failed();
            } catch (LimitExceeded e) {
                session.error(e.limit.code(), e.place, e.message, e.limit.hint());
                return session.failed();
            } catch (JsonProcessingException e) {
                if (syntax == EvidenceSyntax.YAML) {
                    YamlSyntax.Explanation explanation = YamlSyntax.explain(e);
                    session.error(ProblemCode.EVIDENCE_SYNTAX, YamlSyntax.place(explanation, session.place(e.getLocation(), Session.pointer(parser))),
                            "not valid YAML: " + explanation.message(), explanation.hint());
                    return session.failed();
                }
                JsonSyntax.Explanation explanation = JsonSyntax.explain(e);
                session.error(ProblemCode.EVIDENCE_SYNTAX, session.place(e.getLocation(), Session.pointer(parser)),
                        "not valid " + syntax.displayName() + ": " + explanation.message(), explanation.hint());
                return session.failed();
            }
        } catch (IOException e) {
            session.error(ProblemCode.EVIDENCE_UNREADABLE, Place.at(""), "cannot be read: " + Printable.escape(String.valueOf(e.getMessage())), null);
            return session.failed();
        }
        return session.parsed(root);
    }

    private ParsedEvidence tooLarge(String file, long size) {
        String was = size < 0 ? "is larger than " : "is " + ByteSizes.format(size) + ", more than ";
        return failed(ProblemCode.EVIDENCE_LIMIT_FILE_SIZE, file, Place.at(""), "the file " + was + limits.exceeded(EvidenceLimits.Limit.FILE_SIZE),
                EvidenceLimits.Limit.FILE_SIZE.hint());
    }

    private static ParsedEvidence failed(ProblemCode code, String file, Place place, String message, String hint) {
        return new ParsedEvidence(null, null, List.of(Problem.error(code, file, place, message, hint)), file, Map.of());
    }

    /** A limit of {@link EvidenceLimits} that Jackson does not check itself, exceeded: reading stops. */
    private static final class LimitExceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient EvidenceLimits.Limit limit;
        private final transient Place place;
        private final String message;

        LimitExceeded(EvidenceLimits.Limit limit, Place place, String message) {
            super(message, null, false, false);
            this.limit = limit;
            this.place = place;
            this.message = message;
        }
    }

    /** The state of reading one file. */
    private static final class Session {
        private final String file;
        private final EvidenceLimits limits;
        private final EvidenceSyntax syntax;
        private final List<Problem> problems = new ArrayList<>();
        private final Map<String, Place> places = new HashMap<>();
        private int unlisted;
        private long items;

        Session(String file, EvidenceLimits limits, EvidenceSyntax syntax) {
            this.file = file;
            this.limits = limits;
            this.syntax = syntax;
        }

        void error(ProblemCode code, Place place, String message, String hint) {
            if (problems.size() < MAX_LISTED_PROBLEMS) {
                problems.add(Problem.error(code, file, place, message, hint));
            } else {
                unlisted++;
            }
        }

        List<Problem> problems() {
            List<Problem> all = new ArrayList<>(problems);
            all.sort(ParsedEvidence.IN_FILE_ORDER);
            if (unlisted == 0) {
                return all;
            }
            all.add(Problem.error(ProblemCode.EVIDENCE_TOO_MANY_PROBLEMS, file, Place.at(""), unlisted + " more problems are not listed",
                    "fix the problems above and check the file again"));
            return all;
        }

        ParsedEvidence failed() {
            return new ParsedEvidence(null, null, problems(), file, places);
        }

        Place place(JsonLocation location, String pointer) {
            if (location == null || location.getLineNr() < 1) {
                return Place.at(pointer);
            }
            return new Place(pointer, location.getLineNr(), location.getColumnNr());
        }

        Place placeOf(String pointer) {
            return places.getOrDefault(pointer, Place.at(pointer));
        }

        /** The JSON pointer of the value the parser is at, for a problem the parser raises. */
        static String pointer(JsonParser parser) {
            return parser.getParsingContext().pathAsPointer().toString();
        }

        void overLimit(StreamConstraintsException e, JsonLocation location, String pointer) {
            String original = String.valueOf(e.getOriginalMessage());
            EvidenceLimits.Limit limit;
            String what;
            if (original.startsWith("Document nesting depth")) {
                limit = EvidenceLimits.Limit.DEPTH;
                what = "arrays and objects are nested deeper than ";
            } else if (original.startsWith("String value length") || original.startsWith("Name length")) {
                limit = EvidenceLimits.Limit.STRING_LENGTH;
                what = (original.startsWith("Name") ? "a field name" : "a string") + " is longer than ";
            } else if (original.startsWith("Number value length") || original.startsWith("BigDecimal scale")) {
                limit = EvidenceLimits.Limit.NUMBER_LENGTH;
                what = "a number is longer than ";
            } else if (original.startsWith("Document length")) {
                limit = EvidenceLimits.Limit.FILE_SIZE;
                what = "the file is larger than ";
            } else {
                error(ProblemCode.EVIDENCE_SYNTAX, place(location, pointer), "the file exceeds a limit: " + JsonSyntax.clean(original), null);
                return;
            }
            error(limit.code(), place(location, pointer), what + limits.exceeded(limit), limit.hint());
        }

        /**
         * Reads the document's object, keeping its country, date and items; any other document is
         * described by its first token and not read further.
         */
        JsonNode readRoot(JsonParser parser) throws IOException {
            JsonToken token = parser.currentToken();
            places.put("", place(parser.currentTokenLocation(), ""));
            return switch (token) {
                case START_OBJECT -> readObject(parser, "", Shape.DOCUMENT);
                case START_ARRAY -> NODES.arrayNode();
                case VALUE_STRING -> NODES.textNode(parser.getText());
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> NODES.numberNode(1);
                case VALUE_TRUE, VALUE_FALSE -> NODES.booleanNode(token == JsonToken.VALUE_TRUE);
                default -> NODES.nullNode();
            };
        }

        /** What is kept of a value at a place in the document. */
        private enum Shape {
            /** The document's object. */
            DOCUMENT,
            /** The country object. */
            COUNTRY,
            /** The assessment object: who assessed, for whom, draft or final. */
            ASSESSMENT,
            /** The memberships, or an item's value that may be a set: scalar elements are kept, others skipped. */
            LIST_OF_ITEMS,
            /** The evidence array. */
            EVIDENCE,
            /** One evidence item. */
            ITEM,
            /** A scalar is kept; an array or object is checked and skipped. */
            SCALAR,
            /** The whole value is checked and skipped. */
            SKIP
        }

        private JsonNode readValue(JsonParser parser, String pointer, Shape shape) throws IOException {
            JsonToken token = parser.currentToken();
            if (shape != Shape.SKIP) {
                places.put(pointer, place(parser.currentTokenLocation(), pointer));
            }
            if (parser instanceof YAMLParser yaml && !yamlReferenceRefused(yaml, pointer)) {
                skip(parser);
                return NODES.nullNode();
            }
            switch (token) {
                case START_OBJECT:
                    if (shape == Shape.DOCUMENT || shape == Shape.COUNTRY || shape == Shape.ASSESSMENT || shape == Shape.ITEM) {
                        return readObject(parser, pointer, shape);
                    }
                    skip(parser);
                    return NODES.objectNode();
                case START_ARRAY:
                    if (shape == Shape.LIST_OF_ITEMS || shape == Shape.EVIDENCE) {
                        return readArray(parser, pointer, shape == Shape.EVIDENCE ? Shape.ITEM : Shape.SCALAR);
                    }
                    skip(parser);
                    return NODES.arrayNode();
                case VALUE_STRING:
                    return shape == Shape.SKIP ? NODES.nullNode() : text(parser, pointer);
                case VALUE_NUMBER_INT:
                case VALUE_NUMBER_FLOAT:
                    return shape == Shape.SKIP ? NODES.nullNode() : number(parser, pointer);
                case VALUE_TRUE:
                    return NODES.booleanNode(true);
                case VALUE_FALSE:
                    return NODES.booleanNode(false);
                case VALUE_NULL:
                    return NODES.nullNode();
                default:
                    // YAML tagged values such as !!binary: no key type takes them.
                    error(ProblemCode.EVIDENCE_WRONG_TYPE, placeOf(pointer), "a value of a kind evidence does not use (" + token + ")",
                            "write a boolean, number, string, list or null");
                    return NODES.nullNode();
            }
        }

        private ObjectNode readObject(JsonParser parser, String pointer, Shape shape) throws IOException {
            Set<String> known = shape == Shape.DOCUMENT ? TOP_FIELDS : shape == Shape.COUNTRY ? COUNTRY_FIELDS
                    : shape == Shape.ASSESSMENT ? ASSESSMENT_FIELDS : ITEM_FIELDS;
            ObjectNode object = NODES.objectNode();
            Set<String> seen = new HashSet<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                String child = pointer + "/" + escape(name);
                Place namePlace = place(parser.currentTokenLocation(), child);
                parser.nextToken();
                if (syntax == EvidenceSyntax.YAML && name.equals("<<")) {
                    error(ProblemCode.EVIDENCE_SYNTAX, namePlace, "a YAML merge key (<<) copies fields from elsewhere; evidence does not use merge keys",
                            "write every field of the item out in full");
                    skip(parser);
                } else if (!known.contains(name)) {
                    unknownField(namePlace, pointer, name, known);
                    skip(parser);
                } else if (!seen.add(name)) {
                    error(ProblemCode.EVIDENCE_DUPLICATE_FIELD, namePlace, "field '" + name + "' is given twice in the same object", "keep one of them");
                    skip(parser);
                } else {
                    object.set(name, readValue(parser, child, fieldShape(shape, name)));
                }
            }
            return object;
        }

        private static Shape fieldShape(Shape parent, String name) {
            if (parent == Shape.DOCUMENT) {
                return switch (name) {
                    case "country" -> Shape.COUNTRY;
                    case "assessment" -> Shape.ASSESSMENT;
                    case "evidence" -> Shape.EVIDENCE;
                    case "assessedOn" -> Shape.SCALAR;
                    default -> Shape.SKIP;
                };
            }
            if (parent == Shape.COUNTRY && name.equals("memberships") || parent == Shape.ITEM && name.equals("value")) {
                return Shape.LIST_OF_ITEMS;
            }
            return Shape.SCALAR;
        }

        private ArrayNode readArray(JsonParser parser, String pointer, Shape elements) throws IOException {
            ArrayNode array = NODES.arrayNode();
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                countItem(parser);
                array.add(readValue(parser, pointer + "/" + index, elements));
                index++;
            }
            return array;
        }

        /**
         * Checks and skips a value without keeping it, counting its items. It does not recurse, so even a
         * nesting depth raised far above the default cannot overflow the stack.
         */
        private void skip(JsonParser parser) throws IOException {
            if (!parser.currentToken().isStructStart()) {
                return;
            }
            int depth = 1;
            while (depth > 0) {
                JsonToken token = parser.nextToken();
                if (token.isStructEnd()) {
                    depth--;
                    continue;
                }
                JsonStreamContext container = token.isStructStart() ? parser.getParsingContext().getParent() : parser.getParsingContext();
                if (token != JsonToken.FIELD_NAME && container.inArray()) {
                    countItem(parser);
                }
                if (token.isStructStart()) {
                    depth++;
                }
            }
        }

        private void countItem(JsonParser parser) {
            if (++items > limits.maxItems()) {
                throw new LimitExceeded(EvidenceLimits.Limit.ITEMS, place(parser.currentTokenLocation(), pointer(parser)),
                        "the file holds more than " + limits.exceeded(EvidenceLimits.Limit.ITEMS)
                                + " (evidence items, set members, memberships and any other array elements, counted together)");
            }
        }

        /**
         * Whether a YAML value is written out where it stands: an alias ({@code *name}) stands for a value elsewhere,
         * which evidence does not use, so that what a file says is what a reader sees. Anchors are found by
         * {@link #refuseYamlAnchors}, as this parser does not report those of scalars.
         */
        private boolean yamlReferenceRefused(YAMLParser yaml, String pointer) throws IOException {
            Place here = place(yaml.currentTokenLocation(), pointer);
            if (yaml.isCurrentAlias()) {
                error(ProblemCode.EVIDENCE_SYNTAX, here, "a YAML alias (*" + Printable.abbreviate(yaml.getText()) + ") stands for a value written elsewhere;"
                        + " evidence does not use aliases", "write the value out in full here");
                return false;
            }
            return true;
        }

        /**
         * Reports every YAML anchor ({@code &name}), by the YAML parser's own events: an anchor is there to be
         * repeated by an alias, which evidence does not use. A file the parser cannot read is left to the reading
         * that follows, which reports why.
         */
        void refuseYamlAnchors(String text) {
            LoaderOptions options = new LoaderOptions();
            options.setCodePointLimit(Integer.MAX_VALUE);
            try {
                for (Event event : new Yaml(options).parse(new StringReader(text))) {
                    if (event instanceof NodeEvent node && !(event instanceof AliasEvent) && node.getAnchor() != null) {
                        error(ProblemCode.EVIDENCE_SYNTAX, new Place("", node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1),
                                "a YAML anchor (&" + Printable.abbreviate(node.getAnchor()) + ") marks a value to repeat elsewhere;"
                                + " evidence does not use anchors and aliases", "remove the anchor and write each value out in full");
                    }
                }
            } catch (RuntimeException unreadable) {
                // Reported, in the evaluator's words, by the reading that follows.
            }
        }

        /** A string, within the maximum string length (which the YAML parser does not check) and whole characters only. */
        private JsonNode text(JsonParser parser, String pointer) throws IOException {
            String text = parser.getText();
            if (text.length() > limits.maxStringLength()) {
                error(ProblemCode.EVIDENCE_LIMIT_STRING_LENGTH, placeOf(pointer), "a string is longer than " + limits.exceeded(EvidenceLimits.Limit.STRING_LENGTH),
                        EvidenceLimits.Limit.STRING_LENGTH.hint());
                return NODES.nullNode();
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
                if (paired) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    error(ProblemCode.EVIDENCE_SYNTAX, placeOf(pointer), String.format(Locale.ROOT, "the string holds a lone surrogate escape (\\u%04X), half of a"
                            + " character that is no character alone", (int) c), "remove it, or write the whole character");
                    return NODES.nullNode();
                }
            }
            return NODES.textNode(text);
        }

        /** A number, as long as written out in full it stays within the maximum number length. */
        private JsonNode number(JsonParser parser, String pointer) throws IOException {
            String literal = parser.getText();
            if (syntax == EvidenceSyntax.YAML && !DECIMAL.matcher(literal).matches()) {
                String other = yamlOnlyNumber(literal, parser);
                if (other != null) {
                    error(ProblemCode.EVIDENCE_BAD_NUMBER, placeOf(pointer), "the number " + Printable.abbreviate(literal) + " " + other, "write numbers in plain decimal");
                    return NODES.nullNode();
                }
            }
            BigDecimal number;
            try {
                number = new BigDecimal(literal);
            } catch (NumberFormatException e) {
                number = null;
            }
            if (number == null && !literal.matches("[-+]?\\.?\\d.*")) {
                // YAML's .inf and .nan parse as numbers but are none that evidence can use.
                error(ProblemCode.EVIDENCE_BAD_NUMBER, placeOf(pointer), "'" + Printable.abbreviate(literal) + "' is not a finite number", "write a number such as 42 or 0.5");
                return NODES.nullNode();
            }
            if (number == null || writtenLength(number) > limits.maxNumberLength()) {
                error(ProblemCode.EVIDENCE_LIMIT_NUMBER_LENGTH, placeOf(pointer), "the number " + Printable.abbreviate(literal) + " written out in full is longer than "
                        + limits.exceeded(EvidenceLimits.Limit.NUMBER_LENGTH), EvidenceLimits.Limit.NUMBER_LENGTH.hint());
                return NODES.nullNode();
            }
            return NODES.numberNode(number);
        }

        /** What is wrong with a number in a form YAML has and JSON does not, or null when it is in none of them. */
        private static String yamlOnlyNumber(String literal, JsonParser parser) throws IOException {
            String digits = literal.replaceFirst("^[-+]", "");
            String value = null;
            try {
                Number number = parser.getNumberValue();
                value = number == null ? null : new BigDecimal(number.toString()).toPlainString();
            } catch (IOException | NumberFormatException e) {
                value = null;
            }
            String decimal = value == null ? "" : ": " + value;
            if (digits.contains("_")) {
                return "has underscores between its digits, which JSON and the engine do not read; write it without them"
                        + (value == null ? ", e.g. " + literal.replace("_", "") : decimal);
            }
            if (digits.startsWith("0x") || digits.startsWith("0X")) {
                return "is written in hexadecimal; write it in decimal" + decimal;
            }
            if (digits.startsWith("0o") || digits.startsWith("0b") || digits.matches("0[0-7]+")) {
                return "is written in " + (digits.startsWith("0b") ? "binary" : "octal") + "; write it in decimal" + decimal;
            }
            return null;
        }

        private static long writtenLength(BigDecimal number) {
            long integerDigits = (long) number.precision() - number.scale();
            return Math.max(integerDigits, 1) + Math.max(number.scale(), 0);
        }

        private void unknownField(Place place, String pointer, String name, Set<String> known) {
            String where = pointer.isEmpty() ? "the document" : pointer.substring(1).replace('/', '.');
            List<String> names = known.stream().filter(k -> !k.startsWith("$")).sorted().toList();
            String hint = Suggestion.hint(name, names);
            error(ProblemCode.EVIDENCE_UNKNOWN_FIELD, place, "unknown field '" + Printable.abbreviate(name, 80) + "' in " + where,
                    hint != null ? hint : "known fields: " + String.join(", ", names));
        }

        ParsedEvidence parsed(JsonNode root) {
            if (!root.isObject()) {
                String what = root.isNumber() ? "a number" : describe(root);
                error(ProblemCode.EVIDENCE_WRONG_TYPE, placeOf(""), "the document is " + what + ", not " + syntax.document(),
                        "an evidence file is " + syntax.document() + " with country, assessedOn and evidence");
                return failed();
            }
            Country country = country(root.get("country"));
            LocalDate assessedOn = assessedOn(root.get("assessedOn"));
            AssessmentInfo assessment = assessment(root.get("assessment"));
            List<EvidenceItem> evidenceItems = items(root.get("evidence"));
            if (country == null || assessedOn == null || evidenceItems == null) {
                List<String> memberships = country == null ? List.of() : country.memberships();
                return new ParsedEvidence(null,
                        new ParsedEvidence.Partial(evidenceItems == null ? List.of() : evidenceItems, memberships,
                                country == null ? null : country.code()), problems(),
                        file, places);
            }
            return new ParsedEvidence(new Evidence(country, assessedOn, evidenceItems, file, documentPlaces(), assessment), null, problems(),
                    file, places);
        }

        /** The places of the document's own fields, outside the items, which carry theirs. */
        private Map<String, Place> documentPlaces() {
            Map<String, Place> document = new HashMap<>();
            places.forEach((pointer, place) -> {
                if (pointer.startsWith("/country") || pointer.equals("/assessedOn") || pointer.startsWith("/assessment")) {
                    document.put(pointer, place);
                }
            });
            return document;
        }

        private Country country(JsonNode node) {
            if (node == null) {
                error(ProblemCode.EVIDENCE_MISSING_FIELD, placeOf(""), "country is missing", "add \"country\": {\"code\": \"XA\", \"name\": \"...\"}");
                return null;
            }
            if (!node.isObject()) {
                error(ProblemCode.EVIDENCE_WRONG_TYPE, placeOf("/country"), "country is " + describe(node) + ", not an object", "write {\"code\": \"XA\"}");
                return null;
            }
            JsonNode code = node.get("code");
            boolean valid = true;
            if (code == null) {
                error(ProblemCode.EVIDENCE_MISSING_FIELD, placeOf("/country"), "country.code is missing", "give an ISO 3166-1 alpha-2 code, or XA to XZ for a fictional country");
                valid = false;
            } else if (!code.isTextual()) {
                error(ProblemCode.EVIDENCE_WRONG_TYPE, placeOf("/country/code"), "country.code is " + describe(code) + ", not a string",
                        "give an ISO 3166-1 alpha-2 code in quotes, e.g. \"FR\"");
                valid = false;
            }
            JsonNode name = node.get("name");
            if (name != null && !name.isTextual() && !name.isNull()) {
                error(ProblemCode.EVIDENCE_WRONG_TYPE, placeOf("/country/name"), "country.name is " + describe(name) + ", not a string", null);
                valid = false;
            }
            List<String> memberships = new ArrayList<>();
            JsonNode list = node.get("memberships");
            if (list != null && !list.isNull()) {
                if (!list.isArray()) {
                    error(ProblemCode.EVIDENCE_WRONG_TYPE, placeOf("/country/memberships"), "country.memberships is " + describe(list) + ", not an array",
                            "write for example [\"CoE\", \"EU\"]");
                    valid = false;
                } else {
                    for (int i = 0; i < list.size(); i++) {
                        JsonNode member = list.get(i);
                        if (!member.isTextual()) {
                            error(ProblemCode.EVIDENCE_WRONG_TYPE, placeOf("/country/memberships/" + i), "membership is " + describe(member) + ", not a string", null);
                            valid = false;
                        } else {
                            memberships.add(member.asText());
                        }
                    }
                }
            }
            if (!valid) {
                return null;
            }
            return new Country(code.asText(), name == null || name.isNull() ? null : name.asText(), memberships);
        }

        /** The optional assessment object; null when absent or null. */
        private AssessmentInfo assessment(JsonNode node) {
            if (node == null || node.isNull()) {
                return null;
            }
            if (!node.isObject()) {
                error(ProblemCode.EVIDENCE_WRONG_TYPE, placeOf("/assessment"), "assessment is " + describe(node) + ", not an object",
                        "write {\"assessor\": \"...\", \"organisation\": \"...\", \"status\": \"draft\"}, each field optional");
                return null;
            }
            String assessor = optionalText(node, "/assessment", "assessor");
            String organisation = optionalText(node, "/assessment", "organisation");
            String word = optionalText(node, "/assessment", "status");
            AssessmentStatus status = null;
            if (word != null) {
                status = AssessmentStatus.parse(word).orElse(null);
                if (status == null) {
                    String hint = Suggestion.hint(word.strip().toLowerCase(java.util.Locale.ROOT), AssessmentStatus.ids());
                    error(ProblemCode.EVIDENCE_UNKNOWN_STATUS, placeOf("/assessment/status"), "assessment.status '" + Printable.abbreviate(word, 80)
                            + "' is not draft or final", hint != null ? hint : "write draft while the assessment is being made, final once it is");
                }
            }
            return new AssessmentInfo(assessor, organisation, status);
        }

        private LocalDate assessedOn(JsonNode node) {
            LocalDate date = parsedAssessedOn(node);
            if (date != null && !IsoDates.inRange(date)) {
                error(ProblemCode.EVIDENCE_BAD_DATE, placeOf("/assessedOn"), "assessedOn '" + Printable.abbreviate(node.asText()) + "' is outside " + IsoDates.RANGE,
                        "write the date the evidence describes, e.g. \"2026-06-30\"");
                return null;
            }
            return date;
        }

        private LocalDate parsedAssessedOn(JsonNode node) {
            if (node == null) {
                error(ProblemCode.EVIDENCE_MISSING_FIELD, placeOf(""), "assessedOn is missing", "add \"assessedOn\": \"yyyy-mm-dd\", the date the evidence describes");
                return null;
            }
            if (!node.isTextual()) {
                error(ProblemCode.EVIDENCE_WRONG_TYPE, placeOf("/assessedOn"), "assessedOn is " + describe(node) + ", not a date string", "write \"yyyy-mm-dd\"");
                return null;
            }
            try {
                return IsoDates.parse(node.asText());
            } catch (DateTimeParseException e) {
                error(ProblemCode.EVIDENCE_BAD_DATE, placeOf("/assessedOn"), "assessedOn '" + Printable.abbreviate(node.asText()) + "' is not a valid ISO date",
                        "write \"yyyy-mm-dd\" with a day that exists, e.g. \"2026-06-30\"");
                return null;
            }
        }

        private List<EvidenceItem> items(JsonNode node) {
            if (node == null) {
                error(ProblemCode.EVIDENCE_MISSING_FIELD, placeOf(""), "evidence is missing", "add \"evidence\": [ ... ], an array of {\"key\": ..., \"value\": ...}");
                return null;
            }
            if (!node.isArray()) {
                error(ProblemCode.EVIDENCE_WRONG_TYPE, placeOf("/evidence"), "evidence is " + describe(node) + ", not an array",
                        "write \"evidence\": [ ... ], an array of {\"key\": ..., \"value\": ...}");
                return null;
            }
            List<EvidenceItem> list = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                String pointer = "/evidence/" + i;
                JsonNode item = node.get(i);
                if (!item.isObject()) {
                    error(ProblemCode.EVIDENCE_WRONG_TYPE, placeOf(pointer), "evidence item is " + describe(item) + ", not an object",
                            "write {\"key\": \"...\", \"value\": ...}");
                    continue;
                }
                JsonNode key = item.get("key");
                if (key == null || !key.isTextual()) {
                    error(key == null ? ProblemCode.EVIDENCE_MISSING_FIELD : ProblemCode.EVIDENCE_WRONG_TYPE,
                            placeOf(key == null ? pointer : pointer + "/key"),
                            key == null ? "evidence item has no key" : "key is " + describe(key) + ", not a string",
                            "write {\"key\": \"...\", \"value\": ...}");
                    continue;
                }
                if (!item.has("value")) {
                    error(ProblemCode.EVIDENCE_MISSING_FIELD, placeOf(pointer), "evidence item " + Printable.abbreviate(key.asText(), 80) + " has no value",
                            "give a value, or null if it is not known");
                    continue;
                }
                String source = optionalText(item, pointer, "source");
                String note = optionalText(item, pointer, "note");
                Confidence confidence = confidence(item, pointer);
                list.add(new EvidenceItem(key.asText(), value(item.get("value")), source, note, confidence, placeOf(pointer + "/value")));
            }
            return list;
        }

        private Confidence confidence(JsonNode item, String pointer) {
            String word = optionalText(item, pointer, "confidence");
            if (word == null) {
                return null;
            }
            Optional<Confidence> confidence = Confidence.parse(word);
            if (confidence.isEmpty()) {
                error(ProblemCode.EVIDENCE_UNKNOWN_CONFIDENCE, placeOf(pointer + "/confidence"), ConfidenceWords.unknownMessage(word),
                        ConfidenceWords.unknownHint(word));
            }
            return confidence.orElse(null);
        }

        private String optionalText(JsonNode item, String pointer, String field) {
            JsonNode node = item.get(field);
            if (node == null || node.isNull()) {
                return null;
            }
            if (!node.isTextual()) {
                error(ProblemCode.EVIDENCE_WRONG_TYPE, placeOf(pointer + "/" + field), field + " is " + describe(node) + ", not a string",
                        "write the " + field + " as text in double quotes");
                return null;
            }
            return node.asText();
        }

        private static Object value(JsonNode node) {
            if (node.isNull()) {
                return null;
            }
            if (node.isBoolean()) {
                return node.booleanValue();
            }
            if (node.isNumber()) {
                return node.decimalValue();
            }
            if (node.isTextual()) {
                return node.asText();
            }
            if (node.isArray()) {
                List<Object> list = new ArrayList<>();
                node.forEach(element -> list.add(element.isArray() ? new JsonArrayValue() : value(element)));
                return list;
            }
            return new JsonObjectValue();
        }
    }

    /** Stands for a JSON object given as an evidence value, which no key type accepts. */
    static final class JsonObjectValue {
        @Override
        public String toString() {
            return "an object";
        }
    }

    /** Stands for a JSON array inside an array value, which no key type accepts. */
    static final class JsonArrayValue {
        @Override
        public String toString() {
            return "an array";
        }
    }

    static String describe(JsonNode node) {
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "an array";
        }
        if (node.isTextual()) {
            return "the string \"" + Printable.abbreviate(node.asText()) + "\"";
        }
        if (node.isNull()) {
            return "null";
        }
        return node.isBoolean() ? "the boolean " + node.asText() : "the number " + node.asText();
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
