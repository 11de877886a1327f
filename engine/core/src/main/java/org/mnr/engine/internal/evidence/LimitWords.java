package org.mnr.engine.internal.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mnr.engine.evidence.EvidenceLimits;
import org.mnr.engine.evidence.Wording;

/**
 * What a problem over one of the {@link EvidenceLimits} says, in words that can be said in another language: what went
 * over, the limit with its value, and as hint the limit to raise. Every reader of JSON and YAML says it the same way.
 */
final class LimitWords {

    private LimitWords() {
    }

    /**
     * The wording of a problem over a limit.
     *
     * @param key the message's key; its text has the arguments given, then the limit's property name, then the limit
     *     (e.g. "the maximum nesting depth of 64") as a phrase
     */
    static Wording over(String key, EvidenceLimits limits, EvidenceLimits.Limit limit, String... arguments) {
        List<String> all = new ArrayList<>(List.of(arguments));
        all.add(property(limit));
        return new Wording(key, all, List.of(exceeded(limits, limit)));
    }

    /** A limit with its value, as {@link EvidenceLimits#exceeded} says it in English. */
    static Wording exceeded(EvidenceLimits limits, EvidenceLimits.Limit limit) {
        long value = limits.value(limit);
        return switch (limit) {
            case FILE_SIZE -> Wording.of("evidence.limit.maxFileSize", ByteSizes.format(value));
            case DEPTH -> Wording.of("evidence.limit.maxDepth", String.valueOf(value));
            case STRING_LENGTH -> Wording.of("evidence.limit.maxStringLength", String.format(Locale.ROOT, "%,d", value));
            case NUMBER_LENGTH -> Wording.of("evidence.limit.maxNumberLength", String.valueOf(value));
            case ITEMS -> Wording.of("evidence.limit.maxItems", String.format(Locale.ROOT, "%,d", value));
        };
    }

    private static String property(EvidenceLimits.Limit limit) {
        return switch (limit) {
            case FILE_SIZE -> "maxFileSize";
            case DEPTH -> "maxDepth";
            case STRING_LENGTH -> "maxStringLength";
            case NUMBER_LENGTH -> "maxNumberLength";
            case ITEMS -> "maxItems";
        };
    }
}
