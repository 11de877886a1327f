package org.mnr.engine.internal.lint;

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
 * The hand-written rules of a DRL file, as Drools' own parser reads them: each rule's name, line and
 * metadata. Their conditions stay the rules' own; only criteria files state conditions as data.
 */
final class DrlRules {

    /**
     * One hand-written rule.
     *
     * @param name its name, the criterion id
     * @param file the DRL file
     * @param line the line of {@code rule}
     * @param metadata its metadata, as written
     */
    record DrlRule(String name, String file, int line, Map<String, Object> metadata) {
    }

    /**
     * What one DRL file holds.
     *
     * @param rules the rules, in file order
     * @param problems its syntax errors
     */
    record Parsed(List<DrlRule> rules, List<PackProblem> problems) {
    }

    private DrlRules() {
    }

    static Parsed parse(String file, String text) {
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
            rules.add(new DrlRule(rule.getName(), file, rule.getLine(), metadata));
        }
        return new Parsed(rules, problems);
    }

    private static int first(int[] lines) {
        return lines == null || lines.length == 0 ? 0 : lines[0];
    }
}
