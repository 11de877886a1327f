package org.mnr.cli;

import java.io.IOException;
import java.io.PrintWriter;
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
import org.mnr.engine.evaluation.RuleFailureException;
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
            "One input without -o prints its result; with -o DIR each input gets DIR/<input name>.json (or .txt).",
            "Invalid inputs are reported on stderr and nothing is written for them; the others are scored.",
            "Each result is written whole or not at all: to a temporary file, then moved into place."
        },
        footer = {"", "Exit codes: 0 done, 2 invalid input or usage, 1 anything else (a pack's rule failed, a result could not"
            + " be written); when inputs fail in both ways, 1."})
final class ScoreCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Evidence files, or directories whose *.json files are scored.")
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
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int exit = ExitCodes.OK;
        for (Path file : files) {
            Assessment assessment;
            try {
                assessment = engine.assess(file, variants);
            } catch (InvalidEvidenceException e) {
                e.problems().forEach(err::println);
                exit = ExitCodes.worse(exit, ExitCodes.INVALID);
                continue;
            } catch (RuleFailureException e) {
                // A pack's fault, not the input's: report it and go on with the other inputs.
                err.println("mnr: " + file + ": no result: " + e.getMessage());
                exit = ExitCodes.worse(exit, ExitCodes.FAILURE);
                continue;
            }
            assessment.warnings().forEach(w -> err.println(file + ": warning: " + w));
            String rendered = format.render(assessment);
            Path target = targets.get(file);
            if (target == null) {
                out.print(rendered);
                out.flush();
            } else {
                try {
                    AtomicFiles.write(target, rendered);
                } catch (IOException e) {
                    err.println("mnr: " + target + ": cannot write the result of " + file + ": " + AtomicFiles.describe(e));
                    exit = ExitCodes.worse(exit, ExitCodes.FAILURE);
                }
            }
        }
        return exit;
    }

    /** Where each input's result goes; no entry means standard output. */
    private Map<Path, Path> targets(List<Path> files) {
        Map<Path, Path> targets = new LinkedHashMap<>();
        if (output != null && output.toString().isBlank()) {
            throw new UsageException("-o is an empty path; name a file or a directory for the results");
        }
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
