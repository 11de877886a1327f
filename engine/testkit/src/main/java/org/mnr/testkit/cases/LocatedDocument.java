package org.mnr.testkit.cases;

import com.fasterxml.jackson.core.JsonFactory;
import org.mnr.engine.internal.evidence.EvidenceSyntax;
import org.mnr.engine.internal.evidence.YamlSyntax;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mnr.engine.evidence.Place;
import org.mnr.engine.evidence.EvidenceLimits;
import org.mnr.engine.evidence.Problem;

/**
 * A JSON or YAML document read into a tree that remembers the line and column of every value, so
 * that a problem found later can name its place in the file.
 *
 * @param file the file's name as the user gave it
 * @param root the document
 * @param places where each value is, by JSON pointer
 */
record LocatedDocument(String file, JsonNode root, Map<String, Place> places) {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /**
     * JSON and YAML are read with the engine's own parser settings for evidence ({@code EvidenceSyntax}), so a value reads
     * the same in a case as in an evidence file: only true and false are booleans (YAML 1.2), so that {@code yes} and
     * Norway's code {@code NO} stay text, and an empty value is null. Inline evidence is read again by the engine's
     * evidence reader from this tree. A syntax error is explained by the engine's {@code YamlSyntax}, in the same words.
     */
    private static final JsonFactory JSON = EvidenceSyntax.JSON.factory(EvidenceLimits.DEFAULTS);
    private static final JsonFactory YAML = EvidenceSyntax.YAML.factory(EvidenceLimits.DEFAULTS);

    /** Copies the places. */
    public LocatedDocument {
        places = Map.copyOf(places);
    }

    /** Reads a YAML file; YAML is a superset of JSON, so this reads JSON too, but with YAML's messages. */
    public static LocatedDocument readYaml(Path file) {
        return read(file, YAML);
    }

    /** Reads a JSON file. */
    public static LocatedDocument readJson(Path file) {
        return read(file, JSON);
    }

    /**
     * Where a value is: its own place, else its nearest enclosing value's, with the pointer kept.
     */
    public Place place(String pointer) {
        String at = pointer;
        while (true) {
            Place found = places.get(at);
            if (found != null) {
                return new Place(pointer, found.line(), found.column());
            }
            if (at.isEmpty()) {
                return Place.at(pointer);
            }
            at = at.substring(0, at.lastIndexOf('/'));
        }
    }

    /** A problem at a pointer of this document. */
    public Problem error(String pointer, String message, String hint) {
        return Problem.error(file, place(pointer), message, hint);
    }

    private static LocatedDocument read(Path path, JsonFactory factory) {
        String file = path.toString();
        byte[] bytes;
        long limit = EvidenceLimits.DEFAULTS.maxFileSize();
        try (InputStream in = Files.newInputStream(path)) {
            // Checked before and while reading, so that a huge file is refused rather than exhausting memory.
            bytes = Files.size(path) > limit ? null : in.readNBytes((int) limit + 1);
            if (bytes == null || bytes.length > limit) {
                throw InvalidCaseException.of(Problem.error(file, Place.at(""), "the file is larger than " + limit / (1024 * 1024)
                        + " MB, the most a case file may be", "split the case or give its evidence as a path to an evidence file"));
            }
        } catch (NoSuchFileException e) {
            throw InvalidCaseException.of(Problem.error(file, Place.at(""), "no such file", "check the path"));
        } catch (IOException e) {
            throw InvalidCaseException.of(Problem.error(file, Place.at(""), "cannot be read: " + e.getMessage(), null));
        }
        Reading reading = new Reading(file);
        try (JsonParser parser = factory.createParser(bytes)) {
            if (parser.nextToken() == null) {
                throw InvalidCaseException.of(Problem.error(file, Place.at(""), "the file is empty", null));
            }
            JsonNode root = reading.value(parser, "");
            if (parser.nextToken() != null) {
                reading.error(parser.currentTokenLocation(), "", "more content after the first document", "keep one document per file");
            }
            if (!reading.problems.isEmpty()) {
                throw new InvalidCaseException(reading.problems);
            }
            return new LocatedDocument(file, root, reading.places);
        } catch (JsonProcessingException e) {
            if (factory == YAML) {
                YamlSyntax.Explanation explained = YamlSyntax.explain(e);
                Place place = explained.line() > 0 ? new Place("", explained.line(), explained.column()) : Reading.place(e.getLocation(), "");
                reading.problems.add(Problem.error(file, place, "not valid YAML: " + explained.message(), explained.hint()));
            } else {
                String message = e.getOriginalMessage().replaceAll("\\s*\\R\\s*", " ");
                reading.error(e.getLocation(), "", "not valid JSON: " + message, null);
            }
            throw new InvalidCaseException(reading.problems);
        } catch (IOException e) {
            throw InvalidCaseException.of(Problem.error(file, Place.at(""), "cannot be read: " + e.getMessage(), null));
        }
    }

    /** The state of reading one document. */
    private static final class Reading {
        private final String file;
        private final Map<String, Place> places = new HashMap<>();
        private final List<Problem> problems = new ArrayList<>();

        Reading(String file) {
            this.file = file;
        }

        void error(JsonLocation location, String pointer, String message, String hint) {
            problems.add(Problem.error(file, place(location, pointer), message, hint));
        }

        static Place place(JsonLocation location, String pointer) {
            if (location == null || location.getLineNr() < 1) {
                return Place.at(pointer);
            }
            return new Place(pointer, location.getLineNr(), location.getColumnNr());
        }

        JsonNode value(JsonParser parser, String pointer) throws IOException {
            places.put(pointer, place(parser.currentTokenLocation(), pointer));
            JsonToken token = parser.currentToken();
            switch (token) {
                case START_OBJECT: {
                    ObjectNode object = NODES.objectNode();
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String name = parser.currentName();
                        String child = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
                        JsonLocation at = parser.currentTokenLocation();
                        parser.nextToken();
                        if (object.has(name)) {
                            error(at, child, "'" + name + "' is given twice in the same mapping", "keep one of them");
                            parser.skipChildren();
                        } else {
                            object.set(name, value(parser, child));
                        }
                    }
                    return object;
                }
                case START_ARRAY: {
                    ArrayNode array = NODES.arrayNode();
                    int index = 0;
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        array.add(value(parser, pointer + "/" + index++));
                    }
                    return array;
                }
                case VALUE_STRING:
                    return NODES.textNode(parser.getText());
                case VALUE_NUMBER_INT:
                    return NODES.numberNode(parser.getBigIntegerValue());
                case VALUE_NUMBER_FLOAT:
                    return NODES.numberNode(parser.getDecimalValue());
                case VALUE_TRUE:
                    return NODES.booleanNode(true);
                case VALUE_FALSE:
                    return NODES.booleanNode(false);
                case VALUE_NULL:
                    return NODES.nullNode();
                default:
                    error(parser.currentTokenLocation(), pointer, "unexpected " + token, null);
                    return NODES.nullNode();
            }
        }
    }
}
