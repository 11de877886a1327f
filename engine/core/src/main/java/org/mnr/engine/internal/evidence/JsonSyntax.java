package org.mnr.engine.internal.evidence;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import org.mnr.engine.evidence.Wording;
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

    /** What is wrong, with how to fix it as its hint, in words that can be said in another language. */
    record Explanation(Wording wording) {
    }

    private static final String START = "\\(for (Array|Object) starting at \\[.*?line: (\\d+), column: (\\d+)\\]\\)";
    private static final String MARKER = "start marker at \\[.*?line: (\\d+), column: (\\d+)\\]";

    private static final List<Rule> RULES = List.of(
            rule("Unexpected end-of-input: expected close marker for (Array|Object) \\(" + MARKER + "\\)",
                    m -> explain("evidence.json.end-before-close", m.group(2), m.group(3)).with(the(m.group(1)))),
            rule("Unexpected end-of-input(: was expecting closing quote for a string value| in VALUE_STRING| in character escape).*",
                    m -> explain("evidence.json.end-in-string")),
            rule("Unexpected end-of-input ?(No digit following sign|expected a digit).*",
                    m -> explain("evidence.json.end-in-number")),
            rule("Unexpected end-of-input within/between (Array|Object) entries.*",
                    m -> explain("evidence.json.end-in").with(an(m.group(1)))),
            rule("Unexpected end-of-input.*", m -> explain("evidence.json.end")),
            rule("Unexpected close marker '(.)': expected '(.)' " + START,
                    m -> explain("evidence.json.wrong-close", m.group(1), m.group(2), m.group(4), m.group(5)).with(the(m.group(3)))),
            rule("Unexpected close marker '(.)': no open .*",
                    m -> explain("evidence.json.close-nothing", m.group(1))),
            rule("Unexpected character \\('\\}' \\(code [^)]*\\)\\): was expecting double-quote to start field name",
                    m -> explain("evidence.json.comma-brace")),
            rule("Unexpected character \\(']' \\(code [^)]*\\)\\): expected a (valid )?value.*",
                    m -> explain("evidence.json.comma-bracket")),
            rule("Unexpected character \\(''' \\(code [^)]*\\)\\): was expecting double-quote to start field name",
                    m -> explain("evidence.json.single-quotes")),
            rule("Unexpected character \\('(.*?)' \\(code [^)]*\\)\\): was expecting double-quote to start field name",
                    m -> explain("evidence.json.field-name", m.group(1))),
            rule("Unexpected character \\('/' \\(code [^)]*\\)\\): maybe a \\(non-standard\\) comment.*",
                    m -> explain("evidence.json.comment")),
            rule("Unexpected character \\('(.*?)' \\(code [^)]*\\)\\): was expecting comma to separate (Array|Object) entries",
                    m -> explain("evidence.json.comma." + kind(m.group(2)), m.group(1))),
            rule("Unexpected character \\('(.*?)' \\(code [^)]*\\)\\): was expecting a colon to separate field name and value",
                    m -> explain("evidence.json.colon", m.group(1))),
            rule("Unexpected character \\('(.*?)' \\(code [^)]*\\)\\): expected a (valid )?value.*",
                    m -> explain("evidence.json.value", m.group(1))),
            rule("Unexpected character \\('(.*?)' \\(code [^)]*\\)\\) in numeric value: (.*?)(: enable .*)?",
                    m -> explain("evidence.json.in-number", m.group(1), lower(m.group(2)))),
            rule("Unexpected character \\('(.*?)' \\(code [^)]*\\)\\): (.*)",
                    m -> explain("evidence.json.unexpected", m.group(1), clean(m.group(2)))),
            rule("Unrecognized token '(.*?)': was expecting .*",
                    m -> explain("evidence.json.token", m.group(1))),
            rule("Non-standard token '(.*?)'.*",
                    m -> explain("evidence.json.non-standard", m.group(1))),
            rule("Invalid numeric value: (.*)", m -> explain("evidence.json.invalid-number", lower(clean(m.group(1))))),
            rule("Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\): has to be escaped.*",
                    m -> explain("evidence.json.control-in-string").with(control(m.group(1)))),
            rule("Illegal character \\(\\(CTRL-CHAR, code (\\d+)\\)\\): .*",
                    m -> explain("evidence.json.control-between").with(control(m.group(1)))),
            rule("Unrecognized character escape (.*?) \\(code [^)]*\\)",
                    m -> explain("evidence.json.escape", m.group(1).replace("'", ""))),
            rule("Unexpected character \\((.*?)\\): expected a hex-digit for character escape sequence",
                    m -> explain("evidence.json.hex")));

    private JsonSyntax() {
    }

    /** What is wrong, in plain words. */
    static Explanation explain(JsonProcessingException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().strip().replaceAll("\\s*\\R\\s*", " ");
        for (Rule rule : RULES) {
            Matcher matcher = rule.pattern().matcher(original);
            if (matcher.matches()) {
                return new Explanation(rule.explanation().apply(matcher));
            }
        }
        return new Explanation(explain("evidence.json.other", clean(original)));
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

    /** "the array" or "the object", to say in the problem's language. */
    private static Wording the(String jacksonKind) {
        return Wording.of("evidence.json.the-" + kind(jacksonKind));
    }

    /** "an array" or "an object". */
    private static Wording an(String jacksonKind) {
        return Wording.of("evidence.is." + kind(jacksonKind));
    }

    private static Wording control(String code) {
        int c = Integer.parseInt(code);
        return c == 10 || c == 13 ? Wording.of("evidence.json.line-break") : c == 9 ? Wording.of("evidence.json.tab")
                : Wording.of("evidence.json.control", String.format(Locale.ROOT, "U+%04X", c));
    }

    private static String lower(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static Wording explain(String key, String... arguments) {
        return Wording.of(key, arguments);
    }

    private static Rule rule(String regex, Function<Matcher, Wording> explanation) {
        return new Rule(Pattern.compile(regex, Pattern.DOTALL), explanation);
    }

    private record Rule(Pattern pattern, Function<Matcher, Wording> explanation) {
    }
}
