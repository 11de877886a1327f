package org.mnr.engine.internal.evaluation;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mnr.engine.spi.Fact;

/**
 * What the rules decided for one country.
 *
 * @param met the ids of the criteria whose rule fired, each with the facts its matches cited
 * @param unknown the ids of the criteria not met as known but true at best (docs/model.md)
 * @param levels the level of each capability, by capability number
 * @param levelMaxes the upper level of each capability, by capability number
 */
public record Verdicts(Map<String, Set<Fact>> met, Set<String> unknown, Map<Integer, Integer> levels, Map<Integer, Integer> levelMaxes) {

    /** Copies the maps. */
    public Verdicts {
        met = Map.copyOf(met);
        unknown = Set.copyOf(unknown);
        levels = Map.copyOf(levels);
        levelMaxes = Map.copyOf(levelMaxes);
    }

    /** The facts cited by a met criterion, or none. */
    public List<Fact> cited(String criterion) {
        return List.copyOf(met.getOrDefault(criterion, Set.of()));
    }
}
