package org.mnr.engine.evidence;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an evidence file's JSON or YAML into {@link Evidence}, checking its shape and remembering
 * where every value is, so that later problems can name the line and column.
 *
 * <p>It checks the document's structure only; whether keys and values fit the loaded packs'
 * vocabulary is {@link EvidenceValidator}'s job. Reading goes on after a problem, so one pass
 * reports all of them.
 */
public final class EvidenceReader {

    private static final Set<String> TOP_FIELDS = Set.of("country", "assessedOn", "evidence", "$schema");
    private static final Set<String> COUNTRY_FIELDS = Set.of("code", "name", "memberships");
    private static final Set<String> ITEM_FIELDS = Set.of("key", "value", "source", "note");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final EvidenceSyntax syntax;
    private final JsonFactory factory;

    /** A JSON reader with Jackson's default limits on nesting, string and number length. */
    public EvidenceReader() {
        this(EvidenceSyntax.JSON);
    }

    /** A JSON reader with the given limits. */
    public EvidenceReader(StreamReadConstraints constraints) {
        this(EvidenceSyntax.JSON, constraints);
    }

    /** A reader of the given syntax with Jackson's default limits. */
    public EvidenceReader(EvidenceSyntax syntax) {
        this(syntax, StreamReadConstraints.defaults());
    }

    /** A reader of the given syntax with the given limits. */
    public EvidenceReader(EvidenceSyntax syntax, StreamReadConstraints constraints) {
        this.syntax = syntax;
        this.factory = syntax.factory(constraints);
    }

    /** Reads one evidence document; {@code file} names it in problems. */
    public ParsedEvidence read(byte[] text, String file) {
        Session session = new Session(file, syntax);
        String shape = "an evidence file is " + syntax.document() + " with country, assessedOn and evidence";
        if (text.length == 0 || new String(text, StandardCharsets.UTF_8).isBlank()) {
            session.error(Place.at(""), "the file is empty", shape);
            return new ParsedEvidence(null, session.problems);
        }
        JsonNode root;
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                session.error(Place.at(""), "the file holds no " + syntax.displayName() + " value", shape);
                return new ParsedEvidence(null, session.problems);
            }
            root = session.readValue(parser, "");
            if (parser.nextToken() != null) {
                session.error(session.place(parser.currentTokenLocation(), ""), "more content after " + syntax.document(),
                        "an evidence file holds exactly one document");
            }
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            String message = e.getOriginalMessage().replaceAll("\\s*\\R\\s*", " ");
            session.error(session.place(location, ""), "not valid " + syntax.displayName() + ": " + message, null);
            return new ParsedEvidence(null, session.problems);
        } catch (IOException e) {
            session.error(Place.at(""), "cannot be read: " + e.getMessage(), null);
            return new ParsedEvidence(null, session.problems);
        }
        return session.parsed(root);
    }

    /** The state of reading one file. */
    private static final class Session {
        private final String file;
        private final EvidenceSyntax syntax;
        private final List<Problem> problems = new ArrayList<>();
        private final Map<String, Place> places = new HashMap<>();

        Session(String file, EvidenceSyntax syntax) {
            this.file = file;
            this.syntax = syntax;
        }

        void error(Place place, String message, String hint) {
            problems.add(Problem.error(file, place, message, hint));
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

        /** The places of the document's own fields, outside the items, which carry theirs. */
        Map<String, Place> documentPlaces() {
            Map<String, Place> document = new HashMap<>();
            places.forEach((pointer, place) -> {
                if (pointer.startsWith("/country") || pointer.equals("/assessedOn")) {
                    document.put(pointer, place);
                }
            });
            return document;
        }

        JsonNode readValue(JsonParser parser, String pointer) throws IOException {
            places.put(pointer, place(parser.currentTokenLocation(), pointer));
            JsonToken token = parser.currentToken();
            switch (token) {
                case START_OBJECT: {
                    ObjectNode object = NODES.objectNode();
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String name = parser.currentName();
                        String child = pointer + "/" + escape(name);
                        Place namePlace = place(parser.currentTokenLocation(), child);
                        parser.nextToken();
                        if (object.has(name)) {
                            error(namePlace, "field '" + name + "' is given twice in the same object", "keep one of them");
                            skip(parser);
                        } else {
                            object.set(name, readValue(parser, child));
                        }
                    }
                    return object;
                }
                case START_ARRAY: {
                    ArrayNode array = NODES.arrayNode();
                    int index = 0;
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        array.add(readValue(parser, pointer + "/" + index++));
                    }
                    return array;
                }
                case VALUE_STRING:
                    return NODES.textNode(parser.getText());
                case VALUE_NUMBER_INT:
                    return NODES.numberNode(new BigDecimal(parser.getBigIntegerValue()));
                case VALUE_NUMBER_FLOAT:
                    return NODES.numberNode(parser.getDecimalValue());
                case VALUE_TRUE:
                    return NODES.booleanNode(true);
                case VALUE_FALSE:
                    return NODES.booleanNode(false);
                case VALUE_NULL:
                    return NODES.nullNode();
                default:
                    // YAML tagged values such as !!binary: no key type takes them.
                    error(placeOf(pointer), "a value of a kind evidence does not use (" + token + ")",
                            "write a boolean, number, string, list or null");
                    return NODES.nullNode();
            }
        }

        private static void skip(JsonParser parser) throws IOException {
            parser.skipChildren();
        }

        ParsedEvidence parsed(JsonNode root) {
            if (!root.isObject()) {
                error(placeOf(""), "the document is " + describe(root) + ", not " + syntax.document(),
                        "an evidence file is " + syntax.document() + " with country, assessedOn and evidence");
                return new ParsedEvidence(null, problems);
            }
            unknownFields(root, "", TOP_FIELDS);
            Country country = country(root.get("country"));
            LocalDate assessedOn = assessedOn(root.get("assessedOn"));
            List<EvidenceItem> items = items(root.get("evidence"));
            if (country == null || assessedOn == null || items == null) {
                List<String> memberships = country == null ? List.of() : country.memberships();
                return new ParsedEvidence(null, new ParsedEvidence.Partial(items == null ? List.of() : items, memberships), problems);
            }
            return new ParsedEvidence(new Evidence(country, assessedOn, items, file, documentPlaces()), problems);
        }

        private Country country(JsonNode node) {
            if (node == null) {
                error(placeOf(""), "country is missing", "add \"country\": {\"code\": \"XA\", \"name\": \"...\"}");
                return null;
            }
            if (!node.isObject()) {
                error(placeOf("/country"), "country is " + describe(node) + ", not an object", "write {\"code\": \"XA\"}");
                return null;
            }
            unknownFields(node, "/country", COUNTRY_FIELDS);
            JsonNode code = node.get("code");
            boolean valid = true;
            if (code == null) {
                error(placeOf("/country"), "country.code is missing", "give an ISO 3166-1 alpha-2 code, or XA to XZ for a fictional country");
                valid = false;
            } else if (!code.isTextual()) {
                error(placeOf("/country/code"), "country.code is " + describe(code) + ", not a string", null);
                valid = false;
            }
            JsonNode name = node.get("name");
            if (name != null && !name.isTextual() && !name.isNull()) {
                error(placeOf("/country/name"), "country.name is " + describe(name) + ", not a string", null);
                valid = false;
            }
            List<String> memberships = new ArrayList<>();
            JsonNode list = node.get("memberships");
            if (list != null && !list.isNull()) {
                if (!list.isArray()) {
                    error(placeOf("/country/memberships"), "country.memberships is " + describe(list) + ", not an array",
                            "write for example [\"CoE\", \"EU\"]");
                    valid = false;
                } else {
                    for (int i = 0; i < list.size(); i++) {
                        JsonNode member = list.get(i);
                        if (!member.isTextual()) {
                            error(placeOf("/country/memberships/" + i), "membership is " + describe(member) + ", not a string", null);
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

        private LocalDate assessedOn(JsonNode node) {
            if (node == null) {
                error(placeOf(""), "assessedOn is missing", "add \"assessedOn\": \"yyyy-mm-dd\", the date the evidence describes");
                return null;
            }
            if (!node.isTextual()) {
                error(placeOf("/assessedOn"), "assessedOn is " + describe(node) + ", not a date string", "write \"yyyy-mm-dd\"");
                return null;
            }
            try {
                return IsoDates.parse(node.asText());
            } catch (DateTimeParseException e) {
                error(placeOf("/assessedOn"), "assessedOn '" + node.asText() + "' is not a valid ISO date", "write \"yyyy-mm-dd\", e.g. \"2026-06-30\"");
                return null;
            }
        }

        private List<EvidenceItem> items(JsonNode node) {
            if (node == null) {
                error(placeOf(""), "evidence is missing", "add \"evidence\": [ ... ], an array of {\"key\": ..., \"value\": ...}");
                return null;
            }
            if (!node.isArray()) {
                error(placeOf("/evidence"), "evidence is " + describe(node) + ", not an array", null);
                return null;
            }
            List<EvidenceItem> items = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                String pointer = "/evidence/" + i;
                JsonNode item = node.get(i);
                if (!item.isObject()) {
                    error(placeOf(pointer), "evidence item is " + describe(item) + ", not an object",
                            "write {\"key\": \"...\", \"value\": ...}");
                    continue;
                }
                unknownFields(item, pointer, ITEM_FIELDS);
                JsonNode key = item.get("key");
                if (key == null || !key.isTextual()) {
                    error(placeOf(key == null ? pointer : pointer + "/key"),
                            key == null ? "evidence item has no key" : "key is " + describe(key) + ", not a string", null);
                    continue;
                }
                if (!item.has("value")) {
                    error(placeOf(pointer), "evidence item " + key.asText() + " has no value", "give a value, or null if it is not known");
                    continue;
                }
                String source = optionalText(item, pointer, "source");
                String note = optionalText(item, pointer, "note");
                items.add(new EvidenceItem(key.asText(), value(item.get("value")), source, note, placeOf(pointer + "/value")));
            }
            return items;
        }

        private String optionalText(JsonNode item, String pointer, String field) {
            JsonNode node = item.get(field);
            if (node == null || node.isNull()) {
                return null;
            }
            if (!node.isTextual()) {
                error(placeOf(pointer + "/" + field), field + " is " + describe(node) + ", not a string", null);
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
                node.forEach(element -> list.add(value(element)));
                return list;
            }
            return new JsonObjectValue();
        }

        private void unknownFields(JsonNode node, String pointer, Set<String> known) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
                String name = names.next();
                if (!known.contains(name)) {
                    String where = pointer.isEmpty() ? "the document" : pointer.substring(1).replace('/', '.');
                    String hint = Suggestion.hint(name, known.stream().filter(k -> !k.startsWith("$")).toList());
                    error(placeOf(pointer + "/" + escape(name)), "unknown field '" + name + "' in " + where,
                            hint != null ? hint : "known fields: " + String.join(", ", known.stream().filter(k -> !k.startsWith("$")).sorted().toList()));
                }
            }
        }
    }

    /** Stands for a JSON object given as an evidence value, which no key type accepts. */
    static final class JsonObjectValue {
        @Override
        public String toString() {
            return "an object";
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
            return "the string \"" + abbreviate(node.asText()) + "\"";
        }
        if (node.isNull()) {
            return "null";
        }
        return node.isBoolean() ? "the boolean " + node.asText() : "the number " + node.asText();
    }

    static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 37) + "..." : text;
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
