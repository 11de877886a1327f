package org.mnr.engine.pack;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The versions of a base pack a variant was written for, as its descriptor says after the base's id:
 * {@code extends: mnr >=1.1 <3}. Each comparison ({@code >=}, {@code >}, {@code <=}, {@code <}, {@code =}) must hold;
 * a version in a comparison may leave out its minor and patch numbers ({@code 3} is {@code 3.0.0}).
 *
 * @param text the range as written; empty for any version
 * @param bounds the comparisons
 */
@API(status = EXPERIMENTAL, since = "1.1")
public record VersionRange(String text, List<Bound> bounds) {

    /** Any version: a variant whose {@code extends} names no range. */
    public static final VersionRange ANY = new VersionRange("", List.of());

    private static final Pattern BOUND = Pattern.compile("\\s*(>=|<=|>|<|=)?\\s*(0|[1-9]\\d*)(?:\\.(0|[1-9]\\d*)(?:\\.(0|[1-9]\\d*)"
            + "(-[0-9A-Za-z.-]+)?)?)?(?=\\s|$)");

    /** Copies the bounds. */
    public VersionRange {
        bounds = List.copyOf(bounds);
    }

    /**
     * One comparison.
     *
     * @param operator one of {@code >=}, {@code >}, {@code <=}, {@code <}, {@code =}
     * @param version the version compared with
     */
    public record Bound(String operator, SemanticVersion version) {

        boolean admits(SemanticVersion candidate) {
            int order = candidate.compareTo(version);
            return switch (operator) {
                case ">=" -> order >= 0;
                case ">" -> order > 0;
                case "<=" -> order <= 0;
                case "<" -> order < 0;
                default -> order == 0;
            };
        }
    }

    /** The range a text gives, or empty when it is not one; a blank text is {@link #ANY}. */
    public static Optional<VersionRange> parse(String text) {
        String range = text == null ? "" : text.strip();
        if (range.isEmpty()) {
            return Optional.of(ANY);
        }
        List<Bound> bounds = new ArrayList<>();
        Matcher m = BOUND.matcher(range);
        int at = 0;
        while (at < range.length()) {
            if (!m.find(at) || m.start() != at) {
                return Optional.empty();
            }
            at = m.end();
            String version = m.group(2) + "." + (m.group(3) == null ? "0" : m.group(3)) + "." + (m.group(4) == null ? "0" : m.group(4))
                    + (m.group(5) == null ? "" : m.group(5));
            Optional<SemanticVersion> parsed = SemanticVersion.parse(version);
            if (parsed.isEmpty()) {
                return Optional.empty();
            }
            bounds.add(new Bound(m.group(1) == null ? "=" : m.group(1), parsed.get()));
        }
        return Optional.of(new VersionRange(range, bounds));
    }

    /** Whether a version is in the range. */
    public boolean admits(SemanticVersion version) {
        return bounds.stream().allMatch(b -> b.admits(version));
    }

    /** The range as written, e.g. {@code >=1.1 <3}, or {@code any version}. */
    @Override
    public String toString() {
        return text.isEmpty() ? "any version" : text;
    }

}
