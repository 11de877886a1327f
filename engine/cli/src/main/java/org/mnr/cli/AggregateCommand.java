package org.mnr.cli;

import org.mnr.engine.internal.evidence.Printable;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.mnr.aggregate.AggregateReport;
import org.mnr.aggregate.LevelDistribution;
import org.mnr.aggregate.UnsafeAggregateException;
import org.mnr.engine.MaturityEngine;
import org.mnr.engine.Variants;
import org.mnr.engine.evidence.InvalidEvidenceException;
import org.mnr.engine.result.Assessment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mnr aggregate}: how many countries are at each level of each capability, anonymised. */
@Command(
        name = "aggregate",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Count, per capability, how many countries are at each level 0-4, in a form that is safe to share.",
            "Each country's evidence is scored first; no country is named, and every count below --min-group is "
                + "suppressed (with the counts that would give it away), so that a small group cannot point at a country. "
                + "There is no ranking. A country assessed more than once counts once, with its latest assessment.",
            "Invalid inputs are reported on stderr and not counted; the others are."
        },
        footer = {
            "",
            "Exit codes: 0 done, 2 invalid input (the valid inputs are still counted), usage, or counts that cannot be "
                + "published safely (nothing written), 1 anything else."
        })
final class AggregateCommand implements Callable<Integer> {

    @Mixin
    private LanguageOption language;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Evidence files, or directories whose *.json files are counted.")
    private List<Path> inputs;

    @Option(names = "--min-group", paramLabel = "N", defaultValue = "5",
            description = "The smallest count that is shown (default ${DEFAULT-VALUE}, at least 2); smaller counts are suppressed.")
    private int minGroup;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "md",
            description = "The form of the counts: md (the default) is a Markdown table, csv has a row per capability, and json gives "
                    + "a withheld count as null.")
    private AggregateFormat format;

    @Mixin
    private OutputOption output = new OutputOption();

    @Mixin
    private EngineOptions engineOptions;

    @Spec
    private CommandSpec spec;

    /** The forms of the aggregate. */
    enum AggregateFormat {
        /** A Markdown table with notes. */
        MD,
        /** An RFC 4180 table. */
        CSV,
        /** JSON for tools. */
        JSON
    }

    @Override
    public Integer call() {
        if (minGroup < LevelDistribution.SMALLEST_MIN_GROUP) {
            throw UsageException.of("msg.aggregate.min-group", LevelDistribution.SMALLEST_MIN_GROUP);
        }
        List<Path> files = InputFiles.expand(inputs);
        output.refuseInputs(files);
        MaturityEngine engine = engineOptions.engine();
        Variants variants = engineOptions.variants(engine);
        PrintWriter err = spec.commandLine().getErr();
        CliText text = CliText.of(CliLanguage.of(spec));
        List<Assessment> assessments = new ArrayList<>();
        int exit = ExitCodes.OK;
        for (Path file : files) {
            try {
                Assessment assessment = engine.assess(EvidenceFiles.parse(file, engine.checker()), variants);
                assessment.warnings(CliLanguage.of(spec)).forEach(w -> err.println(Printable.escape(file + ": " + text.format("msg.warning", w))));
                assessments.add(assessment);
            } catch (InvalidEvidenceException e) {
                e.problems().forEach(p -> err.println(Printable.escape(CliHints.line(p, CliLanguage.of(spec)))));
                err.println(Printable.escape(text.format("msg.aggregate.not-counted", file)));
                exit = ExitCodes.INVALID;
            }
        }
        if (assessments.isEmpty()) {
            err.println("mnr: " + text.format("msg.aggregate.no-valid-input"));
            return ExitCodes.INVALID;
        }
        LevelDistribution distribution;
        try {
            distribution = LevelDistribution.of(assessments, engine.framework(), minGroup);
        } catch (UnsafeAggregateException e) {
            throw new UsageException(e.getMessage());
        }
        err.println("mnr: " + text.format("msg.aggregate.counted", assessments.size(), distribution.countries()));
        String rendered = switch (format) {
            case MD -> AggregateReport.markdown(distribution);
            case CSV -> AggregateReport.csv(distribution);
            case JSON -> AggregateReport.json(distribution);
        };
        output.write(spec, rendered);
        return exit;
    }
}
