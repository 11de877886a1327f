package org.mnr.engine.internal.planning;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mnr.engine.internal.lint.KeySegments;
import org.mnr.engine.pack.Pack;
import org.mnr.engine.planning.Need;

/**
 * Reads, from each rule's DRL text, what its conditions require of each evidence key: the values
 * and thresholds they compare with, key by key through {@link KeySegments}.
 */
public final class RuleNeeds {

    private static final Pattern RULE = Pattern.compile("rule\\s+\"([^\"]+)\"(.*?)\\bthen\\b", Pattern.DOTALL);
    private static final Pattern WHEN = Pattern.compile("\\bwhen\\b");
    private static final Pattern FLAG = Pattern.compile("\\bflag\\s*==\\s*(true|false)");
    private static final Pattern NUMBER = Pattern.compile("\\bnumber\\s*(>=|<=|==|>|<)\\s*(-?\\d+(?:\\.\\d+)?)");
    private static final Pattern TEXT_EQUALS = Pattern.compile("\\btext\\s*==\\s*\"([^\"]*)\"");
    private static final Pattern TEXT_IN = Pattern.compile("\\btext\\s+in\\s*\\(([^)]*)\\)");
    private static final Pattern MEMBER = Pattern.compile("\\bmembers\\s+contains\\s+\"([^\"]*)\"");
    private static final Pattern WITHIN_YEARS = Pattern.compile("\\bwithinYears\\s*\\(\\s*(\\d+)\\s*\\)");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern CAPABILITY_LEVEL =
            Pattern.compile("CapabilityLevel\\s*\\(\\s*capability\\s*==\\s*(\\d+)\\s*,\\s*level\\s*>=\\s*(\\d+)");

    /** One key comparison of a rule, before a date makes it concrete. */
    private record Comparison(String key, String kind, List<String> operands) {
    }

    /**
     * A level another capability must reach for a rule's condition to hold.
     *
     * @param capability the capability
     * @param level the lowest level that will do
     */
    public record LevelNeed(int capability, int level) {
    }

    private final Map<String, List<Comparison>> byRule;
    private final Map<String, List<LevelNeed>> levelsByRule;

    private RuleNeeds(Map<String, List<Comparison>> byRule, Map<String, List<LevelNeed>> levelsByRule) {
        this.byRule = byRule;
        this.levelsByRule = levelsByRule;
    }

    /** Reads the DRL files of the packs; a pack whose DRL cannot be read contributes nothing. */
    public static RuleNeeds of(List<Pack> packs) {
        Map<String, List<Comparison>> byRule = new HashMap<>();
        Map<String, List<LevelNeed>> levelsByRule = new HashMap<>();
        for (Pack pack : packs) {
            for (String file : pack.descriptor().rules()) {
                String text;
                try {
                    text = new String(pack.resources().read(file), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    continue;
                }
                Matcher rule = RULE.matcher(text);
                while (rule.find()) {
                    byRule.put(pack.id() + "/" + rule.group(1), comparisons(rule.group(2)));
                    List<LevelNeed> levels = new ArrayList<>();
                    Matcher level = CAPABILITY_LEVEL.matcher(rule.group(2));
                    while (level.find()) {
                        levels.add(new LevelNeed(Integer.parseInt(level.group(1)), Integer.parseInt(level.group(2))));
                    }
                    levelsByRule.put(pack.id() + "/" + rule.group(1), levels);
                }
            }
        }
        return new RuleNeeds(byRule, levelsByRule);
    }

    /** The levels of other capabilities a rule's condition requires. */
    public List<LevelNeed> levelNeeds(String pack, String rule) {
        return levelsByRule.getOrDefault(pack + "/" + rule, List.of());
    }

    private static List<Comparison> comparisons(String block) {
        Matcher when = WHEN.matcher(block);
        String lhs = when.find() ? block.substring(when.end()) : block;
        List<Comparison> found = new ArrayList<>();
        for (KeySegments.Segment key : KeySegments.of(lhs, 0)) {
            String segment = key.text();
            String name = key.key();
            Matcher m = FLAG.matcher(segment);
            if (m.find()) {
                found.add(new Comparison(name, "flag", List.of(m.group(1))));
            }
            m = NUMBER.matcher(segment);
            while (m.find()) {
                found.add(new Comparison(name, m.group(1), List.of(m.group(2))));
            }
            m = TEXT_EQUALS.matcher(segment);
            if (m.find()) {
                found.add(new Comparison(name, "oneOf", List.of(m.group(1))));
            }
            m = TEXT_IN.matcher(segment);
            if (m.find()) {
                List<String> values = new ArrayList<>();
                Matcher quoted = QUOTED.matcher(m.group(1));
                while (quoted.find()) {
                    values.add(quoted.group(1));
                }
                found.add(new Comparison(name, "oneOf", values));
            }
            List<String> members = new ArrayList<>();
            m = MEMBER.matcher(segment);
            while (m.find()) {
                members.add(m.group(1));
            }
            if (!members.isEmpty()) {
                found.add(new Comparison(name, "includes", members));
            }
            m = WITHIN_YEARS.matcher(segment);
            if (m.find()) {
                found.add(new Comparison(name, "withinYears", List.of(m.group(1))));
            }
        }
        return found;
    }

    /**
     * What a rule needs of each key it compares, for a country assessed on the given date.
     *
     * @param pack the pack whose rule it is
     * @param rule the rule's name
     * @param assessedOn the assessment date, which makes {@code withinYears} concrete
     * @param current the country's current value of each key, to extend sets rather than replace them
     */
    public List<Need> needs(String pack, String rule, LocalDate assessedOn, Map<String, Object> current) {
        List<Need> needs = new ArrayList<>();
        for (Comparison comparison : byRule.getOrDefault(pack + "/" + rule, List.of())) {
            needs.add(need(comparison, assessedOn, current.get(comparison.key())));
        }
        return needs;
    }

    private static Need need(Comparison c, LocalDate assessedOn, Object current) {
        String key = c.key();
        switch (c.kind()) {
            case "flag":
                return new Need(key, c.operands().get(0), Boolean.valueOf(c.operands().get(0)));
            case ">=":
                return new Need(key, "at least " + c.operands().get(0), new BigDecimal(c.operands().get(0)));
            case ">":
                return new Need(key, "more than " + c.operands().get(0), new BigDecimal(c.operands().get(0)).add(BigDecimal.ONE));
            case "<=":
                return new Need(key, "at most " + c.operands().get(0), new BigDecimal(c.operands().get(0)));
            case "<":
                return new Need(key, "less than " + c.operands().get(0), new BigDecimal(c.operands().get(0)).subtract(BigDecimal.ONE));
            case "==":
                return new Need(key, "exactly " + c.operands().get(0), new BigDecimal(c.operands().get(0)));
            case "oneOf":
                return new Need(key, c.operands().size() == 1 ? c.operands().get(0) : "one of " + String.join(", ", c.operands()),
                        c.operands().get(0));
            case "includes": {
                Set<String> members = new LinkedHashSet<>();
                if (current instanceof List<?> list) {
                    list.forEach(m -> members.add(String.valueOf(m)));
                }
                members.addAll(c.operands());
                return new Need(key, "includes " + String.join(", ", c.operands()), List.copyOf(members));
            }
            case "withinYears": {
                int years = Integer.parseInt(c.operands().get(0));
                LocalDate from = assessedOn.minusYears(years);
                return new Need(key, "dated from " + from + " to " + assessedOn + " (within " + years + " years)", assessedOn.toString());
            }
            default:
                return new Need(key, c.kind(), null);
        }
    }
}
