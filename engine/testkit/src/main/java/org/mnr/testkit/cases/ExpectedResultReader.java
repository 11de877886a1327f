package org.mnr.testkit.cases;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mnr.engine.evidence.Problem;
import org.mnr.engine.result.Status;

/** Reads the parts of a result file that a case compares: packs, and per capability the figures and statuses. */
final class ExpectedResultReader {

    private final LocatedDocument document;
    private final List<Problem> problems = new ArrayList<>();

    private ExpectedResultReader(LocatedDocument document) {
        this.document = document;
    }

    /**
     * Reads a result file.
     *
     * @throws InvalidCaseException when it is not JSON or not shaped as a result
     */
    static ExpectedResult read(Path file) {
        ExpectedResultReader reader = new ExpectedResultReader(LocatedDocument.readJson(file));
        ExpectedResult result = reader.result();
        if (!reader.problems.isEmpty()) {
            throw new InvalidCaseException(reader.problems);
        }
        return result;
    }

    private ExpectedResult result() {
        JsonNode root = document.root();
        List<String> packs = new ArrayList<>();
        JsonNode packList = root.path("packs");
        if (!packList.isArray() || packList.isEmpty()) {
            fail("/packs", "a result file lists its packs");
        } else {
            for (int i = 0; i < packList.size(); i++) {
                JsonNode id = packList.get(i).path("id");
                if (id.isTextual()) {
                    packs.add(id.asText());
                } else {
                    fail("/packs/" + i, "a pack has a string id");
                }
            }
        }
        List<ExpectedResult.Capability> capabilities = new ArrayList<>();
        JsonNode list = root.path("capabilities");
        if (!list.isArray()) {
            fail("/capabilities", "a result file has a capabilities array");
        } else {
            for (int i = 0; i < list.size(); i++) {
                ExpectedResult.Capability capability = capability(list.get(i), "/capabilities/" + i);
                if (capability != null) {
                    capabilities.add(capability);
                }
            }
        }
        return new ExpectedResult(document.file(), packs, capabilities);
    }

    private ExpectedResult.Capability capability(JsonNode node, String pointer) {
        JsonNode id = node.path("id");
        JsonNode level = node.path("level");
        JsonNode score = node.path("score");
        JsonNode coverage = node.path("coverage");
        JsonNode criteria = node.path("criteria");
        boolean valid = integral(id, pointer + "/id") & integral(level, pointer + "/level")
                & number(score, pointer + "/score") & number(coverage, pointer + "/coverage");
        Map<String, Status> statuses = new LinkedHashMap<>();
        if (!criteria.isArray()) {
            fail(pointer + "/criteria", "a capability has a criteria array");
            valid = false;
        } else {
            for (int i = 0; i < criteria.size(); i++) {
                String at = pointer + "/criteria/" + i;
                JsonNode criterion = criteria.get(i);
                Status status = status(criterion.path("status"));
                if (!criterion.path("id").isTextual()) {
                    fail(at + "/id", "a criterion has a string id");
                    valid = false;
                } else if (status == null) {
                    fail(at + "/status", "a criterion's status is met, unmet, unknown or waived");
                    valid = false;
                } else {
                    statuses.put(criterion.path("id").asText(), status);
                }
            }
        }
        return valid ? new ExpectedResult.Capability(id.asInt(), level.asInt(), score.asDouble(), coverage.asDouble(), statuses) : null;
    }

    private boolean integral(JsonNode node, String pointer) {
        if (node.isIntegralNumber() || node.isNumber() && node.decimalValue().stripTrailingZeros().scale() <= 0) {
            return true;
        }
        fail(pointer, "an integer is needed here");
        return false;
    }

    private boolean number(JsonNode node, String pointer) {
        if (node.isNumber()) {
            return true;
        }
        fail(pointer, "a number is needed here");
        return false;
    }

    private void fail(String pointer, String message) {
        problems.add(document.error(pointer, message, "give a result file written by mnr score"));
    }

    /** The status a result or case file names, or null when it names none. */
    static Status status(JsonNode node) {
        if (node.isTextual()) {
            for (Status status : Status.values()) {
                if (status.id().equals(node.asText())) {
                    return status;
                }
            }
        }
        return null;
    }
}
