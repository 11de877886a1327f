package org.mnr.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.io.UncheckedIOException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.mnr.engine.error.InvalidResultException;
import org.mnr.engine.internal.result.ResultMapper;
import org.mnr.catalogue.schema.ResultSchema;
import org.mnr.engine.internal.evidence.ByteSizes;
import org.mnr.engine.internal.evidence.Printable;
import org.mnr.engine.result.Assessment;
import org.mnr.engine.result.ResultJson;

/**
 * Reads a result that {@code mnr score} wrote, for {@code mnr diff}: its size checked before it is read, then
 * checked against the result schema and the model's ranges, so that a level 99 or a score "NaN" is never shown
 * as if real, and every problem is said in the user's terms.
 */
final class ResultFiles {

    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(ResultSchema.build());

    /** The fields format 1.1 added; a 1.0 result lacks them and reads with them derived (docs/compatibility.md). */
    private static final Set<String> ADDED_IN_1_1 = Set.of("minConfidence", "scoreMax", "levelMax", "levelMaxName", "confidence",
            "missingLevels");

    /** The result schema as format 1.0 results meet it: the fields 1.1 added are not required. */
    private static final Schema SCHEMA_1_0 = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(withoutAddedRequirements(ResultSchema.build()));

    private ResultFiles() {
    }

    /** Refuses, as invalid input, a file larger than the limit, by its size on disk and before reading it. */
    static void checkSize(Path file, long maxFileSize) {
        try {
            long size = Files.size(file);
            if (size > maxFileSize) {
                throw UsageException.of("msg.result.too-large", file, ByteSizes.format(size), ByteSizes.format(maxFileSize));
            }
        } catch (NoSuchFileException e) {
            throw UsageException.of("msg.no-such-file", file);
        } catch (IOException e) {
            throw UsageException.of("msg.cannot-read", file, AtomicFiles.reason(e));
        }
    }

    /**
     * The result in a JSON file, or empty when the file is not a result (then it is read as evidence, which
     * reports its own problems).
     */
    static Optional<Assessment> read(Path file, long maxFileSize) {
        checkSize(file, maxFileSize);
        JsonNode root;
        try (InputStream in = Files.newInputStream(file)) {
            root = ResultMapper.mapper().readTree(in);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (root == null || !root.isObject() || !root.has("capabilities") || root.has("evidence")) {
            return Optional.empty();
        }
        List<String> problems = new ArrayList<>();
        boolean format10 = !root.has("formatVersion") || "1.0".equals(root.path("formatVersion").asText());
        for (Error error : (format10 ? SCHEMA_1_0 : SCHEMA).validate(root)) {
            problems.add(pointer(error.getInstanceLocation().toString()) + ": " + error.getMessage());
        }
        if (problems.isEmpty()) {
            checkRanges(root, problems);
        }
        if (!problems.isEmpty()) {
            // The schema validator's findings stay in its English: it has no words of its own in other languages.
            throw UsageException.of("msg.result.invalid", file, Printable.escape(String.join("; ", problems.subList(0, Math.min(5, problems.size())))));
        }
        try {
            return Optional.of(ResultJson.read(root.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (InvalidResultException e) {
            throw UsageException.of("msg.result.unreadable", file);
        }
    }

    private static String withoutAddedRequirements(String schema) {
        try {
            JsonNode root = ResultMapper.mapper().readTree(schema);
            root.findParents("required").forEach(parent -> {
                if (parent.get("required") instanceof ArrayNode required) {
                    for (int i = required.size() - 1; i >= 0; i--) {
                        if (ADDED_IN_1_1.contains(required.get(i).asText())) {
                            required.remove(i);
                        }
                    }
                }
            });
            return root.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ranges of the model, which the schema does not state: levels 0 to 4, scores 0 to 100, coverage 0 to 1. */
    private static void checkRanges(JsonNode root, List<String> problems) {
        range(root.path("overall"), "/overall", "score", 100, problems);
        range(root.path("overall"), "/overall", "scoreMax", 100, problems);
        range(root.path("overall"), "/overall", "coverage", 1, problems);
        JsonNode domains = root.path("domains");
        for (int i = 0; i < domains.size(); i++) {
            range(domains.get(i), "/domains/" + i, "score", 100, problems);
            range(domains.get(i), "/domains/" + i, "level", 4, problems);
            range(domains.get(i), "/domains/" + i, "scoreMax", 100, problems);
            range(domains.get(i), "/domains/" + i, "levelMax", 4, problems);
        }
        JsonNode capabilities = root.path("capabilities");
        for (int i = 0; i < capabilities.size(); i++) {
            JsonNode capability = capabilities.get(i);
            range(capability, "/capabilities/" + i, "level", 4, problems);
            range(capability, "/capabilities/" + i, "score", 100, problems);
            range(capability, "/capabilities/" + i, "coverage", 1, problems);
            range(capability, "/capabilities/" + i, "levelMax", 4, problems);
            range(capability, "/capabilities/" + i, "scoreMax", 100, problems);
        }
    }

    private static void range(JsonNode parent, String pointer, String field, double max, List<String> problems) {
        JsonNode value = parent.get(field);
        if (value != null && value.isNumber() && !(value.asDouble() >= 0 && value.asDouble() <= max)) {
            problems.add(pointer + "/" + field + ": " + value.asText() + " is outside 0 to " + (max == 1 ? "1" : String.valueOf((int) max)));
        }
    }

    /** The validator's {@code $.capabilities[0].level} as the JSON pointer {@code /capabilities/0/level}. */
    private static String pointer(String path) {
        String pointer = path.replaceFirst("^\\$", "").replaceAll("\\[(\\d+)]", "/$1").replaceAll("\\['([^']*)']", "/$1").replace('.', '/');
        return pointer.isEmpty() ? "/" : pointer;
    }
}
