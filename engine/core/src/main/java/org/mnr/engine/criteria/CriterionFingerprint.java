package org.mnr.engine.criteria;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a base criterion said when a variant's replacement or waiver of it was written, in a line the variant's file
 * keeps ({@code against: w1 t3f2a9c1e c9b1e77aa}): its weight, and short digests of its title and condition. When
 * the base changes the criterion, the two fingerprints differ and say what changed.
 */
@API(status = EXPERIMENTAL, since = "1.1")
public final class CriterionFingerprint {

    private static final Pattern FORM = Pattern.compile("w([0-9]+) t([0-9a-f]{8}) c([0-9a-f]{8})");

    private CriterionFingerprint() {
    }

    /** The fingerprint of a criterion as it is now. */
    public static String of(CriterionDefinition criterion) {
        return of(criterion.weight(), criterion.title(), canonical(ConditionData.of(criterion.when())));
    }

    /**
     * The fingerprint of a criterion from its parts: a criterion written as a DRL rule gives its metadata's weight and
     * title, and as condition its level and its rule's text, normalised (since 1.2).
     *
     * @param weight the weight
     * @param title the title
     * @param condition the condition in one canonical text
     */
    @API(status = EXPERIMENTAL, since = "1.2")
    public static String of(int weight, String title, String condition) {
        return "w" + weight + " t" + digest(title) + " c" + digest(condition);
    }

    /** Whether a text is a fingerprint. */
    public static boolean isFingerprint(String text) {
        return text != null && FORM.matcher(text).matches();
    }

    /**
     * What changed between the criterion a fingerprint was taken of and the one now, in words, e.g.
     * {@code weight 1 → 3, the condition}; empty when nothing did.
     */
    public static Optional<String> changes(String then, CriterionDefinition now) {
        return changes(then, of(now));
    }

    /** What changed between two fingerprints, in words; empty when nothing did (since 1.2). */
    @API(status = EXPERIMENTAL, since = "1.2")
    public static Optional<String> changes(String then, String now) {
        Matcher old = FORM.matcher(then);
        Matcher current = FORM.matcher(now);
        if (!old.matches() || !current.matches()) {
            return Optional.of("the fingerprint '" + then + "' is not one this engine writes");
        }
        List<String> changes = new ArrayList<>();
        if (!old.group(1).equals(current.group(1))) {
            changes.add("weight " + old.group(1) + " → " + current.group(1));
        }
        if (!old.group(2).equals(current.group(2))) {
            changes.add("the title");
        }
        if (!old.group(3).equals(current.group(3))) {
            changes.add("the condition");
        }
        return changes.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", changes));
    }

    /** A condition's data as one text that does not depend on how its file was written. */
    private static String canonical(Object value) {
        if (value instanceof Map<?, ?> map) {
            List<String> fields = new ArrayList<>();
            map.forEach((k, v) -> fields.add(k + "=" + canonical(v)));
            return "{" + String.join(",", fields) + "}";
        }
        if (value instanceof List<?> list) {
            return "[" + String.join(",", list.stream().map(CriterionFingerprint::canonical).toList()) + "]";
        }
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        if (value instanceof String text) {
            return "'" + text.replace("'", "''") + "'";
        }
        return String.valueOf(value);
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
