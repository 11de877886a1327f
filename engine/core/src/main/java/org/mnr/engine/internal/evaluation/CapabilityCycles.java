package org.mnr.engine.internal.evaluation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.mnr.engine.model.Criterion;

/**
 * Finds a cycle among capabilities whose criteria read each other's levels, which would leave no
 * capability to decide first.
 */
public final class CapabilityCycles {

    private CapabilityCycles() {
    }

    /** A cycle as the capabilities along it, first repeated at the end, e.g. [2, 5, 2]; or empty. */
    public static Optional<List<Integer>> find(List<Criterion> criteria) {
        Map<Integer, Set<Integer>> edges = new TreeMap<>();
        for (Criterion criterion : criteria) {
            edges.computeIfAbsent(criterion.capability(), c -> new TreeSet<>()).addAll(criterion.dependsOn());
        }
        Map<Integer, Boolean> finished = new HashMap<>();
        for (Integer start : edges.keySet()) {
            Optional<List<Integer>> cycle = visit(start, edges, finished, new ArrayDeque<>());
            if (cycle.isPresent()) {
                return cycle;
            }
        }
        return Optional.empty();
    }

    /** The message for a cycle, naming its capabilities. */
    public static String describe(List<Integer> cycle) {
        return "cross-capability criteria form a cycle: capability "
                + String.join(" -> ", cycle.stream().map(String::valueOf).toList());
    }

    private static Optional<List<Integer>> visit(int node, Map<Integer, Set<Integer>> edges, Map<Integer, Boolean> finished,
            Deque<Integer> path) {
        Boolean done = finished.get(node);
        if (Boolean.TRUE.equals(done)) {
            return Optional.empty();
        }
        if (Boolean.FALSE.equals(done)) {
            List<Integer> list = new ArrayList<>(path);
            List<Integer> loop = new ArrayList<>(list.subList(list.indexOf(node), list.size()));
            loop.add(node);
            return Optional.of(loop);
        }
        finished.put(node, false);
        path.addLast(node);
        for (int next : edges.getOrDefault(node, Set.of())) {
            Optional<List<Integer>> cycle = visit(next, edges, finished, path);
            if (cycle.isPresent()) {
                return cycle;
            }
        }
        path.removeLast();
        finished.put(node, true);
        return Optional.empty();
    }
}
