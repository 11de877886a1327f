package org.mnr.diff;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.mnr.engine.MaturityEngine;
import org.mnr.engine.model.Criterion;
import org.mnr.engine.pack.PackRules;

/** The evidence keys each criterion reads, which a comparison needs to say which changed evidence moved a criterion. */
@API(status = EXPERIMENTAL, since = "1.0")
public final class CriterionReads {

    private CriterionReads() {
    }

    /**
     * The keys each criterion reads, by criterion id, over every loaded pack: a criterion a variant replaces reads
     * what either version reads, since either may have scored it.
     */
    public static Map<String, List<String>> of(MaturityEngine engine) {
        Map<String, Set<String>> reads = new HashMap<>();
        for (PackRules pack : engine.packRules()) {
            for (Criterion criterion : pack.criteria()) {
                reads.computeIfAbsent(criterion.id(), id -> new TreeSet<>()).addAll(criterion.reads());
            }
        }
        Map<String, List<String>> lists = new HashMap<>();
        reads.forEach((id, keys) -> lists.put(id, List.copyOf(keys)));
        return Map.copyOf(lists);
    }
}
