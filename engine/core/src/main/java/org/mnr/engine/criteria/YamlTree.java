package org.mnr.engine.criteria;

import org.mnr.engine.internal.evidence.EvidenceSyntax;
import org.mnr.engine.internal.evidence.YamlSyntax;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML document as a tree whose every node knows its line and column, so that problems can be placed
 * exactly where the author wrote them.
 *
 * <p>Jackson's data binding forgets where values came from and words its errors for programmers, so the
 * criteria reader walks this tree instead and writes its own messages.
 */
final class YamlTree {

    /** Evidence's YAML settings, so that a value in a condition reads as the same value in evidence. */
    private static final JsonFactory FACTORY = EvidenceSyntax.YAML.factory();

    private YamlTree() {
    }

    /** A node of the tree. */
    sealed interface Node {
        /** Where the node starts. */
        Where where();
    }

    /**
     * A mapping, its fields in the order written.
     *
     * @param where where it starts
     * @param fields its fields by name
     */
    record MapNode(Where where, Map<String, Field> fields) implements Node {
    }

    /**
     * One field of a mapping.
     *
     * @param name the field's name
     * @param where where the name is written
     * @param value its value
     */
    record Field(String name, Where where, Node value) {
    }

    /**
     * A sequence.
     *
     * @param where where it starts
     * @param items its items in order
     */
    record ListNode(Where where, List<Node> items) implements Node {
    }

    /**
     * A scalar: a {@link Boolean}, a {@link BigDecimal}, a {@link String}, or null for YAML's null.
     *
     * @param where where it is written
     * @param value its value
     */
    record Scalar(Where where, Object value) implements Node {
    }

    /**
     * A parsed document, or the problems that stop it being one.
     *
     * @param root the document's root, or null when it is empty or cannot be read
     * @param problems what is wrong with its syntax
     */
    record Parsed(Node root, List<CriteriaProblem> problems) {
    }

    static Parsed parse(String file, byte[] bytes) {
        List<CriteriaProblem> problems = new ArrayList<>();
        try (JsonParser parser = FACTORY.createParser(bytes)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new Parsed(null, problems);
            }
            Node root = node(file, parser, problems);
            return new Parsed(root, problems);
        } catch (JsonProcessingException e) {
            YamlSyntax.Explanation explained = YamlSyntax.explain(e);
            if (explained.tab()) {
                problems.add(new CriteriaProblem(new Where(file, explained.line(), explained.column()), explained.message() + ": "
                        + YamlSyntax.TAB_HINT));
                return new Parsed(null, problems);
            }
            problems.add(new CriteriaProblem(where(file, e.getLocation()),
                    "this is not valid YAML: check the indentation, that every field is written 'name: value',"
                            + " and put text holding ': ' or ' #' in quotes"));
            return new Parsed(null, problems);
        } catch (IOException e) {
            // Reading from bytes fails only on the encoding.
            problems.add(new CriteriaProblem(new Where(file, 0, 0), "cannot be read as UTF-8 text; save the file as UTF-8"));
            return new Parsed(null, problems);
        }
    }

    private static Node node(String file, JsonParser parser, List<CriteriaProblem> problems) throws IOException {
        Where where = where(file, parser.currentTokenLocation());
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT: {
                Map<String, Field> fields = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    Where at = where(file, parser.currentTokenLocation());
                    parser.nextToken();
                    Node value = node(file, parser, problems);
                    if (fields.putIfAbsent(name, new Field(name, at, value)) != null) {
                        problems.add(new CriteriaProblem(at, "'" + name + "' is given twice here; keep one"));
                    }
                }
                return new MapNode(where, fields);
            }
            case START_ARRAY: {
                List<Node> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(node(file, parser, problems));
                }
                return new ListNode(where, items);
            }
            case VALUE_TRUE:
                return new Scalar(where, Boolean.TRUE);
            case VALUE_FALSE:
                return new Scalar(where, Boolean.FALSE);
            case VALUE_NULL:
                return new Scalar(where, null);
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                try {
                    return new Scalar(where, parser.getDecimalValue());
                } catch (NumberFormatException | JsonProcessingException e) {
                    problems.add(new CriteriaProblem(where, "'" + parser.getText() + "' is not a number a criterion can use"));
                    return new Scalar(where, null);
                }
            case VALUE_STRING:
                return new Scalar(where, parser.getText());
            default:
                problems.add(new CriteriaProblem(where, "this value cannot be used in a criteria file; write plain text, a number,"
                        + " true or false"));
                return new Scalar(where, null);
        }
    }

    private static Where where(String file, JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return new Where(file, 0, 0);
        }
        return new Where(file, location.getLineNr(), Math.max(location.getColumnNr(), 0));
    }
}
