package org.mnr.engine.internal.evidence;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.mnr.engine.evidence.Place;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Says in plain words what is wrong with malformed YAML, and where: the YAML parser's messages quote its own
 * grammar ({@code <block end>}) over several lines, and Jackson places them where it last was, not at the fault.
 */
public final class YamlSyntax {

    /** The hint for a tab, in every file the project reads YAML from. */
    public static final String TAB_HINT = "use spaces, not tabs, to indent";

    /**
     * A message, a hint, and the line and column of the fault (1-based), or 0 when not known.
     *
     * @param message what is wrong, in the user's terms
     * @param hint what to do, or null
     * @param line the line, or 0
     * @param column the column, or 0
     */
    public record Explanation(String message, String hint, int line, int column) {

        /** Whether the fault is a tab where YAML allows only spaces. */
        public boolean tab() {
            return TAB_HINT.equals(hint);
        }
    }

    private YamlSyntax() {
    }

    /** What is wrong with the YAML a parser refused, in the user's terms. */
    public static Explanation explain(JsonProcessingException e) {
        MarkedYAMLException marked = marked(e);
        String problem = marked != null && marked.getProblem() != null ? marked.getProblem() : firstLine(e.getOriginalMessage());
        Mark mark = marked == null ? null : marked.getProblemMark() != null ? marked.getProblemMark() : marked.getContextMark();
        int line = mark == null ? 0 : mark.getLine() + 1;
        int column = mark == null ? 0 : mark.getColumn() + 1;
        String lower = problem.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("tab")) {
            return new Explanation("a tab where YAML allows only spaces", TAB_HINT, line, column);
        }
        if (lower.contains("could not find expected ':'")) {
            return new Explanation("a key without ':' after it, or a key longer than YAML allows (1024 characters)",
                    "write each field as 'name: value', with a short name", line, column);
        }
        if (lower.contains("mapping values are not allowed")) {
            return new Explanation("a ':' where a value was expected", "put quotes around a value that holds ': '", line, column);
        }
        if (lower.contains("expected <block end>") || lower.contains("expected <block mapping start>")
                || lower.contains("expected ',' or ']'") || lower.contains("expected ',' or '}'")) {
            return new Explanation("this line does not fit the lines above it",
                    "indent list items and fields consistently, close every [ and {, and quote text that holds ?, : or #", line, column);
        }
        if (lower.contains("found unexpected end of stream") || lower.contains("end of stream")) {
            return new Explanation("the file ends inside a value", "the file may be cut short; close every quote, [ and {", line, column);
        }
        if (lower.contains("unknown escape") || lower.contains("expected escape sequence")) {
            return new Explanation("an escape in a double-quoted string that YAML does not know",
                    "write \\\\ for a backslash, or use single quotes", line, column);
        }
        return new Explanation("the structure is broken here (" + words(problem) + ")",
                "check the indentation, quotes and brackets of this line and the one before", line, column);
    }

    /** The place of the fault, or the given place when the parser did not say. */
    static Place place(Explanation explanation, Place fallback) {
        return explanation.line() > 0 ? new Place(fallback.pointer(), explanation.line(), explanation.column()) : fallback;
    }

    private static MarkedYAMLException marked(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException marked) {
                return marked;
            }
        }
        return null;
    }

    /** The parser's problem without its grammar's names. */
    private static String words(String problem) {
        return Printable.escape(problem.replace("<block end>", "the end of a block").replace("<block mapping start>", "a field")
                .replace("<block sequence start>", "a list").replace("<flow mapping end>", "'}'").replace("<flow sequence end>", "']'")
                .replaceAll("<[a-z ]+>", "something else").replace("(TAB)", "").trim());
    }

    private static String firstLine(String message) {
        String text = String.valueOf(message);
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
