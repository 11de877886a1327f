package org.mnr.testkit.cases;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.mnr.engine.MaturityEngine;
import org.mnr.engine.Variants;
import org.mnr.engine.pack.PackRules;
import org.mnr.engine.evidence.Evidence;
import org.mnr.engine.evidence.EvidenceItem;
import org.mnr.engine.internal.evidence.EvidenceReader;
import org.mnr.engine.evidence.ParsedEvidence;
import org.mnr.engine.evidence.Problem;
import org.mnr.engine.internal.evidence.Suggestion;
import org.mnr.engine.model.Capability;
import org.mnr.engine.model.Criterion;
import org.mnr.engine.model.Framework;
import org.mnr.engine.result.Status;

/**
 * Reads case files and checks them against the loaded packs, so that a typo in a criterion id, a
 * capability number or a variant is reported as a mistake in the case, with its line, rather than as
 * a failing expectation.
 *
 * <p>The format, one YAML document per file:
 * <pre>
 * name: Cordessa 2026 (CoE)                  # optional; defaults to the file name without .case.yaml
 * evidence: ../evidence/xc-cordessa-2026.json  # relative to the case file; or inline, see below
 * variants: [coe]                            # optional: exactly these; [] for the base pack alone;
 *                                            # omitted: those the country's memberships select
 * expect:                                    # any of:
 *   levels: {1: 2, 3: 3}                     #   capability: level
 *   scores: {1: 58.3}                        #   capability: score
 *   coverage: {1: 0.875}                     #   capability: coverage
 *   statuses: {C01.L1.coordination-body: met} #  criterion: met, unmet, unknown or waived
 * expected: ../expected/xc-cordessa-2026.json # and/or a whole result file to match
 * </pre>
 * Inline evidence replaces the path with the three fields of an evidence file: {@code country},
 * {@code assessedOn} and {@code evidence} as a list of {@code {key, value, source, note}}.
 */
@API(status = EXPERIMENTAL, since = "1.0")
public final class CaseReader {

    /** The fields a case file may have. */
    public static final List<String> FIELDS = List.of("name", "evidence", "country", "assessedOn", "variants", "expect", "expected");
    /** The fields of an {@code expect} section. */
    public static final List<String> EXPECT_FIELDS = List.of("levels", "scores", "coverage", "statuses");

    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,9}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Set<String> variants = new TreeSet<>();
    private final Set<Integer> capabilities = new TreeSet<>();
    private final Set<String> criteria = new TreeSet<>();

    /** A reader that checks cases against the engine's packs. */
    public CaseReader(MaturityEngine engine) {
        for (PackRules pack : engine.packRules()) {
            if (pack.pack().descriptor().isVariant()) {
                variants.add(pack.pack().id());
            }
            pack.criteria().stream().map(Criterion::id).forEach(criteria::add);
        }
        engine.framework().capabilities().stream().map(Capability::id).forEach(capabilities::add);
    }

    /**
     * Reads a case file and the files it names.
     *
     * @throws InvalidCaseException listing every problem, each naming its file and line
     */
    public CaseFile read(Path file) {
        LocatedDocument document = LocatedDocument.readYaml(file);
        Session session = new Session(document, file);
        return session.read();
    }

    /** The state of reading one case file. */
    private final class Session {
        private final LocatedDocument document;
        private final Path file;
        private final List<Problem> problems = new ArrayList<>();

        Session(LocatedDocument document, Path file) {
            this.document = document;
            this.file = file;
        }

        CaseFile read() {
            JsonNode root = document.root();
            if (!root.isObject()) {
                throw InvalidCaseException.of(document.error("", "a case file is a YAML mapping, not " + describe(root),
                        "start with 'evidence:' and 'expect:'; see mnr test --help"));
            }
            unknownFields(root, "", FIELDS);
            String name = optionalText(root, "/name");
            Evidence evidence = evidence(root);
            Variants chosen = variants(root.get("variants"));
            Expectations expect = root.has("expect") ? expect(root.get("expect")) : null;
            ExpectedResult expected = root.has("expected") ? expected(root.get("expected")) : null;
            if (!root.has("expect") && !root.has("expected")) {
                problems.add(document.error("", "the case expects nothing",
                        "add 'expect:' with levels, scores, coverage or statuses, or 'expected:' with a result file"));
            }
            if (!problems.isEmpty()) {
                problems.sort(Comparator.comparing((Problem p) -> !p.file().equals(document.file()))
                        .thenComparingInt(p -> p.place().line()).thenComparingInt(p -> p.place().column()));
                throw new InvalidCaseException(problems);
            }
            return new CaseFile(file, name != null ? name : CaseFile.defaultName(file), evidence, chosen, expect, expected);
        }

        private Evidence evidence(JsonNode root) {
            JsonNode evidence = root.get("evidence");
            boolean inline = root.has("country") || root.has("assessedOn") || evidence != null && evidence.isArray();
            if (evidence != null && evidence.isTextual()) {
                if (inline) {
                    problems.add(document.error(root.has("country") ? "/country" : "/assessedOn",
                            "'evidence' names a file, so the case cannot give country or assessedOn too",
                            "remove them, or give the items inline under 'evidence:'"));
                    return null;
                }
                Path path = resolve(evidence.asText());
                if (!exists(path, "/evidence")) {
                    return null;
                }
                ParsedEvidence parsed = Evidence.parse(path);
                if (parsed.evidence() == null || parsed.hasErrors()) {
                    problems.addAll(parsed.problems().stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList());
                    if (parsed.problems().isEmpty()) {
                        problems.add(document.error("/evidence", "cannot read the evidence file " + path, null));
                    }
                    return null;
                }
                return parsed.evidence();
            }
            if (!inline) {
                problems.add(document.error(evidence == null ? "" : "/evidence",
                        evidence == null ? "the case gives no evidence" : "evidence is " + describe(evidence) + ", not a path or a list",
                        "write 'evidence: path/to/evidence.json', or country, assessedOn and evidence inline as in an evidence file"));
                return null;
            }
            return inlineEvidence(root);
        }

        /** Reads inline evidence with the evidence reader, then points its problems and items at the case file's lines. */
        private Evidence inlineEvidence(JsonNode root) {
            ObjectNode json = JSON.createObjectNode();
            for (String field : List.of("country", "assessedOn", "evidence")) {
                if (root.has(field)) {
                    json.set(field, root.get(field));
                }
            }
            byte[] bytes;
            try {
                bytes = JSON.writeValueAsBytes(json);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a tree read from YAML is always writable as JSON", e);
            }
            ParsedEvidence parsed = new EvidenceReader().read(bytes, document.file());
            for (Problem problem : parsed.problems()) {
                if (problem.severity() == Problem.Severity.ERROR) {
                    // The evidence reader was given the case file's name; only the place moves to the case file's lines.
                    problems.add(problem.at(document.place(problem.place().pointer())));
                }
            }
            if (parsed.evidence() == null || parsed.hasErrors()) {
                return null;
            }
            Evidence read = parsed.evidence();
            List<EvidenceItem> items = read.items().stream()
                    .map(i -> new EvidenceItem(i.key(), i.value(), i.source(), i.note(), document.place(i.place().pointer())))
                    .toList();
            return new Evidence(read.country(), read.assessedOn(), items, document.file());
        }

        private Variants variants(JsonNode node) {
            if (node == null || node.isNull()) {
                return Variants.fromMemberships();
            }
            if (!node.isArray()) {
                problems.add(document.error("/variants", "variants is " + describe(node) + ", not a list",
                        "write for example [coe], or [] for the base pack alone"));
                return Variants.fromMemberships();
            }
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                JsonNode id = node.get(i);
                if (!id.isTextual() || !variants.contains(id.asText())) {
                    String hint = id.isTextual() ? Suggestion.hint(id.asText(), variants) : null;
                    problems.add(document.error("/variants/" + i, "unknown variant " + (id.isTextual() ? "'" + id.asText() + "'" : describe(id)),
                            hint != null ? hint : "installed variants: " + String.join(", ", variants)));
                } else {
                    ids.add(id.asText());
                }
            }
            return ids.isEmpty() && node.isEmpty() ? Variants.none() : Variants.named(ids);
        }

        private Expectations expect(JsonNode node) {
            if (!node.isObject()) {
                problems.add(document.error("/expect", "expect is " + describe(node) + ", not a mapping",
                        "give any of " + String.join(", ", EXPECT_FIELDS)));
                return null;
            }
            unknownFields(node, "/expect", EXPECT_FIELDS);
            Map<Integer, Integer> levels = new LinkedHashMap<>();
            Map<Integer, Double> scores = new LinkedHashMap<>();
            Map<Integer, Double> coverage = new LinkedHashMap<>();
            Map<String, Status> statuses = new LinkedHashMap<>();
            forEachCapability(node, "levels", (capability, value, pointer) -> {
                if (value.isIntegralNumber() && value.asInt() >= 0 && value.asInt() <= Framework.TOP_LEVEL) {
                    levels.put(capability, value.asInt());
                } else {
                    problems.add(document.error(pointer, "level " + describe(value) + " is not a level", "give 0 to " + Framework.TOP_LEVEL));
                }
            });
            forEachCapability(node, "scores", (capability, value, pointer) -> {
                if (value.isNumber() && value.asDouble() >= 0 && value.asDouble() <= 100) {
                    scores.put(capability, value.asDouble());
                } else {
                    problems.add(document.error(pointer, "score " + describe(value) + " is not a score", "give a number from 0 to 100"));
                }
            });
            forEachCapability(node, "coverage", (capability, value, pointer) -> {
                if (value.isNumber() && value.asDouble() >= 0 && value.asDouble() <= 1) {
                    coverage.put(capability, value.asDouble());
                } else {
                    problems.add(document.error(pointer, "coverage " + describe(value) + " is not a coverage", "give a number from 0 to 1"));
                }
            });
            JsonNode given = node.get("statuses");
            if (given != null && mapping(given, "/expect/statuses")) {
                for (Map.Entry<String, JsonNode> entry : given.properties()) {
                    String pointer = "/expect/statuses/" + entry.getKey();
                    Status status = ExpectedResultReader.status(entry.getValue());
                    if (!criteria.contains(entry.getKey())) {
                        String hint = Suggestion.hint(entry.getKey(), criteria);
                        problems.add(document.error(pointer, "no loaded pack has a criterion '" + entry.getKey() + "'",
                                hint != null ? hint : "the criteria catalogue lists every criterion"));
                    } else if (status == null) {
                        problems.add(document.error(pointer, "status " + describe(entry.getValue()) + " is not a status",
                                "give met, unmet, unknown or waived"));
                    } else {
                        statuses.put(entry.getKey(), status);
                    }
                }
            }
            Expectations expectations = new Expectations(levels, scores, coverage, statuses);
            if (expectations.isEmpty() && problems.isEmpty()) {
                problems.add(document.error("/expect", "expect expects nothing", "give any of " + String.join(", ", EXPECT_FIELDS)));
            }
            return expectations;
        }

        private ExpectedResult expected(JsonNode node) {
            if (!node.isTextual()) {
                problems.add(document.error("/expected", "expected is " + describe(node) + ", not a path",
                        "name a result file written by mnr score, relative to the case file"));
                return null;
            }
            Path path = resolve(node.asText());
            if (!exists(path, "/expected")) {
                return null;
            }
            try {
                return ExpectedResultReader.read(path);
            } catch (InvalidCaseException e) {
                problems.addAll(e.problems());
                return null;
            }
        }

        /** Calls back for each capability-keyed entry of a mapping, checking the capability. */
        private void forEachCapability(JsonNode expect, String field, CapabilityEntry entry) {
            JsonNode node = expect.get(field);
            String at = "/expect/" + field;
            if (node == null || !mapping(node, at)) {
                return;
            }
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                String pointer = at + "/" + e.getKey();
                if (!NUMBER.matcher(e.getKey()).matches() || !capabilities.contains(Integer.parseInt(e.getKey()))) {
                    problems.add(document.error(pointer, "'" + e.getKey() + "' is not a capability",
                            "give a capability number, " + capabilities.stream().findFirst().orElse(1) + " to "
                                    + capabilities.stream().reduce((a, b) -> b).orElse(1)));
                } else {
                    entry.accept(Integer.parseInt(e.getKey()), e.getValue(), pointer);
                }
            }
        }

        private boolean mapping(JsonNode node, String pointer) {
            if (node.isObject()) {
                return true;
            }
            problems.add(document.error(pointer, pointer.substring(1).replace('/', '.') + " is " + describe(node) + ", not a mapping",
                    "write for example {1: 2}"));
            return false;
        }

        private void unknownFields(JsonNode node, String pointer, List<String> known) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
                String name = names.next();
                if (!known.contains(name)) {
                    String hint = Suggestion.hint(name, known);
                    problems.add(document.error(pointer + "/" + name, "unknown field '" + name + "'",
                            hint != null ? hint : "known fields: " + String.join(", ", known)));
                }
            }
        }

        private String optionalText(JsonNode root, String pointer) {
            JsonNode node = root.at(pointer);
            if (node.isMissingNode() || node.isNull()) {
                return null;
            }
            if (!node.isTextual() && !node.isNumber()) {
                problems.add(document.error(pointer, pointer.substring(1) + " is " + describe(node) + ", not text", null));
                return null;
            }
            return node.asText();
        }

        private boolean exists(Path path, String pointer) {
            if (Files.isRegularFile(path)) {
                return true;
            }
            problems.add(document.error(pointer, "no such file " + path, "a path in a case file is relative to the case file's folder"));
            return false;
        }

        private Path resolve(String path) {
            Path folder = file.getParent();
            return (folder == null ? Path.of(path) : folder.resolve(path)).normalize();
        }
    }

    static String describe(JsonNode node) {
        if (node.isObject()) {
            return "a mapping";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isNull()) {
            return "null";
        }
        if (node.isTextual()) {
            String text = node.asText();
            return "'" + (text.length() > 40 ? text.substring(0, 37) + "..." : text) + "'";
        }
        return node.asText();
    }

    /** One entry of a capability-keyed mapping. */
    @FunctionalInterface
    private interface CapabilityEntry {
        void accept(int capability, JsonNode value, String pointer);
    }
}
