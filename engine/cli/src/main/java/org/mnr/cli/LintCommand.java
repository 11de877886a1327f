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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mnr lint}: checks every pack and prints one line per problem as FILE:LINE: message. */
@Command(
        name = "lint",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Check every pack: descriptors and vocabularies, DRL that does not compile, criterion ids and metadata,",
            "evidence keys a rule reads that the vocabulary lacks or compares as the wrong type, keys no rule reads,",
            "capabilities without criteria at a level, cycles between capabilities, and variants that replace or",
            "waive criteria that do not exist. Prints one line per problem as FILE:LINE: message."
        },
        footer = {"", "Exit codes: 0 no problem, 1 problems found, 2 usage."})
final class LintCommand implements Callable<Integer> {

    @Option(names = "--rules", paramLabel = "DIR",
            description = {"Lint the packs in DIR (repeatable), in place of the installed packs with the same ids.",
                "Linting compiles the DRL: use only folders you trust."})
    private List<Path> rules = new ArrayList<>();

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        List<PackResources> folders = new ArrayList<>();
        for (Path folder : rules) {
            if (!java.nio.file.Files.isDirectory(folder)) {
                throw new UsageException("--rules " + folder + ": no such folder; --rules takes a folder that holds a pack's pack.yaml");
            }
            folders.addAll(PackDiscovery.sourcesInFolder(folder));
        }
        List<PackResources> installed = PackDiscovery.sourcesOnClassPath(MaturityEngine.class.getClassLoader());
        List<PackProblem> problems = PackLinter.lint(folders, installed);
        PrintWriter out = spec.commandLine().getOut();
        problems.forEach(out::println);
        out.flush();
        if (problems.isEmpty()) {
            spec.commandLine().getErr().println("lint: no problems in " + (folders.size() + installed.size()) + " pack sources");
            return ExitCodes.OK;
        }
        spec.commandLine().getErr().println("lint: " + problems.size() + " problem(s)");
        return ExitCodes.FAILURE;
    }
}
