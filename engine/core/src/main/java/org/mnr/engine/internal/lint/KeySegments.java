package org.mnr.engine.internal.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a rule's conditions into the stretch that belongs to each evidence key they name.
 *
 * <p>Rules in packs follow one idiom, {@code Fact(key == "...", accessor ...)}, also inside
 * {@code accumulate}, so the comparisons that follow each {@code key == "..."} up to the next one are
 * that key's. Both the linter and the planner read rules this way.
 */
public final class KeySegments {

    private static final Pattern KEY = Pattern.compile("key\\s*==\\s*\"([^\"]*)\"");

    /**
     * One key's stretch of the conditions.
     *
     * @param key the evidence key
     * @param start where {@code key == "..."} starts in the text given
     * @param text the comparisons after it, up to the next key or the end
     */
    public record Segment(String key, int start, String text) {
    }

    private KeySegments() {
    }

    /** The segments of the text from {@code offset} on, in order. */
    public static List<Segment> of(String text, int offset) {
        List<String> names = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        Matcher key = KEY.matcher(text);
        int from = offset;
        while (key.find(from)) {
            names.add(key.group(1));
            spans.add(new int[] {key.start(), key.end()});
            from = key.end();
        }
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            int end = i + 1 < spans.size() ? spans.get(i + 1)[0] : text.length();
            segments.add(new Segment(names.get(i), spans.get(i)[0], text.substring(spans.get(i)[1], end)));
        }
        return segments;
    }
}
