package org.mnr.engine.internal.criteria;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mnr.engine.criteria.CriterionFingerprint;

/**
 * What a variant's DRL rule that replaces a base criterion records it was written against, in its metadata
 * ({@code @against("w1 t3f2a9c1e c9b1e77aa")}), as a criteria file's {@code against:} does (issue 16). Shared by the
 * rules' metadata (compiling, lint) and by loading, which compares it with the base.
 */
public final class DrlAgainst {

    /** A criterion id, e.g. {@code C01.L1.coordination-body}; a variant adds {@code COE.} in front of those it adds. */
    public static final Pattern CRITERION_ID = Pattern.compile("(?:([A-Z][A-Z0-9-]*)\\.)?C(\\d{2})\\.L([1-4])\\.[a-z0-9]+(?:-[a-z0-9]+)*");

    private DrlAgainst() {
    }

    /** Whether a variant's rule of this name replaces a base criterion: a criterion id without a variant's prefix. */
    public static boolean replaces(String ruleName) {
        Matcher id = CRITERION_ID.matcher(ruleName);
        return id.matches() && id.group(1) == null;
    }

    /**
     * What is wrong with a rule's {@code @against}, if anything: it must be a fingerprint, and only a replacement
     * records one.
     *
     * @param replacement whether the rule is a variant's replacement of a base criterion
     */
    public static Optional<String> problem(Map<String, Object> metadata, boolean replacement) {
        if (!metadata.containsKey("against")) {
            return Optional.empty();
        }
        String against = of(metadata);
        if (!replacement) {
            return Optional.of("@against is for a variant's rule that replaces a base criterion (named with its id): it records the"
                    + " base criterion the replacement was written against; remove it here");
        }
        if (!CriterionFingerprint.isFingerprint(against)) {
            return Optional.of("@against(\"" + against + "\") is not a criterion's fingerprint; copy the one mnr packs shows beside"
                    + " the replaced criterion, e.g. @against(\"w1 t3f2a9c1e c9b1e77aa\")");
        }
        return Optional.empty();
    }

    /** A rule's {@code @against} as written, without the quotes Drools may keep, or null without one. */
    public static String of(Map<String, Object> metadata) {
        Object value = metadata.get("against");
        if (value == null) {
            return null;
        }
        String text = value.toString().strip();
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"") ? text.substring(1, text.length() - 1) : text;
    }
}
