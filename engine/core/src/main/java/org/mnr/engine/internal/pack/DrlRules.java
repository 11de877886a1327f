package org.mnr.engine.internal.pack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;
import org.kie.internal.builder.conf.LanguageLevelOption;
import org.mnr.engine.pack.PackProblem;

/**
 * The hand-written rules of a DRL file, as Drools' own parser reads them: each rule's name, line, metadata and
 * text. Their conditions stay the rules' own; only criteria files state conditions as data. Shared by lint and by
 * the fingerprints of base criteria that variants record (issue 16).
 */
public final class DrlRules {

    /**
     * One hand-written rule.
     *
     * @param name its name, the criterion id
     * @param file the DRL file
     * @param line the line of {@code rule}
     * @param metadata its metadata, as written
     * @param text its conditions and consequence ({@code when ... then ...}) without comments, every run of white
     *     space one space, so that only a change of what the rule does changes it
     */
    public record DrlRule(String name, String file, int line, Map<String, Object> metadata, String text) {
    }

    /**
     * What one DRL file holds.
     *
     * @param rules the rules, in file order
     * @param problems its syntax errors
     */
    public record Parsed(List<DrlRule> rules, List<PackProblem> problems) {
    }

    private DrlRules() {
    }

    /** Parses one DRL file; {@code file} names it in problems. */
    public static Parsed parse(String file, String text) {
        DrlParser parser = new DrlParser(LanguageLevelOption.DRL6);
        PackageDescr descr;
        try {
            descr = parser.parse(false, text);
        } catch (DroolsParserException e) {
            return new Parsed(List.of(), List.of(new PackProblem(file, 0, "the DRL cannot be parsed: " + e.getMessage())));
        }
        List<PackProblem> problems = new ArrayList<>();
        for (DroolsError error : parser.getErrors()) {
            int line = error instanceof ParserError parserError ? parserError.getRow() : first(error.getLines());
            problems.add(new PackProblem(file, Math.max(line, 0), error.getMessage().strip().replaceAll("\\s*\\R\\s*", " ")));
        }
        if (descr == null || !problems.isEmpty()) {
            return new Parsed(List.of(), problems);
        }
        List<DrlRule> rules = new ArrayList<>();
        for (RuleDescr rule : descr.getRules()) {
            Map<String, Object> metadata = new LinkedHashMap<>();
            for (AnnotationDescr annotation : rule.getAnnotations()) {
                metadata.put(annotation.getName(), annotation.getSingleValue());
            }
            rules.add(new DrlRule(rule.getName(), file, rule.getLine(), metadata, body(text, rule)));
        }
        return new Parsed(rules, problems);
    }

    /**
     * A rule's conditions and consequence, normalised. The parser gives the conditions' place in the file and the
     * consequence as text; the metadata is left out, since the fingerprint records weight and title on their own.
     */
    private static String body(String source, RuleDescr rule) {
        int start = rule.getLhs() == null ? -1 : rule.getLhs().getStartCharacter();
        int end = rule.getLhs() == null ? -1 : rule.getLhs().getEndCharacter();
        String when = start >= 0 && end >= start && end < source.length() ? source.substring(start, end + 1) : "";
        Object then = rule.getConsequence();
        return "when " + normalise(when) + " then " + normalise(then == null ? "" : then.toString());
    }

    /** Drops comments (outside string literals) and makes every run of white space one space. */
    static String normalise(String code) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'') {
                int close = i + 1;
                while (close < code.length() && code.charAt(close) != c) {
                    close += code.charAt(close) == '\\' ? 2 : 1;
                }
                close = Math.min(close, code.length() - 1);
                out.append(code, i, close + 1);
                i = close + 1;
            } else if (code.startsWith("//", i)) {
                int eol = code.indexOf('\n', i);
                i = eol < 0 ? code.length() : eol;
            } else if (code.startsWith("/*", i)) {
                int close = code.indexOf("*/", i + 2);
                i = close < 0 ? code.length() : close + 2;
                out.append(' ');
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString().strip().replaceAll("\\s+", " ");
    }

    private static int first(int[] lines) {
        return lines == null || lines.length == 0 ? 0 : lines[0];
    }
}
