package org.mnr.engine.internal.evaluation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.mnr.engine.evidence.Confidence;
import org.mnr.engine.spi.Fact;

/**
 * Each capability's confidence (docs/model.md, "A capability's confidence"): the strongest confidence whose items
 * alone, the whole evaluation run again on them, still reach the capability's level.
 *
 * <p>It stays cheap: no run for a result with no capability above level 0; no run for filtered evidence equal to
 * evidence already run (for a file that gives no confidence, the verified and documented filters both leave
 * nothing); and the run on no evidence at all, which is the same for every country with the same packs, variants
 * and date, is kept between assessments.
 */
public final class ConfidenceLevels {

    /** How many empty-evidence runs are kept: one per combination of variants and date seen lately. */
    private static final int KEPT_EMPTY_RUNS = 64;

    private final Evaluator evaluator;
    private final Map<EmptyRun, Map<Integer, Integer>> emptyRuns = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<EmptyRun, Map<Integer, Integer>> eldest) {
            return size() > KEPT_EMPTY_RUNS;
        }
    };

    /** Confidences computed with the evaluator assessments use. */
    public ConfidenceLevels(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    private record EmptyRun(List<String> variants, List<String> exempted, LocalDate assessedOn) {
    }

    /**
     * The confidence of every capability above level 0.
     *
     * @param composition the criteria in force
     * @param facts the facts the assessment counted, by key
     * @param confidenceOf each counted fact's confidence, by key
     * @param levels the levels the assessment reached on all counted facts
     * @param assessedOn the assessment date
     */
    public Map<Integer, Confidence> of(Composition composition, Map<String, Fact> facts, Map<String, Confidence> confidenceOf,
            Map<Integer, Integer> levels, LocalDate assessedOn, String country, String origin) {
        Map<Integer, Confidence> confidences = new TreeMap<>();
        Set<Integer> open = new java.util.TreeSet<>();
        levels.forEach((capability, level) -> {
            if (level > 0) {
                open.add(capability);
            }
        });
        Map<Set<String>, Map<Integer, Integer>> runs = new HashMap<>();
        runs.put(facts.keySet(), levels);
        for (Confidence confidence : Confidence.values()) {
            if (open.isEmpty()) {
                break;
            }
            Map<String, Fact> kept = new TreeMap<>();
            facts.forEach((key, fact) -> {
                if (confidenceOf.getOrDefault(key, Confidence.REPORTED).atLeast(confidence)) {
                    kept.put(key, fact);
                }
            });
            Map<Integer, Integer> reached = runs.computeIfAbsent(Set.copyOf(kept.keySet()),
                    k -> kept.isEmpty() ? emptyRun(composition, assessedOn, country, origin)
                            : evaluator.evaluate(composition, kept.values(), country, origin).levels());
            for (var it = open.iterator(); it.hasNext();) {
                int capability = it.next();
                // Removing evidence never raises a level, so reaching it means equalling it.
                if (reached.getOrDefault(capability, 0) >= levels.get(capability)) {
                    confidences.put(capability, confidence);
                    it.remove();
                }
            }
        }
        return confidences;
    }

    private Map<Integer, Integer> emptyRun(Composition composition, LocalDate assessedOn, String country, String origin) {
        EmptyRun key = new EmptyRun(composition.variants(), composition.exempted(), assessedOn);
        synchronized (emptyRuns) {
            Map<Integer, Integer> kept = emptyRuns.get(key);
            if (kept != null) {
                return kept;
            }
        }
        Map<Integer, Integer> levels = evaluator.evaluate(composition, List.of(), country, origin).levels();
        synchronized (emptyRuns) {
            emptyRuns.put(key, levels);
        }
        return levels;
    }
}
