package org.mnr.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.mnr.engine.MaturityEngine;
import org.mnr.engine.internal.lint.PackLinter;
import org.mnr.engine.internal.pack.PackDiscovery;
import org.mnr.engine.pack.PackProblem;
import org.mnr.engine.internal.pack.PackResources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mnr lint}: checks every pack and prints one line per problem as FILE:LINE: message. */
@Command(
        name = "lint",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Check every pack for mistakes before it is used.",
            "It checks descriptors, vocabularies and criteria files: each condition against its key's type, values and "
                + "range (a value of the wrong type, outside min/max or not among the values, a condition that can never be "
                + "true, an enum compared by order), duplicate ids, keys no criterion reads, capabilities without criteria at "
                + "a level, cycles between capabilities, variants that replace or waive criteria that do not exist or that "
                + "another variant changes too, and hand-written DRL rules (custom: drl) that do not compile.",
            "It prints every problem in one run, one line each as FILE:LINE: message (FILE:LINE:COLUMN: where the "
                + "column is known), with a did-you-mean for a misspelt field, key, value or id."
        },
        footer = {"", "Warnings (e.g. a criterion without a source) go to standard error as FILE:LINE: warning: message and do",
            "not change the exit code.", "", "Exit codes: 0 no problem, 1 problems found, 2 usage."})
final class LintCommand implements Callable<Integer> {

    @Mixin
    private LanguageOption language;

    @Option(names = "--rules", paramLabel = "DIR",
            description = {"Lint the packs in DIR (repeatable), in place of the installed packs with the same ids.",
                "Linting compiles hand-written DRL rules: use only folders you trust."})
    private List<Path> rules = new ArrayList<>();

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        List<PackResources> folders = new ArrayList<>();
        for (Path folder : rules) {
            if (!java.nio.file.Files.isDirectory(folder)) {
                throw UsageException.of("msg.lint.no-rules-folder", folder);
            }
            folders.addAll(PackDiscovery.sourcesInFolder(folder));
        }
        List<PackResources> installed = PackDiscovery.sourcesOnClassPath(MaturityEngine.class.getClassLoader());
        PackLinter.Report report = PackLinter.report(folders, installed);
        List<PackProblem> problems = report.problems();
        CliText text = CliText.of(CliLanguage.of(spec));
        PrintWriter out = spec.commandLine().getOut();
        problems.forEach(out::println);
        out.flush();
        // Warnings go to standard error, like evidence warnings: standard output stays the list of problems to fix.
        report.warnings().forEach(w -> spec.commandLine().getErr().println(w.file() + (w.line() > 0 ? ":" + w.line()
                + (w.column() > 0 ? ":" + w.column() : "") : "") + ": " + text.format("msg.warning", w.message())));
        if (!report.custom().isEmpty()) {
            spec.commandLine().getErr().println(text.format("msg.lint.custom", report.custom().size(), String.join(", ", report.custom())));
        }
        if (problems.isEmpty()) {
            spec.commandLine().getErr().println(text.format("msg.lint.clean", folders.size() + installed.size()));
            return ExitCodes.OK;
        }
        spec.commandLine().getErr().println(text.format("msg.lint.problems", problems.size()));
        return ExitCodes.FAILURE;
    }
}
