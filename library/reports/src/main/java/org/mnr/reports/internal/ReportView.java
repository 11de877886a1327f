package org.mnr.reports.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mnr.engine.evidence.Confidence;
import org.mnr.engine.model.Capability;
import org.mnr.engine.planning.Need;
import org.mnr.engine.planning.Plan;
import org.mnr.engine.result.Assessment;
import org.mnr.engine.result.CapabilityResult;
import org.mnr.engine.result.CriterionResult;
import org.mnr.engine.result.DomainResult;
import org.mnr.engine.result.Status;
import org.mnr.reports.AssessmentMetadata;
import org.mnr.reports.ReportInput;

/**
 * What every report of one assessment shows, with each figure already written as text in the report's
 * language, so that the HTML, the PDF and the Markdown say the same thing.
 *
 * @param text the report's own words
 * @param countryCode the country's code
 * @param countryName the country's name, or null
 * @param assessedOn the assessment date, ISO
 * @param engine the engine's name and version
 * @param packs the packs used with their versions, e.g. {@code mnr 1.0.0, coe 1.0.0}
 * @param overallScore the overall score, or its range
 * @param overallCoverage the overall coverage as a percentage
 * @param lowCoverage whether the overall coverage is below {@value #LOW_COVERAGE}, which the report warns of at the top
 * @param minConfidence the lowest confidence of evidence counted, in words
 * @param confidences how many capabilities reach their level on each confidence, e.g. {@code verified: 2}, strongest first
 * @param metadata who assessed, for whom, and the status
 * @param previousAssessedOn the date of the previous assessment shown beside this one, or null
 * @param summariesGiven whether the packs' capability summaries were given to the report
 * @param domains the domains, in order
 * @param capabilities the capabilities, in order
 * @param findOut the first priorities that need evidence collected
 * @param change the first priorities that need the situation to change
 * @param findOutTotal how many blockers need evidence collected in all
 * @param changeTotal how many blockers need a change in all
 * @param warnings what was ignored in the evidence
 * @param fallbacks for each pack used whose texts are not all in the report's language, a note saying so in that language
 */
public record ReportView(ReportText text, String countryCode, String countryName, String assessedOn, String engine, String packs,
        String overallScore, String overallCoverage, boolean lowCoverage, String minConfidence, List<String> confidences,
        AssessmentMetadata metadata, String previousAssessedOn, boolean summariesGiven, List<DomainView> domains,
        List<CapabilityView> capabilities, List<PriorityView> findOut, List<PriorityView> change, int findOutTotal, int changeTotal,
        List<String> warnings, List<String> fallbacks) {

    /** Below this overall coverage a report warns at its top that many levels may still change. */
    public static final double LOW_COVERAGE = 0.8;
    /** How many priorities of each kind the summary names. */
    static final int PRIORITIES = 6;

    /** Copies the lists. */
    public ReportView {
        confidences = List.copyOf(confidences);
        domains = List.copyOf(domains);
        capabilities = List.copyOf(capabilities);
        findOut = List.copyOf(findOut);
        change = List.copyOf(change);
        warnings = List.copyOf(warnings);
        fallbacks = List.copyOf(fallbacks);
    }

    /** The view of an assessment alone, in English. */
    public static ReportView of(Assessment assessment) {
        return of(ReportInput.of(assessment));
    }

    /** The view of a report's input. */
    public static ReportView of(ReportInput input) {
        Assessment assessment = input.assessment();
        ReportText text = ReportText.of(input.locale());
        PackWords words = new PackWords(input.texts());
        LevelText levels = new LevelText(text, words);
        Map<String, String> domainNames = assessment.domains().stream()
                .collect(Collectors.toMap(DomainResult::id, d -> words.domain(d.id(), d.name())));
        Map<Integer, String> capabilityNames = assessment.capabilities().stream()
                .collect(Collectors.toMap(CapabilityResult::id, c -> words.capability(c.id(), c.name())));
        Map<Integer, String> summaries = input.framework() == null ? Map.of()
                : input.framework().capabilities().stream().filter(c -> c.summary() != null && !c.summary().isBlank())
                        .collect(Collectors.toMap(Capability::id, c -> words.summary(c.id(), c.summary())));
        Map<Integer, CapabilityResult> previous = input.previous() == null ? Map.of()
                : input.previous().capabilities().stream().collect(Collectors.toMap(CapabilityResult::id, Function.identity()));
        List<DomainView> domains = new ArrayList<>();
        for (int d = 0; d < assessment.domains().size(); d++) {
            domains.add(DomainView.of(assessment.domains().get(d), RadarChart.DOMAIN_COLOURS.get(d % RadarChart.DOMAIN_COLOURS.size()), text,
                    words));
        }
        List<CapabilityView> capabilities = assessment.capabilities().stream()
                .map(c -> CapabilityView.of(c, domainNames.get(c.domain()), summaries.get(c.id()), previous.get(c.id()),
                        capabilityNames::get, text, words))
                .toList();
        Map<String, String> titles = new HashMap<>();
        assessment.capabilities().forEach(c -> c.criteria().forEach(k -> titles.put(k.id(), words.title(k))));
        List<List<PriorityView>> priorities = input.plan() != null ? fromPlan(input.plan(), text, capabilityNames, titles)
                : fromNextSteps(assessment, text, capabilityNames, titles);
        return new ReportView(text,
                assessment.country().code(),
                assessment.country().name(),
                assessment.assessedOn().toString(),
                assessment.engine().name() + " " + assessment.engine().version(),
                assessment.packs().stream().map(p -> p.id() + " " + p.version()).collect(Collectors.joining(", ")),
                levels.score(assessment.overall().score(), assessment.overall().scoreMax()),
                Figures.percent(assessment.overall().coverage(), text),
                assessment.overall().coverage() < LOW_COVERAGE,
                text.get("confidence." + (assessment.minConfidence() == null ? Confidence.REPORTED : assessment.minConfidence()).word()),
                confidences(assessment, text),
                input.metadata(),
                input.previous() == null ? null : input.previous().assessedOn().toString(),
                input.framework() != null,
                domains, capabilities,
                first(priorities.get(0)), first(priorities.get(1)), priorities.get(0).size(), priorities.get(1).size(),
                assessment.warnings(input.locale()),
                fallbacks(input, text));
    }

    /**
     * A note for each pack the assessment used that had no text in the report's language for some of its texts: those
     * are shown in English. A pack that was loaded but not used is not the reader's concern.
     */
    private static List<String> fallbacks(ReportInput input, ReportText text) {
        if (input.texts() == null) {
            return List.of();
        }
        Set<String> used = input.assessment().packs().stream().map(p -> p.id()).collect(Collectors.toSet());
        return input.texts().fallbacks().stream().filter(f -> used.contains(f.pack())).map(f -> text.format("fallback.note", f.pack()))
                .toList();
    }

    /** How many capabilities reach their level on each confidence, strongest first, then how many are at level 0. */
    private static List<String> confidences(Assessment assessment, ReportText text) {
        Map<Confidence, Integer> counts = new EnumMap<>(Confidence.class);
        int none = 0;
        for (CapabilityResult c : assessment.capabilities()) {
            if (c.confidence() == null) {
                none++;
            } else {
                counts.merge(c.confidence(), 1, Integer::sum);
            }
        }
        List<String> lines = new ArrayList<>();
        counts.forEach((confidence, count) -> lines.add(text.format("summary.confidence.count", text.get("confidence." + confidence.word()), count)));
        if (none > 0) {
            lines.add(text.format("summary.confidence.none", none));
        }
        return lines;
    }

    /** The plan's blockers: evidence to collect first, then changes to make. */
    private static List<List<PriorityView>> fromPlan(Plan plan, ReportText text, Map<Integer, String> names, Map<String, String> titles) {
        List<PriorityView> findOut = new ArrayList<>();
        List<PriorityView> change = new ArrayList<>();
        for (Plan.Gap gap : plan.gaps()) {
            for (Plan.Blocker blocker : gap.blockers()) {
                boolean collect = Plan.Blocker.FIND_OUT.equals(blocker.kind());
                List<String> needs = new ArrayList<>();
                for (Need need : blocker.needs()) {
                    needs.add(collect ? need.key() : need.key() + text.colon() + need.requirement(java.util.Locale.forLanguageTag(text.language())));
                }
                needs.addAll(blocker.capabilities());
                (collect ? findOut : change).add(new PriorityView(gap.capability(), names.getOrDefault(gap.capability(), gap.name()),
                        blocker.criterion(), titles.getOrDefault(blocker.criterion(), blocker.title()), needs));
            }
        }
        return List.of(findOut, change);
    }

    /** Without a plan, the blockers of each capability's next level: unknown ones need evidence, unmet ones a change. */
    private static List<List<PriorityView>> fromNextSteps(Assessment assessment, ReportText text, Map<Integer, String> names,
            Map<String, String> titles) {
        List<PriorityView> findOut = new ArrayList<>();
        List<PriorityView> change = new ArrayList<>();
        for (CapabilityResult c : assessment.capabilities()) {
            if (c.next() == null) {
                continue;
            }
            for (String id : c.next().blocking()) {
                CriterionResult k = c.criteria().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
                if (k.status() == Status.UNKNOWN) {
                    List<String> needs = new ArrayList<>(k.missing());
                    k.missingLevels().forEach(l -> needs.add(text.format("criterion.level-open", l, names.get(l))));
                    findOut.add(new PriorityView(c.id(), names.get(c.id()), k.id(), titles.get(k.id()), needs));
                } else if (k.status() == Status.UNMET) {
                    change.add(new PriorityView(c.id(), names.get(c.id()), k.id(), titles.get(k.id()), List.of()));
                }
            }
        }
        return List.of(findOut, change);
    }

    /** The first few, one per capability, in capability order: the summary names a spread, not one capability's list. */
    private static List<PriorityView> first(List<PriorityView> all) {
        Set<Integer> seen = new HashSet<>();
        List<PriorityView> chosen = new ArrayList<>();
        for (PriorityView p : all) {
            if (chosen.size() < PRIORITIES && seen.add(p.capability())) {
                chosen.add(p);
            }
        }
        return chosen;
    }

    /** The country as a heading names it, e.g. {@code Cordessa (XC)}, or the code alone. */
    public String country() {
        return countryName == null ? countryCode : countryName + " (" + countryCode + ")";
    }

    /** The report's title, e.g. {@code MNR maturity report: Cordessa (XC), 2026-06-30}. */
    public String title() {
        return text.format("report.title", country(), assessedOn);
    }

    /** Every criterion a regional variant added, replaced or waived, in capability order. */
    public List<CriterionView> variantChanges() {
        return capabilities.stream().flatMap(c -> c.criteria().stream()).filter(c -> c.provenance() != null).toList();
    }

    /** How many capabilities are not assessed. */
    public long notAssessed() {
        return capabilities.stream().filter(c -> !c.assessed()).count();
    }

    /** How many capabilities have a provisional level. */
    public long provisional() {
        return capabilities.stream().filter(CapabilityView::provisional).count();
    }

    /**
     * The PDF's page rule: A4, the running header top left, the page number bottom right, and "DRAFT" top right
     * on every page of a draft. Its words are CSS strings, quoted here, so no text can end the rule or the style sheet.
     */
    public String pageRule() {
        String font = "font-family: \"MNR Sans\", sans-serif; ";
        StringBuilder css = new StringBuilder("@page {\n  size: A4;\n  margin: 20mm 14mm 17mm 14mm;\n")
                .append("  @top-left { content: element(header); vertical-align: bottom; padding-bottom: 3mm; }\n")
                .append("  @bottom-right { content: ").append(pageNumber()).append("; ").append(font)
                .append("font-size: 8pt; color: #57606a; }\n");
        if (metadata.draft()) {
            css.append("  @top-right { content: ").append(cssString(text.get("draft.mark"))).append("; ").append(font)
                    .append("font-weight: bold; font-size: 12pt; color: #a40e26; vertical-align: bottom; padding-bottom: 2mm; }\n");
        }
        return css.append("}\n").toString();
    }

    /** E.g. {@code "Page " counter(page) " of " counter(pages)} from the words {@code Page {0} of {1}}. */
    private String pageNumber() {
        String words = text.get("page.number");
        int page = words.indexOf("{0}");
        int pages = words.indexOf("{1}");
        return cssString(words.substring(0, page)) + " counter(page) " + cssString(words.substring(page + 3, pages)) + " counter(pages) "
                + cssString(words.substring(pages + 3));
    }

    private static String cssString(String words) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : words.toCharArray()) {
            if (c == '"' || c == '\\' || c == '<' || c == '>' || c < 0x20) {
                out.append(String.format(java.util.Locale.ROOT, "\\%x ", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** A label's colon as the report's language writes it ({@code " : "} in French), for the templates. */
    public String colon() {
        return text.colon();
    }

    /** A list's semicolon as the report's language writes it ({@code " ; "} in French), for the templates. */
    public String semicolon() {
        return text.semicolon();
    }

    /** The words for a key, for the templates. */
    public String t(String key) {
        return text.get(key);
    }

    /** The words for a key with its arguments, for the templates. */
    public String t(String key, Object... arguments) {
        return text.format(key, arguments);
    }
}
