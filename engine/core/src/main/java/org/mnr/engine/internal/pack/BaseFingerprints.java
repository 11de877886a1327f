package org.mnr.engine.internal.pack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mnr.engine.criteria.BaseChanges;
import org.mnr.engine.criteria.CriterionFingerprint;
import org.mnr.engine.criteria.PackCriteria;
import org.mnr.engine.criteria.Where;
import org.mnr.engine.internal.criteria.DrlAgainst;
import org.mnr.engine.pack.Pack;
import org.mnr.engine.pack.PackException;
import org.mnr.engine.pack.PackProblem;

/**
 * The fingerprint of every criterion a base pack defines, by id, whether in a criteria file or as a DRL rule, so
 * that a variant's {@code against:} is checked for both (issue 16).
 *
 * <p>A rule's fingerprint is taken from what its metadata declares (weight, default 1, and title) and, as its
 * condition, its level and its conditions and consequence in {@linkplain DrlRules normalised} text: a change of
 * layout or comments is no change, a change of what the rule tests is.
 *
 * <p>A variant's DRL rule that replaces a base criterion records what it was written against in its metadata,
 * {@code @against("w1 t3f2a9c1e c9b1e77aa")}; {@link #recorded(Pack)} reads it for loading to check.
 */
public final class BaseFingerprints {

    private BaseFingerprints() {
    }

    /**
     * The fingerprints of a pack's criteria. A DRL file that cannot be read or parsed adds nothing here: compiling
     * the pack reports it.
     */
    public static Map<String, String> of(Pack pack) {
        List<DrlRules.DrlRule> rules = new ArrayList<>();
        for (String file : pack.descriptor().rules()) {
            String text;
            try {
                text = new String(pack.resources().read(file), StandardCharsets.UTF_8);
            } catch (IOException e) {
                continue;
            }
            rules.addAll(DrlRules.parse(pack.resources().describe(file), text).rules());
        }
        return of(pack.criteria(), rules);
    }

    /**
     * The fingerprints of a base pack's criteria files and of its hand-written rules, read already; a criteria file's
     * criterion takes the place of a rule with its id, which loading refuses anyway.
     */
    public static Map<String, String> of(PackCriteria criteria, List<DrlRules.DrlRule> rules) {
        Map<String, String> byId = BaseChanges.fingerprints(criteria);
        rules.forEach(rule -> byId.putIfAbsent(rule.name(), of(rule)));
        return byId;
    }

    /** The fingerprint of one hand-written criterion rule. */
    public static String of(DrlRules.DrlRule rule) {
        String weight = text(rule.metadata().get("weight"));
        int w;
        try {
            w = weight == null ? 1 : Integer.parseInt(weight);
        } catch (NumberFormatException e) {
            // Metadata that is not a number is refused when the rules are compiled; any fingerprint will do until then.
            w = 0;
        }
        String title = text(rule.metadata().get("title"));
        return CriterionFingerprint.of(w, title == null ? "" : title, "level " + text(rule.metadata().get("level")) + " " + rule.text());
    }

    /** A metadata value as written, without the quotes Drools may keep around it. */
    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString().strip();
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"") ? text.substring(1, text.length() - 1) : text;
    }

    /**
     * What a variant's DRL replacements record they were written against, for loading to compare with the base.
     *
     * @throws PackException naming the file, line and rule when an {@code @against} is not a fingerprint or is on a rule
     *     that replaces nothing
     */
    public static List<BaseChanges.Recorded> recorded(Pack variant) {
        List<DrlRules.DrlRule> rules = new ArrayList<>();
        for (String file : variant.descriptor().rules()) {
            try {
                rules.addAll(DrlRules.parse(variant.resources().describe(file),
                        new String(variant.resources().read(file), StandardCharsets.UTF_8)).rules());
            } catch (IOException e) {
                // A file that cannot be read or parsed records nothing here: compiling the pack reports it.
            }
        }
        List<PackProblem> problems = new ArrayList<>();
        for (DrlRules.DrlRule rule : rules) {
            DrlAgainst.problem(rule.metadata(), replaces(rule)).ifPresent(problem -> problems.add(
                    new PackProblem(rule.file(), rule.line(), "rule " + rule.name() + ": " + problem)));
        }
        if (!problems.isEmpty()) {
            throw new PackException(problems);
        }
        return recorded(rules);
    }

    /** What a variant's DRL replacements, read and checked, record they were written against. */
    public static List<BaseChanges.Recorded> recorded(List<DrlRules.DrlRule> variantRules) {
        List<BaseChanges.Recorded> recorded = new ArrayList<>();
        for (DrlRules.DrlRule rule : variantRules) {
            String against = DrlAgainst.of(rule.metadata());
            if (replaces(rule) && CriterionFingerprint.isFingerprint(against)) {
                recorded.add(new BaseChanges.Recorded(rule.name(), "replaces", against, new Where(rule.file(), rule.line(), 0)));
            }
        }
        return recorded;
    }

    /** Whether a variant's rule replaces a base criterion: it is named with a base criterion's id, with no variant prefix. */
    private static boolean replaces(DrlRules.DrlRule rule) {
        return DrlAgainst.replaces(rule.name());
    }
}
