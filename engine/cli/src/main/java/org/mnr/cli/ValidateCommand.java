package org.mnr.cli;

import org.mnr.engine.internal.evidence.Printable;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.mnr.engine.EvidenceChecker;
import org.mnr.engine.Variants;
import org.mnr.engine.evidence.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mnr validate}: checks evidence files against the packs' vocabulary without scoring them. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Check evidence files (JSON, YAML or Excel .xlsx) without scoring them.",
            "Every problem is listed on stderr, one line each, in this form:",
            "  FILE:LINE:COLUMN: /json/pointer: message; hint",
            "For a workbook, the form is:",
            "  FILE: sheet Evidence, row 12, column F (value): message; hint"
        },
        footer = {"", "Exit codes: 0 all valid, 2 some input invalid or usage, 1 anything else."})
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    private LanguageOption language;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Evidence files, or directories whose *.json, *.yaml, *.yml and *.xlsx files are checked.")
    private List<Path> inputs;

    @Mixin
    private EngineOptions engineOptions;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        List<Path> files = InputFiles.expand(inputs);
        EvidenceChecker checker = engineOptions.checker();
        Variants variants = engineOptions.variants(checker);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CliText text = CliText.of(CliLanguage.of(spec));
        int exit = ExitCodes.OK;
        for (Path file : files) {
            List<Problem> problems = checker.validate(EvidenceFiles.parse(file, checker), variants);
            problems.forEach(p -> err.println(Printable.escape(CliHints.line(p, CliLanguage.of(spec)))));
            if (problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR)) {
                exit = ExitCodes.INVALID;
            } else {
                out.println(Printable.escape(text.format("msg.valid", file)));
            }
        }
        return exit;
    }
}
