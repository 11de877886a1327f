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
import java.util.Optional;
import java.util.concurrent.Callable;
import org.mnr.cli.report.CsvReport;
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
            "Score countries' evidence: per capability a level, a score, coverage and the next step.",
            "One input without -o prints its result; with -o DIR each input gets DIR/<input name>.json",
            "(or .txt, .html, .md). --format csv is one table for every input, a row each in input order:",
            "printed, or written to the file that -o names (never a directory).",
            "Invalid inputs are reported on stderr and nothing is written for them; the others are scored."
        },
        footer = {"", "Exit codes: 0 done, 2 invalid input or usage, 1 anything else."})
final class ScoreCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Evidence files, or directories whose *.json files are scored.")
    private List<Path> inputs;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = {"json (default); text, a short table a person reads; html, a self-contained page with a radar",
                "chart that prints on A4; md, the same as Markdown; csv, one row per input for a spreadsheet."})
    private ReportFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH",
            description = {"Write results here: a file for one input, else a directory (created if missing);",
                "for csv, always the one file of the table, e.g. results.csv."})
    private Path output;

    @Mixin
    private EngineOptions engineOptions;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        List<Path> files = InputFiles.expand(inputs);
        if (format.combinesInputs()) {
            return scoreIntoOneTable(files);
        }
        Map<Path, Path> targets = targets(files);
        MaturityEngine engine = engineOptions.engine();
        Variants variants = engineOptions.variants(engine);
        PrintWriter out = spec.commandLine().getOut();
        int exit = ExitCodes.OK;
        for (Path file : files) {
            Optional<Assessment> assessment = assess(engine, variants, file);
            if (assessment.isEmpty()) {
                exit = ExitCodes.INVALID;
                continue;
            }
            String rendered = format.render(assessment.get());
            Path target = targets.get(file);
            if (target == null) {
                out.print(rendered);
                out.flush();
            } else {
                write(target, rendered);
            }
        }
        return exit;
    }

    /** Scores every input into one table: printed, or written whole to the file -o names. */
    private int scoreIntoOneTable(List<Path> files) {
        if (output != null) {
            if (Files.isDirectory(output)) {
                throw new UsageException("--format " + format + " writes one table for every input; -o " + output
                        + " is a directory, name a file instead, e.g. -o " + output.resolve("results" + format.extension()));
            }
            refuseInput(output, files);
        }
        MaturityEngine engine = engineOptions.engine();
        Variants variants = engineOptions.variants(engine);
        List<Assessment> assessments = new ArrayList<>();
        int exit = ExitCodes.OK;
        for (Path file : files) {
            Optional<Assessment> assessment = assess(engine, variants, file);
            assessment.ifPresent(assessments::add);
            if (assessment.isEmpty()) {
                exit = ExitCodes.INVALID;
            }
        }
        if (assessments.isEmpty()) {
            return exit;
        }
        String table = CsvReport.render(assessments);
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(table);
            out.flush();
        } else {
            write(output, table);
        }
        return exit;
    }

    /** Scores one file; an invalid one is reported on stderr and gives nothing. */
    private Optional<Assessment> assess(MaturityEngine engine, Variants variants, Path file) {
        PrintWriter err = spec.commandLine().getErr();
        try {
            Assessment assessment = engine.assess(file, variants);
            assessment.warnings().forEach(w -> err.println(file + ": warning: " + w));
            return Optional.of(assessment);
        } catch (InvalidEvidenceException e) {
            e.problems().forEach(err::println);
            return Optional.empty();
        }
    }

    private static void write(Path target, String content) {
        try {
            AtomicFiles.write(target, content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    private static void refuseInput(Path target, List<Path> files) {
        Path normalised = target.toAbsolutePath().normalize();
        if (files.stream().anyMatch(f -> f.toAbsolutePath().normalize().equals(normalised))) {
            throw new UsageException("the output " + target + " is an input; choose another -o so no evidence is overwritten");
        }
    }

    /** Where each input's result goes; no entry means standard output. */
    private Map<Path, Path> targets(List<Path> files) {
        Map<Path, Path> targets = new LinkedHashMap<>();
        if (output == null) {
            if (files.size() > 1 && !format.concatenates()) {
                throw new UsageException("several inputs give several " + format + " results; write them with -o DIR");
            }
            return targets;
        }
        boolean single = files.size() == 1 && !Files.isDirectory(output) && output.getFileName().toString().contains(".");
        Map<Path, Path> seen = new HashMap<>();
        for (Path file : files) {
            Path target = single ? output : output.resolve(InputFiles.baseName(file) + format.extension());
            refuseInput(target, files);
            Path normalised = target.toAbsolutePath().normalize();
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
