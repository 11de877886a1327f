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
import org.mnr.engine.pack.PackRules;
import org.mnr.engine.pack.PackTexts;
import org.mnr.engine.model.Criterion;
import org.mnr.engine.result.Assessment;
import org.mnr.engine.result.CapabilityResult;
import org.mnr.reports.PlannedReports;
import org.mnr.server.view.CapabilityForm;
import org.mnr.server.view.Choice;
import org.mnr.server.view.CompareView;
import org.mnr.server.view.EditorView;
import org.mnr.server.view.FileRow;
import org.mnr.server.view.KeyField;
import org.mnr.server.view.PageText;
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
    private final String defaultLanguage;

    Pages(MaturityEngine engine, Workspace workspace, Api api, Deadline deadline, String defaultLanguage) {
        this.engine = engine;
        this.workspace = workspace;
        this.api = api;
        this.deadline = deadline;
        this.defaultLanguage = defaultLanguage;
    }

    /**
     * The words of a page in the language its {@code lang} parameter names ({@code en}, {@code fr}, {@code es}, or a tag
     * such as {@code fr-CA}, as the reports' {@code lang}), else in the server's default; any other is refused with 400,
     * in the default language. Accept-Language is not read, so that the same address gives the same page.
     */
    private PageText text(Exchange exchange) {
        String here = exchange.target().replaceAll("([?&])lang=[^&]*&?", "$1").replaceAll("[?&]$", "");
        String given = exchange.query("lang");
        if (given == null) {
            return PageText.of(defaultLanguage, false, here);
        }
        Locale asked = PlannedReports.language(given.strip()).orElse(null);
        if (asked == null || !PageText.LANGUAGES.contains(asked.getLanguage())) {
            PageText fallback = PageText.of(defaultLanguage, false, here);
            throw HttpFailure.of(400, fallback.format("lang.unknown", String.join(", ", PageText.LANGUAGES), given), null);
        }
        return PageText.of(asked.getLanguage(), true, here);
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
        PageText text = text(exchange);
        List<FileRow> rows = deadline.within(api::entries).stream()
                .map(e -> new FileRow(e.name(), e.format(), e.country(), e.countryName(), e.assessedOn(), e.valid()))
                .toList();
        WorkspaceView view = new WorkspaceView(workspace.folder().toString(), rows, LocalDate.now(ZoneOffset.UTC).toString());
        exchange.send(200, Exchange.HTML, render("workspace.jte", Map.of("page", view, "t", text)));
    }

    /**
     * Starts a new assessment: chooses a JSON file name not yet taken (from the one asked for, or from
     * the code, name and year) and opens the empty form for it.
     */
    private void start(Exchange exchange) {
        PageText text = text(exchange);
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
        exchange.redirect(text.link("/edit/" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20")
                + "?code=" + enc(code) + "&name=" + enc(country) + "&date=" + enc(date)));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * The form for a file: as read when it exists; when it does not, a new assessment of the country the
     * query names ({@code code}, {@code name}, {@code date}).
     */
    private void edit(Exchange exchange) {
        PageText text = text(exchange);
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
            evidence = newEvidence(exchange, problems, text);
        } else {
            evidence = parsed.evidence();
            List<Problem> found = engine.validate(parsed, Variants.fromMemberships());
            // Said in the page's language; the API's JSON keeps the English text, as tools match it.
            Locale language = Locale.forLanguageTag(text.language());
            found.forEach(p -> problems.add(p.toString(language)));
            if (evidence == null) {
                exchange.send(400, Exchange.HTML, render("unreadable.jte", Map.of("file", name, "problems", problems, "t", text)));
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
        PackTexts packTexts = engine.texts(text.language());
        EditorView view = editor(name, saveName, target, evidence, assessment, problems, parsed != null, text, packTexts);
        exchange.send(200, Exchange.HTML, render("editor.jte", Map.of("page", view, "t", text, "words", scriptWords(text, packTexts))));
    }

    private Evidence newEvidence(Exchange exchange, List<String> problems, PageText text) {
        String code = exchange.query("code");
        String country = exchange.query("name");
        String date = exchange.query("date");
        LocalDate assessedOn;
        try {
            assessedOn = date == null || date.isBlank() ? LocalDate.now(ZoneOffset.UTC) : LocalDate.parse(date);
        } catch (RuntimeException e) {
            problems.add(text.format("editor.bad-date", date));
            assessedOn = LocalDate.now(ZoneOffset.UTC);
        }
        Evidence.Builder builder = Evidence.builder(code == null ? "" : code.trim().toUpperCase(Locale.ROOT), assessedOn);
        if (country != null && !country.isBlank()) {
            builder.name(country.trim());
        }
        return builder.build();
    }

    private EditorView editor(String file, String saveName, Workspace.Version target, Evidence evidence, Assessment assessment,
            List<String> problems, boolean readable, PageText text, PackTexts packTexts) {
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
            domainNames.put(domain.id(), or(packTexts.domainName(domain.id()), domain.name()));
        }
        List<CapabilityForm> capabilities = new ArrayList<>();
        for (Capability capability : framework.capabilities()) {
            List<KeyField> fields = new ArrayList<>();
            for (EvidenceKey key : byCapability.getOrDefault(capability.id(), List.of())) {
                fields.add(field(key, !key.pack().equals(basePack()), given.get(key.key()), text, packTexts));
            }
            CapabilityResult result = assessment == null ? null : assessment.capability(capability.id()).orElse(null);
            String summary = or(packTexts.capabilitySummary(capability.id()), capability.summary());
            capabilities.add(new CapabilityForm(capability.id(), or(packTexts.capabilityName(capability.id()), capability.name()),
                    domainNames.getOrDefault(capability.domain(), ""), summary == null ? "" : summary, fields,
                    result == null ? "" : level(result, text, packTexts),
                    result == null ? "" : Math.round(result.coverage() * 100) + "%",
                    result == null ? "" : next(result, text, packTexts),
                    result != null && result.provisional(), result != null && result.assessed(),
                    result == null || result.confidence() == null ? text.get("confidence.none")
                            : text.get("confidence." + result.confidence().word())));
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
                info == null || info.organisation() == null ? "" : info.organisation(), statuses(info, text),
                assessment == null ? "" : score(assessment.overall().score(), assessment.overall().scoreMax(), text), capabilities, compareWith,
                problems);
    }

    /** The status choices of the form: not said, draft, final; the file's is chosen, so that saving keeps it. */
    private static List<Choice> statuses(AssessmentInfo info, PageText text) {
        AssessmentStatus given = info == null ? null : info.status();
        List<Choice> choices = new ArrayList<>(List.of(new Choice("", text.get("editor.status.none"), given == null)));
        for (AssessmentStatus status : AssessmentStatus.values()) {
            choices.add(new Choice(status.id(), text.get("editor.status." + status.id()), status == given));
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
    static String level(CapabilityResult result, PageText text, PackTexts packTexts) {
        if (!result.assessed()) {
            return text.get("level.not-assessed");
        }
        String level = result.level() + " " + or(packTexts.levelName(result.level()), result.levelName());
        return result.provisional()
                ? text.format("level.range", level, result.levelMax() + " " + or(packTexts.levelName(result.levelMax()), result.levelMaxName()))
                : level;
    }

    /** A pack's text in the page's language, or the model's own where no pack gives one. */
    private static String or(String translated, String own) {
        return translated == null ? own : translated;
    }

    /**
     * A score, or its range while evidence is missing ({@code 25.0 to 75.0}), as the reports write it: one decimal, the
     * page's language's separator ({@code 25,0 à 75,0} in French), never the system's locale.
     */
    static String score(double score, double scoreMax, PageText text) {
        return scoreMax > score ? text.format("score.range", decimal(score, text), decimal(scoreMax, text)) : decimal(score, text);
    }

    /** One decimal with the bundle's separator, as the reports' {@code number.decimal-separator}; app.js does the same. */
    private static String decimal(double number, PageText text) {
        return String.format(Locale.ROOT, "%.1f", number).replace(".", text.get("score.decimal-separator"));
    }

    static String next(CapabilityResult result, PageText text, PackTexts packTexts) {
        if (result.next() == null) {
            return text.get("next.mature");
        }
        return text.format("next.to-reach", result.next().level() + " " + or(packTexts.levelName(result.next().level()), result.next().name()),
                String.join(", ", result.next().blocking()));
    }

    /**
     * What app.js needs to write the page's words as the form changes: the words themselves, and level names,
     * capability names and criterion titles in the page's language (the API answers with the packs' own texts).
     */
    private String scriptWords(PageText text, PackTexts packTexts) {
        Map<Integer, String> levels = new HashMap<>();
        engine.framework().levels().forEach(l -> levels.put(l.level(), or(packTexts.levelName(l.level()), l.name())));
        Map<Integer, String> capabilities = new HashMap<>();
        engine.framework().capabilities().forEach(c -> capabilities.put(c.id(), or(packTexts.capabilityName(c.id()), c.name())));
        Map<String, String> criteria = new HashMap<>();
        for (PackRules rules : engine.packRules()) {
            for (Criterion criterion : rules.criteria()) {
                criteria.putIfAbsent(criterion.id(), or(packTexts.criterionTitle(criterion.id()), criterion.title()));
            }
        }
        return text.scriptWords(levels, capabilities, criteria);
    }

    private static KeyField field(EvidenceKey key, boolean variant, EvidenceItem item, PageText text, PackTexts packTexts) {
        Object value = item == null ? null : item.value();
        List<Choice> choices = new ArrayList<>();
        String shown = value == null ? "" : value instanceof BigDecimal n ? n.toPlainString() : String.valueOf(value);
        boolean none = false;
        switch (key.type()) {
            case BOOLEAN -> {
                choices.add(new Choice("true", text.get("editor.yes"), Boolean.TRUE.equals(value)));
                choices.add(new Choice("false", text.get("editor.no"), Boolean.FALSE.equals(value)));
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
        List<Choice> confidences = Arrays.stream(Confidence.values())
                .map(c -> new Choice(c.word(), text.get("confidence." + c.word()), c == given)).toList();
        String description = or(packTexts.keyDescription(key.key()), key.description());
        return new KeyField(key.key(), key.type().id(), description == null ? "" : description, range(key, text), key.pack(), variant, shown,
                choices, key.min() == null ? "" : key.min().toPlainString(), key.max() == null ? "" : key.max().toPlainString(), none,
                item == null || item.source() == null ? "" : item.source(), item == null || item.note() == null ? "" : item.note(), confidences);
    }

    private static String range(EvidenceKey key, PageText text) {
        if (key.type() != ValueType.NUMBER) {
            return key.type() == ValueType.DATE ? text.get("range.date") : "";
        }
        String unit = key.unit() == null ? "" : " " + key.unit();
        if (key.min() != null && key.max() != null) {
            return text.format("range.between", key.min().toPlainString(), key.max().toPlainString()) + unit;
        }
        if (key.min() != null) {
            return text.format("range.at-least", key.min().toPlainString()) + unit;
        }
        return (key.max() != null ? text.format("range.at-most", key.max().toPlainString()) : text.get("range.number")) + unit;
    }

    private void compare(Exchange exchange) {
        PageText text = text(exchange);
        String before = exchange.query("before");
        String after = exchange.query("after");
        List<String> problems = new ArrayList<>();
        String moved = deadline.within(() -> {
            Assessed a = assessed(before, problems, text);
            Assessed b = assessed(after, problems, text);
            Locale lang = Locale.forLanguageTag(text.language());
            return problems.isEmpty() ? TextDiff.render(Comparer.compare(a, b, lang, engine.texts(text.language())), lang) : "";
        });
        CompareView view = new CompareView(before == null ? "" : before, after == null ? "" : after, moved, problems);
        exchange.send(problems.isEmpty() ? 200 : 400, Exchange.HTML, render("compare.jte", Map.of("page", view, "t", text)));
    }

    private Assessed assessed(String name, List<String> problems, PageText text) {
        ParsedEvidence parsed = api.parseFile(name);
        if (parsed == null) {
            problems.add(text.format("compare.no-file", name));
            return null;
        }
        try {
            return Assessed.ofEvidence(name, parsed.evidence(), api.assess(parsed, Variants.fromMemberships()), api.reads());
        } catch (HttpFailure e) {
            e.problems().forEach(p -> problems.add(p.toString(Locale.forLanguageTag(text.language()))));
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
