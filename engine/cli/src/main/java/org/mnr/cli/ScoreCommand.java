package org.mnr.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
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

/** {@code mnr score}: scores evidence files and writes one result per input. */
@Command(
        name = "score",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Score countries' evidence: per capability a level, score, coverage, next step.",
            "Evidence is JSON, YAML (.yaml, .yml) or an Excel workbook (.xlsx).",
            "One input without -o prints its result; with -o DIR each input gets",
            "DIR/<input name>.json (or .txt).",
            "Invalid inputs are reported on stderr and nothing is written for them; the",
            "others are scored. Several inputs show a progress bar on stderr when it is a",
            "terminal, and nothing more otherwise."
        },
        footer = {"", "Exit codes: 0 done, 2 invalid input or usage, 1 anything else."})
final class ScoreCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Evidence files, or directories whose *.json, *.yaml, *.yml and *.xlsx files are scored.")
    private List<Path> inputs;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "json (default) or text, a short table a person reads.")
    private ReportFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH",
            description = "Write results here: a file for one input, else a directory (created if missing).")
    private Path output;

    @Mixin
    private EngineOptions engineOptions;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        List<Path> files = InputFiles.expand(inputs);
        Map<Path, Path> targets = targets(files);
        MaturityEngine engine = engineOptions.engine();
        Variants variants = engineOptions.variants(engine);
        PrintWriter err = spec.commandLine().getErr();
        int exit = ExitCodes.OK;
        try (Progress progress = Progress.of("Scoring", files.size(), err)) {
            for (Path file : files) {
                if (score(file, engine, variants, targets.get(file), progress) != ExitCodes.OK) {
                    exit = ExitCodes.INVALID;
                }
                progress.step();
            }
        }
        return exit;
    }

    private int score(Path file, MaturityEngine engine, Variants variants, Path target, Progress progress) {
        Assessment assessment;
        try {
            assessment = engine.assess(EvidenceFiles.parse(file, engine), variants);
        } catch (InvalidEvidenceException e) {
            e.problems().forEach(progress::println);
            return ExitCodes.INVALID;
        }
        assessment.warnings().forEach(w -> progress.println(file + ": warning: " + w));
        String rendered = format.render(assessment);
        if (target == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(rendered);
            out.flush();
        } else {
            try {
                AtomicFiles.write(target, rendered);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
            }
        }
        return ExitCodes.OK;
    }

    /** Where each input's result goes; no entry means standard output. */
    private Map<Path, Path> targets(List<Path> files) {
        Map<Path, Path> targets = new LinkedHashMap<>();
        if (output == null) {
            if (files.size() > 1 && format == ReportFormat.JSON) {
                throw new UsageException("several inputs give several JSON results; write them with -o DIR");
            }
            return targets;
        }
        boolean single = files.size() == 1 && !Files.isDirectory(output) && output.getFileName().toString().contains(".");
        Map<Path, Path> seen = new HashMap<>();
        for (Path file : files) {
            Path target = single ? output : output.resolve(InputFiles.baseName(file) + format.extension());
            Path normalised = target.toAbsolutePath().normalize();
            if (files.stream().anyMatch(f -> f.toAbsolutePath().normalize().equals(normalised))) {
                throw new UsageException("the output " + target + " is an input; choose another -o so no evidence is overwritten");
            }
            Path clash = seen.put(normalised, file);
            if (clash != null) {
                throw new UsageException(clash + " and " + file + " would both be written to " + target
                        + "; score them into different directories");
            }
            targets.put(file, target);
        }
        return targets;
    }

    /** Keeps the inputs for tests. */
    List<Path> inputs() {
        return new ArrayList<>(inputs);
    }
}
