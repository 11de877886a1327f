package org.mnr.engine.internal.evidence;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says in plain words what is wrong with malformed JSON, and how to fix it, from what the JSON parser
 * reports: the parser's own messages name its classes and features, which mean nothing to the person
 * who typed the file.
 */
final class JsonSyntax {

    /** A message and a hint. */
    record Explanation(String message, String hint) {
    }

    private static final String TRUNCATED = "the file may be cut short; check that it was saved or copied whole";
    private static final String START = "\\(for (Array|Object) starting at \\[.*?line: (\\d+), column: (\\d+)\\]\\)";
    private static final String MARKER = "start marker at \\[.*?line: (\\d+), column: (\\d+)\\]";

    private static final List<Rule> RULES = List.of(
            rule("Unexpected end-of-input: expected close marker for (Array|Object) \\(" + MARKER + "\\)",
                    m -> explain("the file ends before the " + kind(m.group(1)) + " opened at " + m.group(2) + ":" + m.group(3)
                            + " is closed", TRUNCATED)),
            rule("Unexpected end-of-input(: was expecting closing quote for a string value| in VALUE_STRING| in character escape).*",
                    m -> explain("the file ends inside a string", TRUNCATED)),
            rule("Unexpected end-of-input ?(No digit following sign|expected a digit).*",
                    m -> explain("the file ends inside a number", TRUNCATED)),
            rule("Unexpected end-of-input within/between (Array|Object) entries.*",
                    m -> explain("the file ends inside an " + kind(m.group(1)), TRUNCATED)),
            rule("Unexpected end-of-input.*", m -> explain("the file ends too early", TRUNCATED)),
            rule("Unexpected close marker '(.)': expected '(.)' " + START,
                    m -> explain("'" + m.group(1) + "' where '" + m.group(2) + "' should close the " + kind(m.group(3)) + " opened at "
                            + m.group(4) + ":" + m.group(5), "close arrays with ] and objects with }")),
            rule("Unexpected close marker '(.)': no open .*",
                    m -> explain("'" + m.group(1) + "' closes nothing", "remove it, or the extra content after the document's closing }")),
            rule("Unexpected character \\('\\}' \\(code [^)]*\\)\\): was expecting double-quote to start field name",
                    m -> explain("a comma before '}' leaves an empty field", "remove the last comma of the object")),
            rule("Unexpected character \\(']' \\(code [^)]*\\)\\): expected a (valid )?value.*",
                    m -> explain("a comma before ']' leaves an empty item", "remove the last comma of the array")),
            rule("Unexpected character \\(''' \\(code [^)]*\\)\\): was expecting double-quote to start field name",
                    m -> explain("a field name in single quotes", "JSON writes names and text in double quotes: \"key\"")),
            rule("Unexpected character \\('(.*?)' \\(code [^)]*\\)\\): was expecting double-quote to start field name",
                    m -> explain("'" + m.group(1) + "' where a field name in double quotes should be",
                            "JSON writes names in double quotes: \"key\"")),
            rule("Unexpected character \\('/' \\(code [^)]*\\)\\): maybe a \\(non-standard\\) comment.*",
                    m -> explain("JSON has no comments", "remove the comment, or put the text in an item's \"note\"")),
            rule("Unexpected character \\('(.*?)' \\(code [^)]*\\)\\): was expecting comma to separate (Array|Object) entries",
                    m -> explain("'" + m.group(1) + "' where a comma should separate the " + kind(m.group(2)) + "'s "
                            + ("Array".equals(m.group(2)) ? "items" : "fields"), "add the missing comma")),
            rule("Unexpected character \\('(.*?)' \\(code [^)]*\\)\\): was expecting a colon to separate field name and value",
                    m -> explain("'" + m.group(1) + "' where a colon should follow the field name", "write \"name\": value")),
            rule("Unexpected character \\('(.*?)' \\(code [^)]*\\)\\): expected a (valid )?value.*",
                    m -> explain("'" + m.group(1) + "' where a value should be",
                            "a value is a string in double quotes, a number, true, false, null, an array or an object")),
            rule("Unexpected character \\('(.*?)' \\(code [^)]*\\)\\) in numeric value: (.*?)(: enable .*)?",
                    m -> explain("'" + m.group(1) + "' in a number: " + lower(m.group(2)), "write numbers like 36, -2 or 0.5")),
            rule("Unexpected character \\('(.*?)' \\(code [^)]*\\)\\): (.*)",
                    m -> explain("unexpected '" + m.group(1) + "': " + clean(m.group(2)), null)),
            rule("Unrecognized token '(.*?)': was expecting .*",
                    m -> explain("'" + m.group(1) + "' is not a JSON value",
                            "write text in double quotes, and true, false and null in lower case")),
            rule("Non-standard token '(.*?)'.*",
                    m -> explain("'" + m.group(1) + "' is not a JSON number", "give a number, or null if it is not known")),
            rule("Invalid numeric value: (.*)", m -> explain("invalid number: " + lower(clean(m.group(1))), "write numbers like 36, -2 or 0.5")),
            rule("Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\): has to be escaped.*",
                    m -> explain(control(m.group(1)) + " inside a string", "write a line break in a string as \\n and a tab as \\t")),
            rule("Illegal character \\(\\(CTRL-CHAR, code (\\d+)\\)\\): .*",
                    m -> explain(control(m.group(1)) + " between values", "only spaces, tabs and line breaks may separate values")),
            rule("Unrecognized character escape (.*?) \\(code [^)]*\\)",
                    m -> explain("\\" + m.group(1).replace("'", "") + " is not a JSON escape", "write a backslash in a string as \\\\")),
            rule("Unexpected character \\((.*?)\\): expected a hex-digit for character escape sequence",
                    m -> explain("a \\u escape needs four hex digits", "write for example \\u00e9")));

    private JsonSyntax() {
    }

    /** What is wrong, in plain words. */
    static Explanation explain(JsonProcessingException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().strip().replaceAll("\\s*\\R\\s*", " ");
        for (Rule rule : RULES) {
            Matcher matcher = rule.pattern().matcher(original);
            if (matcher.matches()) {
                return rule.explanation().apply(matcher);
            }
        }
        return explain(clean(original), null);
    }

    /** The parser's message without its class, feature and source names. */
    static String clean(String message) {
        return message.replaceAll(" ?\\(code [^)]*\\)", "")
                .replaceAll("\\[Source: [^\\]]*?line: (\\d+), column: (\\d+)\\]", "$1:$2")
                .replaceAll(":? ?enable `[^`]*` to allow", "")
                .replaceAll(" ?\\(not recognized[^)]*\\)", "")
                .replaceAll(",? ?from `[^`]*`", "")
                .replace("`", "'");
    }

    private static String kind(String jacksonKind) {
        return "Array".equals(jacksonKind) ? "array" : "object";
    }

    private static String control(String code) {
        int c = Integer.parseInt(code);
        return c == 10 || c == 13 ? "a line break" : c == 9 ? "a tab" : String.format(Locale.ROOT, "the control character U+%04X", c);
    }

    private static String lower(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static Explanation explain(String message, String hint) {
        return new Explanation(message, hint);
    }

    private static Rule rule(String regex, Function<Matcher, Explanation> explanation) {
        return new Rule(Pattern.compile(regex, Pattern.DOTALL), explanation);
    }

    private record Rule(Pattern pattern, Function<Matcher, Explanation> explanation) {
    }
}
