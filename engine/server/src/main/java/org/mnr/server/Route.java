package org.mnr.server;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One route: a method and a path whose {@code {name}} segments match one segment each.
 *
 * @param method the HTTP method
 * @param path the path pattern, e.g. {@code /api/workspace/files/{name}}
 * @param action what answers it
 */
record Route(String method, String path, Action action) {

    /** What answers a route. */
    @FunctionalInterface
    interface Action {
        void handle(Exchange exchange) throws Exception;
    }

    /** The path parameters when the path matches the pattern. */
    Optional<Map<String, String>> match(String requested) {
        List<String> pattern = List.of(path.substring(1).split("/", -1));
        List<String> segments = List.of(requested.substring(requested.startsWith("/") ? 1 : 0).split("/", -1));
        if (pattern.size() != segments.size()) {
            return Optional.empty();
        }
        Map<String, String> parameters = new HashMap<>();
        for (int i = 0; i < pattern.size(); i++) {
            String expected = pattern.get(i);
            String actual = segments.get(i);
            if (expected.startsWith("{") && expected.endsWith("}")) {
                if (actual.isEmpty()) {
                    return Optional.empty();
                }
                parameters.put(expected.substring(1, expected.length() - 1), actual);
            } else if (!expected.equals(actual)) {
                return Optional.empty();
            }
        }
        return Optional.of(parameters);
    }
}
