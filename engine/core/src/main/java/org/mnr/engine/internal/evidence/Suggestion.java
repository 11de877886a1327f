package org.mnr.engine.internal.evidence;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.mnr.engine.evidence.Wording;

/** Finds the known name a misspelt one most likely meant, for did-you-mean hints. */
public final class Suggestion {

    private Suggestion() {
    }

    /**
     * The candidate closest to the input by edit distance, if it is close enough to be a likely typo:
     * at most a third of the input's length, and at least 2 edits allowed. Ties go to the candidate
     * that sorts first, so the hint is deterministic.
     */
    public static Optional<String> closest(String input, Collection<String> candidates) {
        String lower = input.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, input.length() / 3);
        LevenshteinDistance distance = new LevenshteinDistance(limit);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates.stream().sorted().toList()) {
            int d = distance.apply(lower, candidate.toLowerCase(Locale.ROOT));
            if (d >= 0 && d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** A hint such as {@code did you mean 'governance.body.exists'?}, or null. */
    public static String hint(String input, Collection<String> candidates) {
        return closest(input, candidates).map(s -> ProblemTexts.english(phrase(s))).orElse(null);
    }

    /** The did-you-mean of a likely name, as a phrase of a problem that can be said in another language. */
    public static Wording phrase(String likely) {
        return Wording.of("evidence.did-you-mean", likely);
    }
}
