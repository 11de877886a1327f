package org.mnr.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.mnr.engine.internal.result.ResultMapper;
import org.mnr.catalogue.CatalogueBuilder;
import org.mnr.catalogue.schema.EvidenceSchema;
import org.mnr.catalogue.schema.ResultSchema;
import org.mnr.diff.Assessed;
import org.mnr.diff.CriterionReads;
import org.mnr.engine.error.InvalidResultException;
import org.mnr.diff.Comparer;
import org.mnr.diff.Comparison;
import org.mnr.engine.MaturityEngine;
import org.mnr.engine.Planner;
import org.mnr.engine.Variants;
import org.mnr.engine.error.RuleFailureException;
import org.mnr.engine.evidence.Evidence;
import org.mnr.engine.evidence.InvalidEvidenceException;
import org.mnr.engine.evidence.ParsedEvidence;
import org.mnr.engine.evidence.Problem;
import org.mnr.engine.pack.Pack;
import org.mnr.engine.pack.PackDescriptor;
import org.mnr.engine.pack.PackException;
import org.mnr.engine.planning.Plan;
import org.mnr.engine.result.Assessment;
import org.mnr.engine.result.ResultJson;
import org.mnr.reports.CsvReport;
import org.mnr.reports.HtmlReport;
import org.mnr.reports.MarkdownReport;
import org.mnr.reports.PdfReport;
import org.mnr.reports.PlannedReports;
import org.mnr.reports.ReportInput;
import org.mnr.reports.TextReport;
import org.mnr.template.EvidenceTemplate;
import org.mnr.workbook.WorkbookReader;
import org.mnr.workbook.WorkbookWriter;

/**
 * The routes under {@code /api}: the engine's operations, JSON in and out, every refusal a list of
 * problems in the library's words; and the workspace's files, read and saved with their versions.
 */
final class Api {

    /** The OpenAPI document, kept identical to {@code docs/openapi.json} by a test. */
    static final String OPENAPI_RESOURCE = "openapi.json";

    private static final ObjectMapper MAPPER = ResultMapper.mapper();

    private final MaturityEngine engine;
    private final Workspace workspace;
    private final Deadline deadline;
    private final Map<String, List<String>> reads;
    private final ObjectMapper requestMapper;

    Api(MaturityEngine engine, Workspace workspace, Deadline deadline) {
        this.engine = engine;
        this.workspace = workspace;
        this.deadline = deadline;
        this.reads = CriterionReads.of(engine);
        // The diff request holds two documents: read it within the same limits as an evidence file.
        var limits = engine.evidenceLimits();
        this.requestMapper = JsonMapper.builder()
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .build();
        this.requestMapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxDepth() + 1)
                .maxStringLength(limits.maxStringLength())
                .maxNumberLength(limits.maxNumberLength())
                .build());
    }

    /** The keys each criterion reads, for comparisons. */
    Map<String, List<String>> reads() {
        return reads;
    }

    List<Route> routes() {
        return List.of(
                new Route("GET", "/api/openapi.json", this::openApi),
                new Route("POST", "/api/assess", this::assess),
                new Route("POST", "/api/validate", this::validate),
                new Route("POST", "/api/plan", this::plan),
                new Route("POST", "/api/diff", this::diff),
                new Route("GET", "/api/catalogue", this::catalogue),
                new Route("GET", "/api/schema", this::schema),
                new Route("GET", "/api/packs", this::packs),
                new Route("GET", "/api/workspace/files", this::listFiles),
                new Route("GET", "/api/workspace/files/{name}", this::readFile),
                new Route("PUT", "/api/workspace/files/{name}", this::saveFile),
                new Route("GET", "/api/workspace/files/{name}/download", this::download));
    }

    private void openApi(Exchange exchange) throws IOException {
        try (InputStream in = Api.class.getResourceAsStream(OPENAPI_RESOURCE)) {
            exchange.send(200, Exchange.JSON, in.readAllBytes());
        }
    }

    // ---- the engine's operations

    private void assess(Exchange exchange) {
        String format = option(exchange, "format", "json", List.of("json", "html", "md", "pdf", "csv", "text"));
        Locale locale = language(exchange);
        Variants variants = variants(exchange);
        ParsedEvidence parsed = parseBody(exchange.body());
        Assessment assessment = deadline.within(() -> assess(parsed, variants));
        switch (format) {
            case "html", "md", "pdf" -> {
                byte[] report = deadline.within(() -> fullReport(format, parsed, variants, assessment, locale));
                exchange.send(200, REPORT_TYPES.get(format), report);
            }
            case "csv" -> exchange.send(200, "text/csv; charset=utf-8", CsvReport.render(List.of(assessment)));
            case "text" -> exchange.send(200, "text/plain; charset=utf-8", TextReport.render(ReportInput.of(assessment).withLocale(locale)
                    .withTexts(engine.texts(locale.getLanguage()))));
            default -> exchange.json(200, ResultJson.write(assessment));
        }
    }

    /** The content type of each full report. */
    private static final Map<String, String> REPORT_TYPES = Map.of(
            "html", Exchange.HTML, "md", "text/markdown; charset=utf-8", "pdf", "application/pdf");

    /**
     * A full report (HTML, Markdown or PDF) built as {@code mnr score} builds it, so that the same file
     * gives the same bytes from either.
     */
    private byte[] fullReport(String format, ParsedEvidence parsed, Variants variants, Assessment assessment, Locale locale) {
        ReportInput input = PlannedReports.of(engine, parsed, variants, assessment, locale);
        return switch (format) {
            case "md" -> MarkdownReport.render(input).getBytes(StandardCharsets.UTF_8);
            case "pdf" -> PdfReport.render(input);
            default -> HtmlReport.render(input).getBytes(StandardCharsets.UTF_8);
        };
    }

    /** The report language the {@code lang} parameter names, English without it; any other is refused with 400. */
    private static Locale language(Exchange exchange) {
        String given = exchange.query("lang");
        if (given == null) {
            return Locale.ENGLISH;
        }
        return PlannedReports.language(given).orElseThrow(() -> HttpFailure.of(400,
                "lang takes " + String.join(", ", PlannedReports.LANGUAGES) + ", not '" + given + "'", null));
    }

    private void validate(Exchange exchange) {
        Variants variants = variants(exchange);
        ParsedEvidence parsed = parseBody(exchange.body());
        List<Problem> problems = deadline.within(() -> engine.validate(parsed, variants));
        if (problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR) || parsed.evidence() == null) {
            throw new HttpFailure(400, problems);
        }
        exchange.json(200, Problems.json(problems, true));
    }

    private void plan(Exchange exchange) {
        int target = integer(exchange, "target", 4, 1, 4);
        int top = integer(exchange, "top", 10, 1, 100);
        Set<Integer> capabilities = new TreeSet<>();
        for (String given : exchange.queries("capability")) {
            capabilities.add(parseInteger("capability", given, 1, 99));
        }
        Variants variants = variants(exchange);
        ParsedEvidence parsed = parseBody(exchange.body());
        Plan plan = deadline.within(() -> {
            if (parsed.evidence() == null || parsed.hasErrors()) {
                throw new HttpFailure(400, engine.validate(parsed, variants));
            }
            List<Problem> problems = engine.validate(parsed, variants);
            if (problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR)) {
                throw new HttpFailure(400, problems);
            }
            return new Planner(engine).plan(parsed.evidence(), variants, target, capabilities, top);
        });
        exchange.json(200, ResultJson.write(plan));
    }

    private void diff(Exchange exchange) {
        Variants variants = variants(exchange);
        JsonNode root = parseJson(exchange.body());
        List<Problem> problems = new ArrayList<>();
        for (String side : List.of("before", "after")) {
            if (!root.path(side).isObject()) {
                problems.add(Problems.request("the request has no '" + side + "' object",
                        "send {\"before\": EVIDENCE OR RESULT, \"after\": EVIDENCE OR RESULT}"));
            }
        }
        if (!problems.isEmpty()) {
            throw new HttpFailure(400, problems);
        }
        Comparison comparison = deadline.within(() -> {
            Assessed before = assessed("before", root.get("before"), variants, problems);
            Assessed after = assessed("after", root.get("after"), variants, problems);
            if (!problems.isEmpty()) {
                throw new HttpFailure(400, problems);
            }
            return Comparer.compare(before, after);
        });
        exchange.json(200, ResultJson.write(comparison));
    }

    /** One side of a comparison: a result as {@code mnr score} writes it, or evidence scored now. */
    private Assessed assessed(String side, JsonNode node, Variants variants, List<Problem> problems) throws IOException {
        byte[] bytes = MAPPER.writeValueAsBytes(node);
        if (node.has("capabilities") && !node.has("evidence")) {
            try {
                return Assessed.ofResult(side, ResultJson.read(bytes));
            } catch (InvalidResultException e) {
                problems.add(Problems.request("'" + side + "' is not a result written by 'mnr score'",
                        "send the result as mnr score writes it, or the evidence"));
                return null;
            }
        }
        ParsedEvidence parsed = engine.evidenceReader().read(bytes, side);
        try {
            return Assessed.ofEvidence(side, parsed.evidence(), assess(parsed, variants), reads);
        } catch (HttpFailure e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    private void catalogue(Exchange exchange) {
        List<String> variants = knownVariants(exchange.queries("variant"));
        try {
            exchange.json(200, ResultJson.write(new CatalogueBuilder(engine).build(variants)));
        } catch (PackException e) {
            throw HttpFailure.of(400, e.getMessage(), "apply variants that change different criteria");
        }
    }

    private void schema(Exchange exchange) {
        String kind = option(exchange, "kind", "evidence", List.of("evidence", "result"));
        List<String> variants = knownVariants(exchange.queries("variant"));
        if (kind.equals("result")) {
            if (!variants.isEmpty()) {
                throw HttpFailure.of(400, "variant chooses evidence keys; the result schema is the same for every pack", "leave out variant");
            }
            exchange.json(200, ResultSchema.build());
        } else {
            exchange.json(200, EvidenceSchema.build(engine, variants));
        }
    }

    /**
     * One installed pack.
     *
     * @param id the pack id
     * @param name its name
     * @param version its version
     * @param kind base or variant
     * @param appliesTo the memberships a variant applies to
     */
    record Listed(String id, String name, String version, String kind, List<String> appliesTo) {
    }

    private void packs(Exchange exchange) {
        List<Listed> packs = new ArrayList<>();
        for (Pack pack : engine.packs()) {
            PackDescriptor d = pack.descriptor();
            packs.add(new Listed(d.id(), d.name(), d.version(), d.isVariant() ? "variant" : "base", d.appliesTo()));
        }
        exchange.json(200, ResultJson.write(packs));
    }

    // ---- the workspace's files

    /**
     * One file of the workspace as listed.
     *
     * @param name its file name
     * @param format json, yaml or xlsx
     * @param country the country code, when the file could be read
     * @param countryName the country's name, when given
     * @param assessedOn the assessment date, when the file could be read
     * @param valid whether it has no error
     */
    record FileEntry(String name, String format, String country, String countryName, String assessedOn, boolean valid) {
    }

    List<FileEntry> entries() {
        List<FileEntry> entries = new ArrayList<>();
        for (String name : workspace.names()) {
            ParsedEvidence parsed = parseFile(name);
            String format = Workspace.isWorkbook(name) ? "xlsx" : Workspace.isJson(name) ? "json" : "yaml";
            if (parsed == null) {
                continue;
            }
            var evidence = parsed.evidence();
            boolean valid = evidence != null && engine.validate(parsed, Variants.fromMemberships()).stream()
                    .noneMatch(p -> p.severity() == Problem.Severity.ERROR);
            entries.add(new FileEntry(name, format, evidence == null ? null : evidence.country().code(),
                    evidence == null ? null : evidence.country().name(), evidence == null ? null : evidence.assessedOn().toString(), valid));
        }
        return entries;
    }

    private void listFiles(Exchange exchange) {
        exchange.json(200, ResultJson.write(deadline.within(this::entries)));
    }

    /** A workspace file read as the CLI reads it, or null when there is no such file. */
    ParsedEvidence parseFile(String name) {
        Workspace.Version version = workspace.read(name);
        if (version == null) {
            return null;
        }
        if (Workspace.isWorkbook(name)) {
            return new WorkbookReader(engine.checker().vocabulary()).read(workspace.file(name));
        }
        return Evidence.parse(workspace.file(name), engine.evidenceLimits());
    }

    private void readFile(Exchange exchange) {
        String name = exchange.pathParameter("name");
        Workspace.Version version = workspace.read(name);
        if (version == null) {
            throw HttpFailure.of(404, "there is no file " + name + " in the workspace", "list the files with GET /api/workspace/files");
        }
        ParsedEvidence parsed = deadline.within(() -> parseFile(name));
        if (parsed == null || parsed.evidence() == null || parsed.hasErrors()) {
            throw new HttpFailure(400, parsed == null ? List.of() : engine.validate(parsed, Variants.fromMemberships()));
        }
        exchange.header("ETag", version.etag());
        exchange.json(200, EvidenceJson.write(parsed.evidence()));
    }

    private void saveFile(Exchange exchange) {
        String name = exchange.pathParameter("name");
        workspace.file(name);
        if (!Workspace.isJson(name)) {
            throw HttpFailure.of(400, "the workspace saves evidence as JSON; " + name + " is not a .json name",
                    "save it as " + Workspace.baseName(name) + ".json");
        }
        ParsedEvidence parsed = parseBody(exchange.body());
        List<Problem> problems = deadline.within(() -> engine.validate(parsed, Variants.fromMemberships()));
        if (parsed.evidence() == null || problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR)) {
            throw new HttpFailure(400, problems);
        }
        byte[] bytes = EvidenceJson.write(parsed.evidence()).getBytes(StandardCharsets.UTF_8);
        String etag = workspace.write(name, bytes, exchange.header("If-Match"), exchange.header("If-None-Match"));
        exchange.header("ETag", etag);
        ObjectNode body = MAPPER.createObjectNode().put("name", name).put("etag", etag);
        exchange.json(200, ResultJson.write(body));
    }

    private void download(Exchange exchange) {
        String name = exchange.pathParameter("name");
        String format = option(exchange, "format", "html", List.of("html", "md", "pdf", "csv", "result", "json", "xlsx"));
        Locale locale = language(exchange);
        ParsedEvidence parsed = deadline.within(() -> parseFile(name));
        if (parsed == null) {
            throw HttpFailure.of(404, "there is no file " + name + " in the workspace", "save the assessment first");
        }
        String base = Workspace.baseName(name);
        if (format.equals("json") || format.equals("xlsx")) {
            List<Problem> problems = engine.validate(parsed, Variants.fromMemberships());
            if (parsed.evidence() == null || problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR)) {
                throw new HttpFailure(400, problems);
            }
            if (format.equals("json")) {
                exchange.download(Exchange.JSON, base + ".json", EvidenceJson.write(parsed.evidence()).getBytes(StandardCharsets.UTF_8));
            } else {
                byte[] workbook = deadline.within(() -> WorkbookWriter.write(EvidenceTemplate.filled(engine, parsed.evidence(), List.of())));
                exchange.download("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", base + ".xlsx", workbook);
            }
            return;
        }
        Variants variants = Variants.fromMemberships();
        Assessment assessment = deadline.within(() -> assess(parsed, variants));
        switch (format) {
            case "csv" -> exchange.download("text/csv; charset=utf-8", base + ".csv",
                    CsvReport.render(List.of(assessment)).getBytes(StandardCharsets.UTF_8));
            case "result" -> exchange.download(Exchange.JSON, base + ".result.json",
                    ResultJson.write(assessment).getBytes(StandardCharsets.UTF_8));
            default -> {
                byte[] report = deadline.within(() -> fullReport(format, parsed, variants, assessment, locale));
                exchange.download(REPORT_TYPES.get(format), base + "." + format, report);
            }
        }
    }

    // ---- reading requests

    /** Assesses what was read, or refuses with 400 and every problem. */
    Assessment assess(ParsedEvidence parsed, Variants variants) {
        try {
            return engine.assess(parsed, variants);
        } catch (InvalidEvidenceException e) {
            throw new HttpFailure(400, e.problems());
        } catch (RuleFailureException e) {
            throw HttpFailure.of(500, e.getMessage(), "the packs' rules need fixing; run mnr lint on them");
        }
    }

    /** An evidence document sent as the body, read as the CLI reads a file. */
    ParsedEvidence parseBody(byte[] body) {
        if (body.length == 0) {
            throw HttpFailure.of(400, "the request body is empty", "send an evidence document as JSON, as an evidence file holds it");
        }
        return engine.evidenceReader().read(body, Problems.REQUEST);
    }

    private JsonNode parseJson(byte[] body) {
        if (body.length == 0) {
            throw HttpFailure.of(400, "the request body is empty", "send a JSON object");
        }
        try {
            JsonNode root = requestMapper.readTree(body);
            if (root == null || !root.isObject()) {
                throw HttpFailure.of(400, "the request body is not a JSON object", "send a JSON object");
            }
            return root;
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw HttpFailure.of(400, "the request body is not valid JSON" + where + ", or exceeds the evidence limits",
                    "send one well-formed JSON object");
        } catch (IOException e) {
            throw HttpFailure.of(400, "the request body could not be read", "send one well-formed JSON object");
        }
    }

    private Variants variants(Exchange exchange) {
        List<String> named = exchange.queries("variant");
        String mode = exchange.query("variants");
        if (mode != null && !mode.equals("none") && !mode.equals("memberships")) {
            throw HttpFailure.of(400, "variants takes 'none' or 'memberships', not '" + mode + "'", null);
        }
        if ("none".equals(mode)) {
            if (!named.isEmpty()) {
                throw HttpFailure.of(400, "variants=none and variant cannot be used together", "give one or the other");
            }
            return Variants.none();
        }
        return named.isEmpty() ? Variants.fromMemberships() : Variants.named(knownVariants(named));
    }

    private List<String> knownVariants(List<String> ids) {
        List<String> known = engine.packs().stream().filter(p -> p.descriptor().isVariant()).map(Pack::id).toList();
        for (String id : ids) {
            if (!known.contains(id)) {
                throw HttpFailure.of(400, "unknown variant '" + id + "'; installed variants: " + String.join(", ", known), null);
            }
        }
        return List.copyOf(new LinkedHashSet<>(ids));
    }

    private static String option(Exchange exchange, String name, String fallback, List<String> allowed) {
        String given = exchange.query(name);
        if (given == null) {
            return fallback;
        }
        if (!allowed.contains(given)) {
            throw HttpFailure.of(400, name + " takes " + String.join(", ", allowed) + ", not '" + given + "'", null);
        }
        return given;
    }

    private static int integer(Exchange exchange, String name, int fallback, int min, int max) {
        String given = exchange.query(name);
        return given == null ? fallback : parseInteger(name, given, min, max);
    }

    private static int parseInteger(String name, String given, int min, int max) {
        try {
            int value = Integer.parseInt(given);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // Reported below, as an out-of-range number is.
        }
        throw HttpFailure.of(400, name + " takes a whole number from " + min + " to " + max + ", not '" + given + "'", null);
    }

}
