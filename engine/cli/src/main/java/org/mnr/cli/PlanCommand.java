package org.mnr.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.mnr.engine.MaturityEngine;
import org.mnr.engine.Planner;
import org.mnr.engine.evidence.InvalidEvidenceException;
import org.mnr.engine.evidence.ParsedEvidence;
import org.mnr.engine.pack.PackTexts;
import org.mnr.engine.planning.Need;
import org.mnr.engine.planning.Plan;
import org.mnr.engine.result.Assessment;
import org.mnr.engine.result.CriterionResult;
import org.mnr.engine.result.ResultJson;
import org.mnr.engine.text.Punctuation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mnr plan}: what blocks each capability's next level, and which single evidence changes help most. */
@Command(
        name = "plan",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Plan a country's next steps.",
            "For each capability below the target level, it lists the criteria that block its next level and the "
                + "evidence that would satisfy each. Then it ranks single evidence changes by the levels and overall score "
                + "they raise, each measured by re-assessing the country with the change."
        },
        footer = {"", "Exit codes: 0 done, 2 invalid input or usage, 1 anything else."})
final class PlanCommand implements Callable<Integer> {

    @Mixin
    private LanguageOption language;

    @Parameters(paramLabel = "FILE", description = "The country's evidence file.")
    private Path file;

    @Option(names = "--target", paramLabel = "LEVEL", defaultValue = "4",
            description = "Plan for capabilities below this level, 1 to 4 (default 4, Mature).")
    private int target;

    @Option(names = "--capability", paramLabel = "N", description = "Plan for this capability only (repeatable).")
    private List<Integer> capabilities = new ArrayList<>();

    @Option(names = "--top", paramLabel = "N", defaultValue = "10", description = "How many ranked changes to show (default 10).")
    private int top;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "The form of the plan: text (the default), md or json.")
    private PlanFormat format;

    @Mixin
    private EngineOptions engineOptions;

    @Spec
    private CommandSpec spec;

    /** The forms a plan is written in. */
    enum PlanFormat {
        /** For a terminal. */
        TEXT,
        /** Markdown for wikis and pull requests. */
        MD,
        /** JSON for tools. */
        JSON
    }

    @Override
    public Integer call() {
        if (target < 1 || target > 4) {
            throw UsageException.of("msg.target", target);
        }
        if (top < 1) {
            throw UsageException.of("msg.positive", "--top", top);
        }
        MaturityEngine engine = engineOptions.engine();
        int count = engine.framework().capabilities().size();
        for (int capability : capabilities) {
            if (engine.framework().capability(capability).isEmpty()) {
                throw UsageException.of("msg.capability", count, capability);
            }
        }
        ParsedEvidence parsed = EvidenceFiles.parse(file, engine.checker());
        var variants = engineOptions.variants(engine);
        if (parsed.evidence() == null || parsed.hasErrors()) {
            throw new InvalidEvidenceException(engine.checker().validate(parsed, variants));
        }
        Plan plan = new Planner(engine).plan(parsed.evidence(), variants, target, Set.copyOf(capabilities), top);
        Locale locale = CliLanguage.of(spec);
        PrintWriter out = spec.commandLine().getOut();
        out.print(switch (format) {
            case JSON -> ResultJson.write(plan);
            case MD -> new PlanWords(locale, engine.texts(locale.getLanguage()), engine.assess(parsed, variants)).markdown(plan);
            case TEXT -> new PlanWords(locale, engine.texts(locale.getLanguage()), engine.assess(parsed, variants)).text(plan);
        });
        out.flush();
        return ExitCodes.OK;
    }

    /**
     * A plan written for people in the command's language: the frame from the command line's bundle ({@code msg.plan.*}),
     * each requirement from the engine ({@link Need#requirement(Locale)}), capability names and criterion titles from the
     * packs' texts (English where a pack has no translation); keys, values and numbers as the data has them.
     */
    private static final class PlanWords {

        private final Locale locale;
        private final CliText text;
        private final PackTexts texts;
        /** Each criterion's title as the assessment gives it, after the variants' replacements: a change names what it meets. */
        private final Map<String, String> titles = new HashMap<>();

        PlanWords(Locale locale, PackTexts texts, Assessment assessment) {
            this.locale = locale;
            this.text = CliText.of(locale);
            // English keeps the assessment's own words, as the plan always printed them
            this.texts = texts == null || PackTexts.ENGLISH.equals(texts.language()) ? null : texts;
            assessment.capabilities().forEach(c -> c.criteria().forEach(k -> titles.put(k.id(), title(k))));
        }

        private String title(CriterionResult criterion) {
            String translated = texts == null || criterion.pack() == null ? null : texts.criterionTitle(criterion.id(), criterion.pack());
            return translated != null ? translated : criterion.title();
        }

        private String name(Plan.Gap gap) {
            String translated = texts == null ? null : texts.capabilityName(gap.capability());
            return translated != null ? translated : gap.name();
        }

        private String blockerTitle(Plan.Blocker blocker) {
            return titles.getOrDefault(blocker.criterion(), blocker.title());
        }

        /**
         * What separates a label from what it introduces: {@code ": "}, in French {@code " : "}. Punctuation is the same
         * in English and Spanish, so it is not in the bundles, whose every text must differ from the English one.
         */
        private String colon() {
            return Punctuation.of(locale).colon();
        }

        /** What separates items that contain commas: {@code "; "}, in French {@code " ; "}. */
        private String semicolon() {
            return Punctuation.of(locale).semicolon();
        }

        /** A score with one decimal, "71.6", in French and Spanish "71,6", as the reports write it; never the system's locale. */
        private String number(double value) {
            return Punctuation.of(locale).decimal(String.format(Locale.ROOT, "%.1f", value));
        }

        /** The criteria a change meets, each by its id and title. */
        private String meets(Plan.Action action) {
            return action.meets().stream()
                    .map(id -> titles.containsKey(id) ? id + " (" + titles.get(id) + ")" : id)
                    .collect(Collectors.joining(semicolon()));
        }

        /** The blocker's kind in words: an unknown needs evidence found out, an unmet one needs the situation changed. */
        private String kind(Plan.Blocker blocker) {
            return text.format(Plan.Blocker.FIND_OUT.equals(blocker.kind()) ? "msg.plan.find-out" : "msg.plan.change");
        }

        /** The blocker's status in words; a status the bundle does not know is shown as the plan gives it. */
        private String status(Plan.Blocker blocker) {
            String key = "msg.plan.status." + blocker.status();
            return text.bundle().containsKey(key) ? text.format(key) : blocker.status();
        }

        private String levels(Plan.Action action) {
            if (action.levels().isEmpty()) {
                return text.format("msg.plan.no-level-changes");
            }
            return action.levels().stream().map(l -> text.format("msg.plan.level-change", l.capability(), l.from(), l.to()))
                    .collect(Collectors.joining(", "));
        }

        String text(Plan plan) {
            StringBuilder out = new StringBuilder();
            out.append(text.format("msg.plan.heading", plan.country(), plan.assessedOn(), number(plan.overallScore()), plan.target()))
                    .append('\n');
            out.append(text.format("msg.plan.intro")).append('\n');
            for (Plan.Gap gap : plan.gaps()) {
                out.append('\n').append(text.format("msg.plan.gap", gap.capability(), name(gap), gap.level(), gap.nextLevel())).append('\n');
                for (Plan.Blocker blocker : gap.blockers()) {
                    out.append("  ").append(kind(blocker)).append(colon()).append(blocker.criterion()).append(" (").append(status(blocker))
                            .append(')').append(colon()).append(blockerTitle(blocker)).append('\n');
                    for (Need need : blocker.needs()) {
                        out.append("      ").append(need.key()).append(colon()).append(need.requirement(locale)).append('\n');
                    }
                    for (String level : blocker.capabilities()) {
                        out.append("      ").append(level).append('\n');
                    }
                }
            }
            out.append('\n').append(text.format("msg.plan.best")).append('\n');
            if (plan.actions().isEmpty()) {
                out.append("  ").append(text.format("msg.plan.none")).append('\n');
            }
            int rank = 1;
            for (Plan.Action action : plan.actions()) {
                out.append("  ").append(text.format("msg.plan.action", rank++, action.key(), String.valueOf(action.value()),
                        action.was() == null ? text.format("msg.plan.not-given") : String.valueOf(action.was()), levels(action),
                        number(action.overallScore()), number(action.overallGain()), meets(action))).append('\n');
            }
            return out.toString();
        }

        String markdown(Plan plan) {
            StringBuilder md = new StringBuilder();
            md.append(text.format("msg.plan.md.title", plan.country())).append("\n\n")
                    .append(text.format("msg.plan.md.assessed", plan.assessedOn(), number(plan.overallScore()), plan.target())).append('\n');
            for (Plan.Gap gap : plan.gaps()) {
                md.append('\n').append(text.format("msg.plan.md.gap", gap.capability(), name(gap), gap.level(), gap.nextLevel()))
                        .append("\n\n");
                md.append(text.format("msg.plan.md.columns")).append("\n| --- | --- | --- | --- |\n");
                for (Plan.Blocker blocker : gap.blockers()) {
                    List<String> needs = new ArrayList<>();
                    blocker.needs().forEach(n -> needs.add("`" + n.key() + "`" + colon() + n.requirement(locale)));
                    needs.addAll(blocker.capabilities());
                    md.append("| ").append(kind(blocker)).append(" | ")
                            .append(blocker.criterion()).append(colon()).append(blockerTitle(blocker).replace("|", "\\|"))
                            .append(" | ").append(status(blocker)).append(" | ").append(String.join("<br>", needs).replace("|", "\\|"))
                            .append(" |\n");
                }
            }
            md.append('\n').append(text.format("msg.plan.md.best")).append("\n\n").append(text.format("msg.plan.md.action-columns"))
                    .append("\n| --- | --- | --- | --- | --- |\n");
            int rank = 1;
            for (Plan.Action action : plan.actions()) {
                md.append("| ").append(rank++).append(" | `").append(action.key()).append("` = ").append(action.value()).append(" | ")
                        .append(levels(action)).append(" | ").append(number(action.overallScore())).append(" (+")
                        .append(number(action.overallGain())).append(") | ").append(meets(action).replace("|", "\\|")).append(" |\n");
            }
            return md.toString();
        }
    }
}
