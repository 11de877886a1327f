package org.mnr.server;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.mnr.diff.Assessed;
import org.mnr.diff.Comparer;
import org.mnr.diff.TextDiff;
import org.mnr.engine.MaturityEngine;
import org.mnr.engine.Variants;
import org.mnr.engine.evidence.Confidence;
import org.mnr.engine.evidence.AssessmentInfo;
import org.mnr.engine.evidence.AssessmentStatus;
import org.mnr.engine.evidence.Evidence;
import org.mnr.engine.evidence.EvidenceItem;
import org.mnr.engine.evidence.ParsedEvidence;
import org.mnr.engine.evidence.Problem;
import org.mnr.engine.model.Capability;
import org.mnr.engine.model.Domain;
import org.mnr.engine.model.EvidenceKey;
import org.mnr.engine.model.Framework;
import org.mnr.engine.model.ValueType;
import org.mnr.engine.result.Assessment;
import org.mnr.engine.result.CapabilityResult;
import org.mnr.server.view.CapabilityForm;
import org.mnr.server.view.Choice;
import org.mnr.server.view.CompareView;
import org.mnr.server.view.EditorView;
import org.mnr.server.view.FileRow;
import org.mnr.server.view.KeyField;
import org.mnr.server.view.WorkspaceView;

/**
 * The workspace's pages, rendered on the server with jte as the reports are; the one script and the
 * one style sheet they use are served from the classpath, so nothing comes from outside the machine.
 */
final class Pages {

    private static final TemplateEngine TEMPLATES =
            TemplateEngine.createPrecompiled(null, ContentType.Html, Pages.class.getClassLoader(), "org.mnr.server.templates");
    private static final Map<String, String> STATIC = Map.of(
            "app.js", "text/javascript; charset=utf-8",
            "app.css", "text/css; charset=utf-8");

    private final MaturityEngine engine;
    private final Workspace workspace;
    private final Api api;
    private final Deadline deadline;

    Pages(MaturityEngine engine, Workspace workspace, Api api, Deadline deadline) {
        this.engine = engine;
        this.workspace = workspace;
        this.api = api;
        this.deadline = deadline;
    }

    List<Route> routes() {
        return List.of(
                new Route("GET", "/", this::home),
                new Route("GET", "/new", this::start),
                new Route("GET", "/edit/{name}", this::edit),
                new Route("GET", "/compare", this::compare),
                new Route("GET", "/static/{file}", this::asset));
    }

    private void home(Exchange exchange) {
        List<FileRow> rows = deadline.within(api::entries).stream()
                .map(e -> new FileRow(e.name(), e.format(), e.country(), e.countryName(), e.assessedOn(), e.valid()))
                .toList();
        WorkspaceView view = new WorkspaceView(workspace.folder().toString(), rows, LocalDate.now(ZoneOffset.UTC).toString());
        exchange.send(200, Exchange.HTML, render("workspace.jte", Map.of("page", view)));
    }

    /**
     * Starts a new assessment: chooses a JSON file name not yet taken (from the one asked for, or from
     * the code, name and year) and opens the empty form for it.
     */
    private void start(Exchange exchange) {
        String code = exchange.query("code") == null ? "" : exchange.query("code").trim();
        String country = exchange.query("name") == null ? "" : exchange.query("name").trim();
        String date = exchange.query("date") == null ? "" : exchange.query("date").trim();
        String asked = exchange.query("file") == null ? "" : exchange.query("file").trim();
        String base = asked.isEmpty()
                ? String.join("-", code, country, date.length() >= 4 ? date.substring(0, 4) : "").toLowerCase(Locale.ROOT)
                        .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "")
                : Workspace.baseName(asked);
        if (base.isEmpty()) {
            base = "assessment";
        }
        String name = base + ".json";
        for (int n = 2; workspace.read(name) != null; n++) {
            name = base + "-" + n + ".json";
        }
        workspace.file(name);
        exchange.redirect("/edit/" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20")
                + "?code=" + enc(code) + "&name=" + enc(country) + "&date=" + enc(date));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * The form for a file: as read when it exists; when it does not, a new assessment of the country the
     * query names ({@code code}, {@code name}, {@code date}).
     */
    private void edit(Exchange exchange) {
        String name = exchange.pathParameter("name");
        workspace.file(name);
        String saveName = Workspace.isJson(name) ? name : Workspace.baseName(name) + ".json";
        Workspace.Version target = workspace.read(saveName);
        ParsedEvidence parsed = deadline.within(() -> api.parseFile(name));
        List<String> problems = new ArrayList<>();
        Evidence evidence;
        if (parsed == null) {
            if (!Workspace.isJson(name)) {
                throw HttpFailure.of(404, "there is no file " + name + " in the workspace", "start a new assessment from the workspace page");
            }
            evidence = newEvidence(exchange, problems);
        } else {
            evidence = parsed.evidence();
            List<Problem> found = engine.validate(parsed, Variants.fromMemberships());
            found.forEach(p -> problems.add(p.toString()));
            if (evidence == null) {
                exchange.send(400, Exchange.HTML, render("unreadable.jte", Map.of("file", name, "problems", problems)));
                return;
            }
        }
        Assessment assessment = null;
        if (problems.isEmpty() || parsed != null && !parsed.hasErrors()) {
            try {
                ParsedEvidence scored = parsed;
                assessment = deadline.within(() -> scored == null ? engine.assess(evidence) : engine.assess(scored, Variants.fromMemberships()));
            } catch (RuntimeException e) {
                // The form shows the problems beside the fields as the page's script scores it; no level until then.
                assessment = null;
            }
        }
        EditorView view = editor(name, saveName, target, evidence, assessment, problems, parsed != null);
        exchange.send(200, Exchange.HTML, render("editor.jte", Map.of("page", view)));
    }

    private Evidence newEvidence(Exchange exchange, List<String> problems) {
        String code = exchange.query("code");
        String country = exchange.query("name");
        String date = exchange.query("date");
        LocalDate assessedOn;
        try {
            assessedOn = date == null || date.isBlank() ? LocalDate.now(ZoneOffset.UTC) : LocalDate.parse(date);
        } catch (RuntimeException e) {
            problems.add("the assessment date '" + date + "' is not a date like 2026-06-30");
            assessedOn = LocalDate.now(ZoneOffset.UTC);
        }
        Evidence.Builder builder = Evidence.builder(code == null ? "" : code.trim().toUpperCase(Locale.ROOT), assessedOn);
        if (country != null && !country.isBlank()) {
            builder.name(country.trim());
        }
        return builder.build();
    }

    private EditorView editor(String file, String saveName, Workspace.Version target, Evidence evidence, Assessment assessment,
            List<String> problems, boolean readable) {
        Framework framework = engine.framework();
        Map<String, EvidenceItem> given = new HashMap<>();
        for (EvidenceItem item : evidence.items()) {
            given.putIfAbsent(item.key(), item);
        }
        Map<Integer, List<EvidenceKey>> byCapability = new HashMap<>();
        // The base pack's keys first, then each variant's, each in key order: stable whatever the map's order.
        List<EvidenceKey> keys = engine.checker().vocabulary().values().stream()
                .sorted(Comparator.comparing((EvidenceKey k) -> !k.pack().equals(basePack()))
                        .thenComparing(EvidenceKey::pack).thenComparing(EvidenceKey::key))
                .toList();
        for (EvidenceKey key : keys) {
            byCapability.computeIfAbsent(key.capability(), c -> new ArrayList<>()).add(key);
        }
        Map<String, String> domainNames = new HashMap<>();
        for (Domain domain : framework.domains()) {
            domainNames.put(domain.id(), domain.name());
        }
        List<CapabilityForm> capabilities = new ArrayList<>();
        for (Capability capability : framework.capabilities()) {
            List<KeyField> fields = new ArrayList<>();
            for (EvidenceKey key : byCapability.getOrDefault(capability.id(), List.of())) {
                fields.add(field(key, !key.pack().equals(basePack()), given.get(key.key())));
            }
            CapabilityResult result = assessment == null ? null : assessment.capability(capability.id()).orElse(null);
            capabilities.add(new CapabilityForm(capability.id(), capability.name(), domainNames.getOrDefault(capability.domain(), ""),
                    capability.summary() == null ? "" : capability.summary(), fields,
                    result == null ? "" : level(result),
                    result == null ? "" : Math.round(result.coverage() * 100) + "%",
                    result == null ? "" : next(result),
                    result != null && result.provisional(), result != null && result.assessed(),
                    result == null || result.confidence() == null ? "none (level 0)" : result.confidence().word()));
        }
        AssessmentInfo info = evidence.assessment().orElse(null);
        List<Choice> memberships = new TreeSet<>(MaturityEngine.MODEL_MEMBERSHIPS).stream()
                .map(m -> new Choice(m, m, evidence.country().memberships().contains(m))).toList();
        List<String> compareWith = new ArrayList<>();
        for (Api.FileEntry entry : readable ? api.entries() : List.<Api.FileEntry>of()) {
            if (!entry.name().equals(file) && !entry.name().equals(saveName) && evidence.country().code().equals(entry.country())) {
                compareWith.add(entry.name());
            }
        }
        return new EditorView(file, saveName, target != null, target == null ? "" : target.etag(), evidence.country().code(),
                evidence.country().name() == null ? "" : evidence.country().name(), memberships, evidence.assessedOn().toString(),
                info == null || info.assessor() == null ? "" : info.assessor(),
                info == null || info.organisation() == null ? "" : info.organisation(), statuses(info),
                assessment == null ? "" : score(assessment.overall().score(), assessment.overall().scoreMax()), capabilities, compareWith,
                problems);
    }

    /** The status choices of the form: not said, draft, final; the file's is chosen, so that saving keeps it. */
    private static List<Choice> statuses(AssessmentInfo info) {
        AssessmentStatus given = info == null ? null : info.status();
        List<Choice> choices = new ArrayList<>(List.of(new Choice("", "not said", given == null)));
        for (AssessmentStatus status : AssessmentStatus.values()) {
            choices.add(new Choice(status.id(), status.id(), status == given));
        }
        return choices;
    }

    private String basePack() {
        return engine.packs().stream().filter(p -> !p.descriptor().isVariant()).map(p -> p.id()).findFirst().orElse("");
    }

    /**
     * A capability's level in the reports' words, as the script writes it when the form changes: "Not assessed" while
     * no criterion is settled, the level with the highest it could reach while evidence is missing, else the level.
     */
    static String level(CapabilityResult result) {
        if (!result.assessed()) {
            return "Not assessed";
        }
        String level = result.level() + " " + result.levelName();
        return result.provisional() ? level + ", up to " + result.levelMax() + " " + result.levelMaxName() : level;
    }

    /** A score, or its range while evidence is missing ({@code 25.0 to 75.0}), as the reports write it. */
    static String score(double score, double scoreMax) {
        return scoreMax > score ? String.format(Locale.ROOT, "%.1f to %.1f", score, scoreMax) : String.format(Locale.ROOT, "%.1f", score);
    }

    static String next(CapabilityResult result) {
        if (result.next() == null) {
            return "Mature: no next level";
        }
        return "to reach " + result.next().level() + " " + result.next().name() + ": " + String.join(", ", result.next().blocking());
    }

    private static KeyField field(EvidenceKey key, boolean variant, EvidenceItem item) {
        Object value = item == null ? null : item.value();
        List<Choice> choices = new ArrayList<>();
        String shown = value == null ? "" : value instanceof BigDecimal n ? n.toPlainString() : String.valueOf(value);
        boolean none = false;
        switch (key.type()) {
            case BOOLEAN -> {
                choices.add(new Choice("true", "Yes", Boolean.TRUE.equals(value)));
                choices.add(new Choice("false", "No", Boolean.FALSE.equals(value)));
            }
            case ENUM -> key.values().forEach(v -> choices.add(new Choice(v, v.replace('_', ' '), v.equals(value))));
            case SET -> {
                Collection<?> members = value instanceof Collection<?> c ? c : List.of();
                none = value instanceof Collection<?> c && c.isEmpty();
                key.values().forEach(v -> choices.add(new Choice(v, v.replace('_', ' '), members.contains(v))));
                shown = "";
            }
            default -> {
            }
        }
        Confidence given = item == null ? null : item.confidence();
        List<Choice> confidences = Arrays.stream(Confidence.values()).map(c -> new Choice(c.word(), c.word(), c == given)).toList();
        return new KeyField(key.key(), key.type().id(), key.description() == null ? "" : key.description(), range(key), key.pack(), variant, shown,
                choices, key.min() == null ? "" : key.min().toPlainString(), key.max() == null ? "" : key.max().toPlainString(), none,
                item == null || item.source() == null ? "" : item.source(), item == null || item.note() == null ? "" : item.note(), confidences);
    }

    private static String range(EvidenceKey key) {
        if (key.type() != ValueType.NUMBER) {
            return key.type() == ValueType.DATE ? "a date" : key.type() == ValueType.BOOLEAN ? "yes or no" : "";
        }
        String unit = key.unit() == null ? "" : " " + key.unit();
        if (key.min() != null && key.max() != null) {
            return "a number from " + key.min().toPlainString() + " to " + key.max().toPlainString() + unit;
        }
        if (key.min() != null) {
            return "a number of at least " + key.min().toPlainString() + unit;
        }
        return key.max() != null ? "a number of at most " + key.max().toPlainString() + unit : "a number" + unit;
    }

    private void compare(Exchange exchange) {
        String before = exchange.query("before");
        String after = exchange.query("after");
        List<String> problems = new ArrayList<>();
        String text = deadline.within(() -> {
            Assessed a = assessed(before, problems);
            Assessed b = assessed(after, problems);
            return problems.isEmpty() ? TextDiff.render(Comparer.compare(a, b)) : "";
        });
        CompareView view = new CompareView(before == null ? "" : before, after == null ? "" : after, text, problems);
        exchange.send(problems.isEmpty() ? 200 : 400, Exchange.HTML, render("compare.jte", Map.of("page", view)));
    }

    private Assessed assessed(String name, List<String> problems) {
        ParsedEvidence parsed = api.parseFile(name);
        if (parsed == null) {
            problems.add("there is no file " + name + " in the workspace");
            return null;
        }
        try {
            return Assessed.ofEvidence(name, parsed.evidence(), api.assess(parsed, Variants.fromMemberships()), api.reads());
        } catch (HttpFailure e) {
            e.problems().forEach(p -> problems.add(p.toString()));
            return null;
        }
    }

    private void asset(Exchange exchange) throws IOException {
        String file = exchange.pathParameter("file");
        String type = STATIC.get(file);
        if (type == null) {
            throw HttpFailure.of(404, "there is nothing at " + exchange.path(), null);
        }
        try (InputStream in = Pages.class.getResourceAsStream("static/" + file)) {
            exchange.send(200, type, in.readAllBytes());
        }
    }

    private static String render(String template, Map<String, Object> parameters) {
        StringOutput html = new StringOutput();
        TEMPLATES.render(template, parameters, html);
        return html.toString();
    }
}
