package org.mnr.engine.internal.lint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * Reads what a DRL file's rules compare, from its text: which evidence keys, through which accessors,
 * with which values, and which capability levels.
 *
 * <p>Each key's comparisons are found in its {@link KeySegments segment}; that is enough to catch a key
 * compared as the wrong type.
 */
final class DrlScanner {

    private static final Pattern CAPABILITY = Pattern.compile("CapabilityLevel\\s*\\(\\s*capability\\s*==\\s*(\\d+)");
    private static final Pattern ACCESSOR = Pattern.compile("\\b(flag|number|text|date|members|withinYears)\\b");
    private static final Pattern TEXT_EQUALS = Pattern.compile("\\btext\\s*[!=]=\\s*\"([^\"]*)\"");
    private static final Pattern TEXT_IN = Pattern.compile("\\btext\\s+(?:not\\s+)?in\\s*\\(([^)]*)\\)");
    private static final Pattern MEMBER = Pattern.compile("\\bmembers\\s+(?:not\\s+)?contains\\s+\"([^\"]*)\"");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern WHEN = Pattern.compile("\\bwhen\\b");

    /**
     * What one DRL file holds.
     *
     * @param rules the rules, in file order
     * @param problems its syntax errors
     */
    record Scan(List<ScannedRule> rules, List<PackProblem> problems) {
    }

    private DrlScanner() {
    }

    static Scan scan(String file, String text) {
        DrlParser parser = new DrlParser(LanguageLevelOption.DRL6);
        PackageDescr descr;
        try {
            descr = parser.parse(false, text);
        } catch (DroolsParserException e) {
            return new Scan(List.of(), List.of(new PackProblem(file, 0, "DRL cannot be parsed: " + e.getMessage())));
        }
        List<PackProblem> problems = new ArrayList<>();
        for (DroolsError error : parser.getErrors()) {
            int line = error instanceof ParserError parserError ? parserError.getRow() : first(error.getLines());
            problems.add(new PackProblem(file, Math.max(line, 0), error.getMessage().strip().replaceAll("\\s*\\R\\s*", " ")));
        }
        if (descr == null || !problems.isEmpty()) {
            return new Scan(List.of(), problems);
        }
        String[] lines = text.split("\\R", -1);
        List<ScannedRule> rules = new ArrayList<>();
        for (RuleDescr rule : descr.getRules()) {
            Map<String, Object> metadata = new LinkedHashMap<>();
            for (AnnotationDescr annotation : rule.getAnnotations()) {
                metadata.put(annotation.getName(), annotation.getSingleValue());
            }
            int start = rule.getLine();
            int end = rule.getConsequenceLine() > 0 ? rule.getConsequenceLine() : Math.min(lines.length, rule.getEndLine());
            String block = String.join("\n", Arrays.asList(lines).subList(Math.max(0, start - 1), Math.max(start - 1, end - 1)));
            Matcher when = WHEN.matcher(block);
            int offset = when.find() ? when.end() : 0;
            rules.add(new ScannedRule(rule.getName(), file, start, metadata, keys(block, offset, start), capabilities(block)));
        }
        return new Scan(rules, problems);
    }

    private static List<ScannedRule.KeyUse> keys(String block, int offset, int firstLine) {
        List<ScannedRule.KeyUse> uses = new ArrayList<>();
        for (KeySegments.Segment key : KeySegments.of(block, offset)) {
            String segment = key.text();
            String unquoted = QUOTED.matcher(segment).replaceAll("\"\"");
            Set<String> accessors = new LinkedHashSet<>();
            Matcher accessor = ACCESSOR.matcher(unquoted);
            while (accessor.find()) {
                accessors.add(accessor.group(1).equals("withinYears") ? "date" : accessor.group(1));
            }
            List<String> values = new ArrayList<>();
            collect(TEXT_EQUALS.matcher(segment), values);
            Matcher in = TEXT_IN.matcher(segment);
            while (in.find()) {
                collect(QUOTED.matcher(in.group(1)), values);
            }
            collect(MEMBER.matcher(segment), values);
            int line = firstLine + (int) block.substring(0, key.start()).chars().filter(c -> c == '\n').count();
            uses.add(new ScannedRule.KeyUse(key.key(), line, List.copyOf(accessors), values));
        }
        return uses;
    }

    private static void collect(Matcher matcher, List<String> into) {
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }

    private static List<Integer> capabilities(String block) {
        List<Integer> found = new ArrayList<>();
        Matcher matcher = CAPABILITY.matcher(block);
        while (matcher.find()) {
            found.add(Integer.parseInt(matcher.group(1)));
        }
        return found;
    }

    private static int first(int[] lines) {
        return lines == null || lines.length == 0 ? 0 : lines[0];
    }
}
