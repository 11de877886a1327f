package org.mnr.engine.internal.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mnr.engine.internal.criteria.DrlAgainst;
import org.mnr.engine.model.Criterion;
import org.mnr.engine.model.RuleRef;

/**
 * Reads a criterion from the metadata on its rule.
 *
 * <p>A criterion rule is named by its id and carries {@code @capability(N) @level(L) @weight(W)
 * @title("...") @reads("key, key")}, plus {@code @dependsOn("N")} when it reads another capability's
 * level. A variant's rule that replaces a base criterion (named with the base criterion's id) may carry
 * {@code @against("w1 t3f2a9c1e c9b1e77aa")}, the fingerprint of the base criterion it was written against
 * ({@link DrlAgainst}), as a criteria file's {@code against:} does. Drools hands metadata values over as numbers
 * or as strings, quoted or not, depending on how
 * the rule was compiled, so each value is normalised here.
 */
public final class CriterionMetadata {

    /** A base criterion id, e.g. {@code C01.L1.coordination-body}; a variant adds {@code COE.} in front. */
    public static final Pattern ID = DrlAgainst.CRITERION_ID;

    /** The metadata keys a criterion rule carries. */
    public static final List<String> KEYS = List.of("capability", "level", "weight", "title", "reads", "dependsOn", "against");

    private CriterionMetadata() {
    }

    /** The criterion a rule of a base pack defines, or the list of what is wrong with its metadata. */
    public static Result read(RuleRef rule, Map<String, Object> metadata) {
        return read(rule, metadata, false);
    }

    /**
     * The criterion a rule defines, or the list of what is wrong with its metadata.
     *
     * @param inVariant whether the rule is a variant's, so that one named with a base criterion's id (no prefix) is a
     *     replacement and may record {@code @against}
     */
    public static Result read(RuleRef rule, Map<String, Object> metadata, boolean inVariant) {
        List<String> problems = new ArrayList<>();
        Matcher id = ID.matcher(rule.name());
        if (!id.matches()) {
            problems.add("rule name '" + rule.name() + "' is not a criterion id like C01.L1.short-name");
        }
        DrlAgainst.problem(metadata, inVariant && DrlAgainst.replaces(rule.name())).ifPresent(problems::add);
        Optional<Integer> capability = integer(metadata, "capability", problems);
        Optional<Integer> level = integer(metadata, "level", problems);
        Optional<Integer> weight = metadata.containsKey("weight") ? integer(metadata, "weight", problems) : Optional.of(1);
        String title = text(metadata.get("title"));
        if (title == null || title.isBlank()) {
            problems.add("@title is missing");
        } else if (title.endsWith(".")) {
            problems.add("@title ends with a period; titles are statements without one");
        }
        if (id.matches()) {
            capability.filter(c -> c != Integer.parseInt(id.group(2)))
                    .ifPresent(c -> problems.add("@capability(" + c + ") disagrees with id " + rule.name()));
            level.filter(l -> l != Integer.parseInt(id.group(3)))
                    .ifPresent(l -> problems.add("@level(" + l + ") disagrees with id " + rule.name()));
        }
        level.filter(l -> l < 1 || l > 4).ifPresent(l -> problems.add("@level(" + l + ") must be 1 to 4"));
        weight.filter(w -> w <= 0).ifPresent(w -> problems.add("@weight(" + w + ") must be positive"));
        List<String> reads = list(metadata.get("reads"));
        List<Integer> dependsOn = new ArrayList<>();
        for (String item : list(metadata.get("dependsOn"))) {
            try {
                dependsOn.add(Integer.parseInt(item));
            } catch (NumberFormatException e) {
                problems.add("@dependsOn lists '" + item + "', which is not a capability number");
            }
        }
        if (reads.isEmpty() && dependsOn.isEmpty()) {
            problems.add("@reads names no evidence key and @dependsOn no capability");
        }
        for (String key : metadata.keySet()) {
            if (!KEYS.contains(key)) {
                problems.add("unknown metadata @" + key + "; criteria carry " + String.join(", ", KEYS));
            }
        }
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        return new Result(new Criterion(rule.name(), capability.orElseThrow(), level.orElseThrow(), weight.orElseThrow(), title,
                reads.stream().sorted().toList(), dependsOn.stream().sorted().toList(), rule), List.of());
    }

    /**
     * A criterion, or the problems that stop it from being one.
     *
     * @param criterion the criterion, or null when there are problems
     * @param problems what is wrong, empty when the criterion is good
     */
    public record Result(Criterion criterion, List<String> problems) {
    }

    private static Optional<Integer> integer(Map<String, Object> metadata, String key, List<String> problems) {
        Object value = metadata.get(key);
        if (value == null) {
            problems.add("@" + key + " is missing");
            return Optional.empty();
        }
        if (value instanceof Number number) {
            return Optional.of(number.intValue());
        }
        try {
            return Optional.of(Integer.parseInt(text(value)));
        } catch (NumberFormatException e) {
            problems.add("@" + key + "(" + value + ") is not a whole number");
            return Optional.empty();
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString().strip();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1);
        }
        return text;
    }

    private static List<String> list(Object value) {
        String text = text(value);
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
