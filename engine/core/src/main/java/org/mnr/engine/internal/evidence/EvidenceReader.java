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
import org.mnr.engine.evidence.Wording;

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

    /** The document an evidence file is in this syntax, as a phrase: {@code a JSON object}. */
    private Wording document() {
        return document(syntax);
    }

    static Wording document(EvidenceSyntax syntax) {
        return Wording.of("evidence.document." + syntax.name().toLowerCase(Locale.ROOT));
    }

    /** A problem of the whole file, with the shape of an evidence file as its hint. */
    private Wording shaped(String key, String... arguments) {
        return Wording.of(key, arguments).with(document());
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
            return failed(ProblemCode.EVIDENCE_UNREADABLE, name, Place.at(""), Wording.of("evidence.file.directory"));
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx") || lower.endsWith(".xls") || lower.endsWith(".ods")) {
            return failed(ProblemCode.EVIDENCE_FORMAT_UNSUPPORTED, name, Place.at(""),
                    Wording.of("evidence.file.spreadsheet-here", EvidenceFormats.WORKBOOK_ARTIFACT));
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
            return failed(ProblemCode.EVIDENCE_UNREADABLE, name, Place.at(""), Wording.of("evidence.file.missing"));
        } catch (AccessDeniedException e) {
            return failed(ProblemCode.EVIDENCE_UNREADABLE, name, Place.at(""), Wording.of("evidence.file.denied"));
        } catch (IOException e) {
            return failed(ProblemCode.EVIDENCE_UNREADABLE, name, Place.at(""), Wording.of("evidence.file.unreadable", Printable.escape(String.valueOf(e.getMessage()))));
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
            return failed(ProblemCode.EVIDENCE_UNREADABLE, name, Place.at(""), Wording.of("evidence.file.unreadable", Printable.escape(String.valueOf(e.getMessage()))));
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
            return failed(ProblemCode.EVIDENCE_EMPTY, file, start, shaped("evidence.file.empty"));
        }
        Utf8Text.Decoded decoded = Utf8Text.decode(json);
        if (decoded.text() == null) {
            return failed(ProblemCode.EVIDENCE_UNREADABLE, file, decoded.place(), decoded.wording());
        }
        String text = decoded.text();
        if (text.isBlank()) {
            return failed(ProblemCode.EVIDENCE_EMPTY, file, start, shaped("evidence.file.blank"));
        }
        Session session = new Session(file, limits, syntax);
        if (syntax == EvidenceSyntax.YAML) {
            session.refuseYamlAnchors(text);
        }
        JsonNode root;
        try (JsonParser parser = factory.createParser(text)) {
            try {
                if (parser.nextToken() == null) {
                    session.error(ProblemCode.EVIDENCE_EMPTY, Place.at(""), shaped("evidence.file.no-value", syntax.displayName()));
                    return session.failed();
                }
                root = session.readRoot(parser);
                if (root.isObject() && parser.nextToken() != null) {
                    session.error(ProblemCode.EVIDENCE_EMPTY, session.place(parser.currentTokenLocation(), ""),
                            Wording.of("evidence.file.more-content." + syntax.name().toLowerCase(Locale.ROOT)));
                }
            } catch (StreamConstraintsException e) {
                // The start of the value that is too long or too deep, rather than where the parser gave up.
                session.overLimit(e, parser.currentTokenLocation(), Session.pointer(parser));
                return session.failed();
            } catch (LimitExceeded e) {
                session.error(e.limit.code(), e.place, e.wording);
                return session.failed();
            } catch (JsonProcessingException e) {
                if (syntax == EvidenceSyntax.YAML) {
                    YamlSyntax.Explanation explanation = YamlSyntax.explain(e);
                    session.error(ProblemCode.EVIDENCE_SYNTAX, YamlSyntax.place(explanation, session.place(e.getLocation(), Session.pointer(parser))),
                            syntaxWording("evidence.syntax.yaml", List.of(), explanation.wording()));
                    return session.failed();
                }
                JsonSyntax.Explanation explanation = JsonSyntax.explain(e);
                session.error(ProblemCode.EVIDENCE_SYNTAX, session.place(e.getLocation(), Session.pointer(parser)),
                        syntaxWording("evidence.syntax", List.of(syntax.displayName()), explanation.wording()));
                return session.failed();
            }
        } catch (IOException e) {
            session.error(ProblemCode.EVIDENCE_UNREADABLE, Place.at(""), Wording.of("evidence.file.unreadable", Printable.escape(String.valueOf(e.getMessage()))));
            return session.failed();
        }
        return session.parsed(root);
    }

    /**
     * A syntax problem: the explanation of what is wrong after "not valid JSON: ", and its hint as the problem's hint,
     * both said in the problem's language.
     */
    private static Wording syntaxWording(String key, List<String> arguments, Wording explanation) {
        if (!ProblemTexts.has(explanation.key() + ".hint")) {
            return new Wording(key + ".unhinted", arguments, List.of(explanation));
        }
        return new Wording(key, arguments, List.of(explanation, new Wording(explanation.key() + ".hint", explanation.arguments(),
                explanation.phrases())));
    }

    private ParsedEvidence tooLarge(String file, long size) {
        EvidenceLimits.Limit limit = EvidenceLimits.Limit.FILE_SIZE;
        return failed(limit.code(), file, Place.at(""), size < 0 ? LimitWords.over("evidence.limit.file-larger", limits, limit)
                : LimitWords.over("evidence.limit.file-size", limits, limit, ByteSizes.format(size)));
    }

    private static ParsedEvidence failed(ProblemCode code, String file, Place place, Wording wording) {
        return new ParsedEvidence(null, null, List.of(Problem.error(code, file, place, wording)), file, Map.of());
    }

    /** A limit of {@link EvidenceLimits} that Jackson does not check itself, exceeded: reading stops. */
    private static final class LimitExceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient EvidenceLimits.Limit limit;
        private final transient Place place;
        private final transient Wording wording;

        LimitExceeded(EvidenceLimits.Limit limit, Place place, Wording wording) {
            super(ProblemTexts.english(wording), null, false, false);
            this.limit = limit;
            this.place = place;
            this.wording = wording;
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

        void error(ProblemCode code, Place place, Wording wording) {
            if (problems.size() < MAX_LISTED_PROBLEMS) {
                problems.add(Problem.error(code, file, place, wording));
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
            all.add(Problem.error(ProblemCode.EVIDENCE_TOO_MANY_PROBLEMS, file, Place.at(""),
                    Wording.of("evidence.too-many", Integer.toString(unlisted))));
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
                what = "evidence.limit.depth";
            } else if (original.startsWith("String value length") || original.startsWith("Name length")) {
                limit = EvidenceLimits.Limit.STRING_LENGTH;
                what = original.startsWith("Name") ? "evidence.limit.name-length" : "evidence.limit.string-length";
            } else if (original.startsWith("Number value length") || original.startsWith("BigDecimal scale")) {
                limit = EvidenceLimits.Limit.NUMBER_LENGTH;
                what = "evidence.limit.number-length";
            } else if (original.startsWith("Document length")) {
                limit = EvidenceLimits.Limit.FILE_SIZE;
                what = "evidence.limit.file-larger";
            } else {
                error(ProblemCode.EVIDENCE_SYNTAX, place(location, pointer), Wording.of("evidence.limit.other", JsonSyntax.clean(original)));
                return;
            }
            error(limit.code(), place(location, pointer), LimitWords.over(what, limits, limit));
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
                    error(ProblemCode.EVIDENCE_WRONG_TYPE, placeOf(pointer), Wording.of("evidence.value.kind", String.valueOf(token)));
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
                    error(ProblemCode.EVIDENCE_SYNTAX, namePlace, Wording.of("evidence.yaml.merge-key"));
                    skip(parser);
                } else if (!known.contains(name)) {
                    unknownField(namePlace, pointer, name, known);
                    skip(parser);
                } else if (!seen.add(name)) {
                    error(ProblemCode.EVIDENCE_DUPLICATE_FIELD, namePlace, Wording.of("evidence.field.twice", name));
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
                        LimitWords.over("evidence.limit.items", limits, EvidenceLimits.Limit.ITEMS));
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
                error(ProblemCode.EVIDENCE_SYNTAX, here, Wording.of("evidence.yaml.alias", Printable.abbreviate(yaml.getText())));
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
                                Wording.of("evidence.yaml.anchor", Printable.abbreviate(node.getAnchor())));
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
                error(ProblemCode.EVIDENCE_LIMIT_STRING_LENGTH, placeOf(pointer),
                        LimitWords.over("evidence.limit.string-length", limits, EvidenceLimits.Limit.STRING_LENGTH));
                return NODES.nullNode();
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
                if (paired) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    error(ProblemCode.EVIDENCE_SYNTAX, placeOf(pointer), Wording.of("evidence.string.surrogate",
                            String.format(Locale.ROOT, "\\u%04X", (int) c)));
                    return NODES.nullNode();
                }
            }
            return NODES.textNode(text);
        }

        /** A number, as long as written out in full it stays within the maximum number length. */
        private JsonNode number(JsonParser parser, String pointer) throws IOException {
            String literal = parser.getText();
            if (syntax == EvidenceSyntax.YAML && !DECIMAL.matcher(literal).matches()) {
                Wording other = yamlOnlyNumber(literal, parser);
                if (other != null) {
                    error(ProblemCode.EVIDENCE_BAD_NUMBER, placeOf(pointer), Wording.of("evidence.number.yaml", Printable.abbreviate(literal)).with(other));
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
                error(ProblemCode.EVIDENCE_BAD_NUMBER, placeOf(pointer), Wording.of("evidence.number.not-finite", Printable.abbreviate(literal)));
                return NODES.nullNode();
            }
            if (number == null || writtenLength(number) > limits.maxNumberLength()) {
                error(ProblemCode.EVIDENCE_LIMIT_NUMBER_LENGTH, placeOf(pointer),
                        LimitWords.over("evidence.limit.number-written", limits, EvidenceLimits.Limit.NUMBER_LENGTH, Printable.abbreviate(literal)));
                return NODES.nullNode();
            }
            return NODES.numberNode(number);
        }

        /** What is wrong with a number in a form YAML has and JSON does not, or null when it is in none of them. */
        private static Wording yamlOnlyNumber(String literal, JsonParser parser) throws IOException {
            String digits = literal.replaceFirst("^[-+]", "");
            String value = null;
            try {
                Number number = parser.getNumberValue();
                value = number == null ? null : new BigDecimal(number.toString()).toPlainString();
            } catch (IOException | NumberFormatException e) {
                value = null;
            }
            if (digits.contains("_")) {
                return value == null ? Wording.of("evidence.number.underscores.example", literal.replace("_", ""))
                        : Wording.of("evidence.number.underscores", value);
            }
            String base = digits.startsWith("0x") || digits.startsWith("0X") ? "hexadecimal"
                    : digits.startsWith("0b") ? "binary" : digits.startsWith("0o") || digits.matches("0[0-7]+") ? "octal" : null;
            if (base == null) {
                return null;
            }
            return value == null ? Wording.of("evidence.number." + base) : Wording.of("evidence.number." + base + ".value", value);
        }

        private static long writtenLength(BigDecimal number) {
            long integerDigits = (long) number.precision() - number.scale();
            return Math.max(integerDigits, 1) + Math.max(number.scale(), 0);
        }

        private void unknownField(Place place, String pointer, String name, Set<String> known) {
            String where = pointer.isEmpty() ? "" : pointer.substring(1).replace('/', '.');
            List<String> names = known.stream().filter(k -> !k.startsWith("$")).sorted().toList();
            Wording hint = Suggestion.closest(name, names).map(Suggestion::phrase)
                    .orElse(Wording.of("evidence.field.known", String.join(", ", names)));
            error(ProblemCode.EVIDENCE_UNKNOWN_FIELD, place, Wording.of("evidence.field.unknown", Printable.abbreviate(name, 80))
                    .with(pointer.isEmpty() ? Wording.of("evidence.field.in-document") : Wording.of("evidence.place", where)).with(hint));
        }

        ParsedEvidence parsed(JsonNode root) {
            if (!root.isObject()) {
                error(ProblemCode.EVIDENCE_WRONG_TYPE, placeOf(""), Wording.of("evidence.document.wrong")
                        .with(root.isNumber() ? Wording.of("evidence.is.a-number") : phrase(root)).with(document(syntax)));
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
                error(ProblemCode.EVIDENCE_MISSING_FIELD, placeOf(""), Wording.of("evidence.country.missing"));
                return null;
            }
            if (!node.isObject()) {
                error(ProblemCode.EVIDENCE_WRONG_TYPE, placeOf("/country"), Wording.of("evidence.country.not-object").with(phrase(node)));
                return null;
            }
            JsonNode code = node.get("code");
            boolean valid = true;
            if (code == null) {
                error(ProblemCode.EVIDENCE_MISSING_FIELD, placeOf("/country"), Wording.of("evidence.country.code.missing"));
                valid = false;
            } else if (!code.isTextual()) {
                error(ProblemCode.EVIDENCE_WRONG_TYPE, placeOf("/country/code"), Wording.of("evidence.country.code.not-string").with(phrase(code)));
                valid = false;
            }
            JsonNode name = node.get("name");
            if (name != null && !name.isTextual() && !name.isNull()) {
                error(ProblemCode.EVIDENCE_WRONG_TYPE, placeOf("/country/name"), Wording.of("evidence.country.name.not-string").with(phrase(name)));
                valid = false;
            }
            List<String> memberships = new ArrayList<>();
            JsonNode list = node.get("memberships");
            if (list != null && !list.isNull()) {
                if (!list.isArray()) {
                    error(ProblemCode.EVIDENCE_WRONG_TYPE, placeOf("/country/memberships"),
                            Wording.of("evidence.country.memberships.not-array").with(phrase(list)));
                    valid = false;
                } else {
                    for (int i = 0; i < list.size(); i++) {
                        JsonNode member = list.get(i);
                        if (!member.isTextual()) {
                            error(ProblemCode.EVIDENCE_WRONG_TYPE, placeOf("/country/memberships/" + i),
                                    Wording.of("evidence.membership.not-string").with(phrase(member)));
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
                error(ProblemCode.EVIDENCE_WRONG_TYPE, placeOf("/assessment"), Wording.of("evidence.assessment.not-object").with(phrase(node)));
                return null;
            }
            String assessor = optionalText(node, "/assessment", "assessor");
            String organisation = optionalText(node, "/assessment", "organisation");
            String word = optionalText(node, "/assessment", "status");
            AssessmentStatus status = null;
            if (word != null) {
                status = AssessmentStatus.parse(word).orElse(null);
                if (status == null) {
                    Wording hint = Suggestion.closest(word.strip().toLowerCase(java.util.Locale.ROOT), AssessmentStatus.ids())
                            .map(Suggestion::phrase).orElse(Wording.of("evidence.assessment.status.what"));
                    error(ProblemCode.EVIDENCE_UNKNOWN_STATUS, placeOf("/assessment/status"),
                            Wording.of("evidence.assessment.status", Printable.abbreviate(word, 80)).with(hint));
                }
            }
            return new AssessmentInfo(assessor, organisation, status);
        }

        private LocalDate assessedOn(JsonNode node) {
            LocalDate date = parsedAssessedOn(node);
            if (date != null && !IsoDates.inRange(date)) {
                error(ProblemCode.EVIDENCE_BAD_DATE, placeOf("/assessedOn"), Wording.of("evidence.assessedOn.outside", Printable.abbreviate(node.asText()),
                        Integer.toString(IsoDates.FIRST_YEAR), Integer.toString(IsoDates.LAST_YEAR)));
                return null;
            }
            return date;
        }

        private LocalDate parsedAssessedOn(JsonNode node) {
            if (node == null) {
                error(ProblemCode.EVIDENCE_MISSING_FIELD, placeOf(""), Wording.of("evidence.assessedOn.missing"));
                return null;
            }
            if (!node.isTextual()) {
                error(ProblemCode.EVIDENCE_WRONG_TYPE, placeOf("/assessedOn"), Wording.of("evidence.assessedOn.not-string").with(phrase(node)));
                return null;
            }
            try {
                return IsoDates.parse(node.asText());
            } catch (DateTimeParseException e) {
                error(ProblemCode.EVIDENCE_BAD_DATE, placeOf("/assessedOn"), Wording.of("evidence.assessedOn.bad", Printable.abbreviate(node.asText())));
                return null;
            }
        }

        private List<EvidenceItem> items(JsonNode node) {
            if (node == null) {
                error(ProblemCode.EVIDENCE_MISSING_FIELD, placeOf(""), Wording.of("evidence.evidence.missing"));
                return null;
            }
            if (!node.isArray()) {
                error(ProblemCode.EVIDENCE_WRONG_TYPE, placeOf("/evidence"), Wording.of("evidence.evidence.not-array").with(phrase(node)));
                return null;
            }
            List<EvidenceItem> list = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                String pointer = "/evidence/" + i;
                JsonNode item = node.get(i);
                if (!item.isObject()) {
                    error(ProblemCode.EVIDENCE_WRONG_TYPE, placeOf(pointer), Wording.of("evidence.item.not-object").with(phrase(item)));
                    continue;
                }
                JsonNode key = item.get("key");
                if (key == null || !key.isTextual()) {
                    error(key == null ? ProblemCode.EVIDENCE_MISSING_FIELD : ProblemCode.EVIDENCE_WRONG_TYPE,
                            placeOf(key == null ? pointer : pointer + "/key"),
                            key == null ? Wording.of("evidence.item.no-key") : Wording.of("evidence.item.key.not-string").with(phrase(key)));
                    continue;
                }
                if (!item.has("value")) {
                    error(ProblemCode.EVIDENCE_MISSING_FIELD, placeOf(pointer), Wording.of("evidence.item.no-value", Printable.abbreviate(key.asText(), 80)));
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
                error(ProblemCode.EVIDENCE_UNKNOWN_CONFIDENCE, placeOf(pointer + "/confidence"), ConfidenceWords.wording(word));
            }
            return confidence.orElse(null);
        }

        private String optionalText(JsonNode item, String pointer, String field) {
            JsonNode node = item.get(field);
            if (node == null || node.isNull()) {
                return null;
            }
            if (!node.isTextual()) {
                error(ProblemCode.EVIDENCE_WRONG_TYPE, placeOf(pointer + "/" + field), Wording.of("evidence.field.not-string", field).with(phrase(node)));
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
        return ProblemTexts.english(phrase(node));
    }

    /** A value as a phrase of a problem ("the string "x""), to say in the problem's language. */
    static Wording phrase(JsonNode node) {
        if (node.isObject()) {
            return Wording.of("evidence.is.object");
        }
        if (node.isArray()) {
            return Wording.of("evidence.is.array");
        }
        if (node.isTextual()) {
            return Wording.of("evidence.is.string", Printable.abbreviate(node.asText()));
        }
        if (node.isNull()) {
            return Wording.of("evidence.is.null");
        }
        return node.isBoolean() ? Wording.of("evidence.is.boolean", node.asText()) : Wording.of("evidence.is.number", node.asText());
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
