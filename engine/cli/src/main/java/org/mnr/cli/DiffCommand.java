package org.mnr.cli;

import org.mnr.engine.internal.evidence.Printable;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.mnr.diff.Assessed;
import org.mnr.diff.CriterionReads;
import org.mnr.diff.Comparer;
import org.mnr.diff.Comparison;
import org.mnr.diff.MarkdownDiff;
import org.mnr.diff.TextDiff;
import org.mnr.engine.MaturityEngine;
import org.mnr.engine.Variants;
import org.mnr.engine.evidence.ParsedEvidence;
import org.mnr.engine.result.Assessment;
import org.mnr.engine.internal.result.ResultMapper;
import org.mnr.engine.result.ResultJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mnr diff}: what moved between two assessments of a country, and whether the evidence or the rules moved it. */
@Command(
        name = "diff",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Show what moved between two assessments of a country, and why.",
            "It shows, per capability, the level and score before and after; per criterion whose status changed, the "
                + "old and new values of the keys it reads, and what moved it: the evidence, another capability's level "
                + "(dependency), the memberships, the assessment date, or the rules. Then it lists every evidence key added, "
                + "removed or changed.",
            "",
            "BEFORE and AFTER are evidence files (JSON, YAML or .xlsx), scored now with the same packs, so that changes "
                + "come from the evidence; or they are results written by 'mnr score', whose engine and pack versions are "
                + "compared: if they differ, the rules changed too. Two different countries, or an AFTER older than BEFORE, "
                + "are compared with a warning on stderr."
        },
        footer = {"", "Exit codes: 0 done (whatever moved), 2 invalid input or usage, 1 anything else."})
final class DiffCommand implements Callable<Integer> {

    @Mixin
    private LanguageOption language;

    /** The forms a comparison can be written in. */
    enum DiffFormat {
        /** Lines for a person at a terminal. */
        TEXT,
        /** Markdown for a report. */
        MD,
        /** JSON for tools. */
        JSON;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Parameters(index = "0", paramLabel = "BEFORE", description = "The earlier evidence file or result.")
    private Path before;

    @Parameters(index = "1", paramLabel = "AFTER", description = "The later evidence file or result.")
    private Path after;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "The form of the comparison: text (the default), md or json.")
    private DiffFormat format;

    @Mixin
    private OutputOption output = new OutputOption();

    @Mixin
    private EngineOptions engineOptions;

    @Spec
    private CommandSpec spec;

    private MaturityEngine engine;

    @Override
    public Integer call() {
        output.refuseInputs(List.of(before, after));
        Locale lang = CliLanguage.of(spec);
        // JSON is data for tools: its sentences stay English whatever --lang says, as they always were.
        Comparison comparison = format == DiffFormat.JSON ? Comparer.compare(load(before), load(after))
                : Comparer.compare(load(before), load(after), lang, engine().texts(lang.getLanguage()));
        PrintWriter err = spec.commandLine().getErr();
        comparison.warnings().forEach(w -> err.println(Printable.escape("mnr: " + CliText.of(lang).format("msg.warning", w))));
        String rendered = switch (format) {
            case TEXT -> TextDiff.render(comparison, lang);
            case MD -> MarkdownDiff.render(comparison, lang);
            case JSON -> ResultJson.write(comparison);
        };
        output.write(spec, rendered);
        return ExitCodes.OK;
    }

    private Assessed load(Path file) {
        String name = file.toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".json") && Files.isRegularFile(file)) {
            Optional<Assessment> result = ResultFiles.read(file, engineOptions.limits().maxFileSize());
            if (result.isPresent()) {
                return Assessed.ofResult(name, result.get());
            }
        }
        MaturityEngine scorer = engine();
        Variants variants = engineOptions.variants(scorer);
        ParsedEvidence parsed = EvidenceFiles.parse(file, scorer.checker());
        Assessment assessment = scorer.assess(parsed, variants);
        return Assessed.ofEvidence(name, parsed.evidence(), assessment, CriterionReads.of(scorer));
    }

    private MaturityEngine engine() {
        if (engine == null) {
            engine = engineOptions.engine();
        }
        return engine;
    }

}
