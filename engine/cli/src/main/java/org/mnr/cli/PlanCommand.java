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
import org.mnr.engine.planning.Need;
import org.mnr.engine.planning.Plan;
import org.mnr.engine.result.Assessment;
import org.mnr.engine.result.ResultJson;
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
        PrintWriter out = spec.commandLine().getOut();
        out.print(switch (format) {
            case JSON -> ResultJson.write(plan);
            case MD -> markdown(plan, titles(engine.assess(parsed, variants)));
            case TEXT -> text(plan, titles(engine.assess(parsed, variants)));
        });
        out.flush();
        return ExitCodes.OK;
    }

    /** Each criterion's title as the assessment gives it, after the variants' replacements: a change names what it meets. */
    private static Map<String, String> titles(Assessment assessment) {
        Map<String, String> titles = new HashMap<>();
        assessment.capabilities().forEach(c -> c.criteria().forEach(k -> titles.put(k.id(), k.title())));
        return titles;
    }

    /** The criteria a change meets, each by its id and title. */
    private static String meets(Plan.Action action, Map<String, String> titles) {
        return action.meets().stream().map(id -> titles.containsKey(id) ? id + " (" + titles.get(id) + ")" : id)
                .collect(Collectors.joining("; "));
    }

    private static String text(Plan plan, Map<String, String> titles) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "Plan for %s, assessed on %s: overall score %.1f, target level %d%n",
                plan.country(), plan.assessedOn(), plan.overallScore(), plan.target()));
        text.append("Each blocker is to find out (evidence still missing: collect it) or to change (unmet: the situation must"
                + " change); what to find out comes first.\n");
        for (Plan.Gap gap : plan.gaps()) {
            text.append(String.format(Locale.ROOT, "%nCapability %d %s: level %d, to reach %d:%n", gap.capability(), gap.name(),
                    gap.level(), gap.nextLevel()));
            for (Plan.Blocker blocker : gap.blockers()) {
                text.append("  ").append(kind(blocker)).append(": ").append(blocker.criterion()).append(" (").append(blocker.status())
                        .append("): ").append(blocker.title()).append('\n');
                for (Need need : blocker.needs()) {
                    text.append("      ").append(need.key()).append(": ").append(need.requirement()).append('\n');
                }
                for (String level : blocker.capabilities()) {
                    text.append("      ").append(level).append('\n');
                }
            }
        }
        text.append("\nBest single changes, each measured by re-assessing:\n");
        if (plan.actions().isEmpty()) {
            text.append("  none raises a level or the overall score on its own\n");
        }
        int rank = 1;
        for (Plan.Action action : plan.actions()) {
            text.append(String.format(Locale.ROOT, "  %d. set %s to %s (now %s): %s; overall %.1f (+%.1f); meets %s%n", rank++,
                    action.key(), action.value(), action.was() == null ? "not given" : action.was(), levels(action),
                    action.overallScore(), action.overallGain(), meets(action, titles)));
        }
        return text.toString();
    }

    /** The blocker's kind in words: an unknown needs evidence found out, an unmet one needs the situation changed. */
    private static String kind(Plan.Blocker blocker) {
        return Plan.Blocker.FIND_OUT.equals(blocker.kind()) ? "find out" : "change";
    }

    private static String levels(Plan.Action action) {
        if (action.levels().isEmpty()) {
            return "no level changes";
        }
        return action.levels().stream().map(l -> "capability " + l.capability() + " " + l.from() + " -> " + l.to())
                .collect(Collectors.joining(", "));
    }

    private static String markdown(Plan plan, Map<String, String> titles) {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "# Plan for %s%n%nAssessed on %s; overall score %.1f; target level %d.%n",
                plan.country(), plan.assessedOn(), plan.overallScore(), plan.target()));
        for (Plan.Gap gap : plan.gaps()) {
            md.append(String.format(Locale.ROOT, "%n## %d %s: level %d, to reach %d%n%n", gap.capability(), gap.name(), gap.level(),
                    gap.nextLevel()));
            md.append("| Kind | Criterion | Status | Needs |\n| --- | --- | --- | --- |\n");
            for (Plan.Blocker blocker : gap.blockers()) {
                List<String> needs = new ArrayList<>();
                blocker.needs().forEach(n -> needs.add("`" + n.key() + "`: " + n.requirement()));
                needs.addAll(blocker.capabilities());
                md.append("| ").append(kind(blocker)).append(" | ").append(blocker.criterion()).append(": ").append(blocker.title().replace("|", "\\|")).append(" | ")
                        .append(blocker.status()).append(" | ").append(String.join("<br>", needs).replace("|", "\\|")).append(" |\n");
            }
        }
        md.append("\n## Best single changes\n\n| # | Change | Levels | Overall | Meets |\n| --- | --- | --- | --- | --- |\n");
        int rank = 1;
        for (Plan.Action action : plan.actions()) {
            md.append(String.format(Locale.ROOT, "| %d | `%s` = %s | %s | %.1f (+%.1f) | %s |%n", rank++, action.key(), action.value(),
                    levels(action), action.overallScore(), action.overallGain(), meets(action, titles).replace("|", "\\|")));
        }
        return md.toString();
    }
}
