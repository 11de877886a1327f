package org.mnr.engine.internal.evidence;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.mnr.engine.evidence.Place;
import org.mnr.engine.evidence.Wording;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Says in plain words what is wrong with malformed YAML, and where: the YAML parser's messages quote its own
 * grammar ({@code <block end>}) over several lines, and Jackson places them where it last was, not at the fault.
 */
public final class YamlSyntax {

    /** The hint for a tab, in every file the project reads YAML from. */
    public static final String TAB_HINT = ProblemTexts.englishHint(Wording.of("evidence.yaml.tab")).orElseThrow();

    /**
     * What is wrong, in words that can be said in another language, and the line and column of the fault (1-based), or
     * 0 when not known.
     *
     * @param wording what is wrong, in the user's terms, with what to do as its hint
     * @param line the line, or 0
     * @param column the column, or 0
     */
    public record Explanation(Wording wording, int line, int column) {

        /** What is wrong, in English. */
        public String message() {
            return ProblemTexts.english(wording);
        }

        /** What to do, in English, or null. */
        public String hint() {
            return ProblemTexts.englishHint(wording).orElse(null);
        }

        /** Whether the fault is a tab where YAML allows only spaces. */
        public boolean tab() {
            return wording.key().equals("evidence.yaml.tab");
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
            return new Explanation(Wording.of("evidence.yaml.tab"), line, column);
        }
        if (lower.contains("could not find expected ':'")) {
            return new Explanation(Wording.of("evidence.yaml.no-colon"), line, column);
        }
        if (lower.contains("mapping values are not allowed")) {
            return new Explanation(Wording.of("evidence.yaml.colon"), line, column);
        }
        if (lower.contains("expected <block end>") || lower.contains("expected <block mapping start>")
                || lower.contains("expected ',' or ']'") || lower.contains("expected ',' or '}'")) {
            return new Explanation(Wording.of("evidence.yaml.misfit"), line, column);
        }
        if (lower.contains("found unexpected end of stream") || lower.contains("end of stream")) {
            return new Explanation(Wording.of("evidence.yaml.end"), line, column);
        }
        if (lower.contains("unknown escape") || lower.contains("expected escape sequence")) {
            return new Explanation(Wording.of("evidence.yaml.escape"), line, column);
        }
        return new Explanation(Wording.of("evidence.yaml.broken", words(problem)), line, column);
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
