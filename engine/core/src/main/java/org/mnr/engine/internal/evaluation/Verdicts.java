package org.mnr.engine.internal.evaluation;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mnr.engine.spi.Fact;

/**
 * What the rules decided for one country.
 *
 * @param met the ids of the criteria whose rule fired, each with the facts its matches cited
 * @param levels the level of each capability, by capability number
 */
public record Verdicts(Map<String, Set<Fact>> met, Map<Integer, Integer> levels) {

    /** Copies the maps. */
    public Verdicts {
        met = Map.copyOf(met);
        levels = Map.copyOf(levels);
    }

    /** The facts cited by a met criterion, or none. */
    public List<Fact> cited(String criterion) {
        return List.copyOf(met.getOrDefault(criterion, Set.of()));
    }
}
