package org.mnr.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.mnr.testkit.cases.CaseOutcome;
import org.mnr.testkit.cases.CaseRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mnr test}: runs framework designers' case files and reports like a test runner. */
@Command(
        name = "test",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Run case files: score each case's evidence and check what it expects.",
            "It prints PASS name or FAIL name per case, each failure with what was expected and what it was, ERROR name "
                + "for an invalid case (its problems on stderr, counted as failed), then 'N passed, N failed'."
        },
        footer = {
            "",
            "A case file is YAML (a directory is searched for *.case.yaml, subdirectories too):",
            "",
            "  name: Cordessa 2026 (CoE)             # optional; defaults to the file name",
            "  evidence: ../evidence/xc-cordessa-2026.json  # relative to the case file",
            "  variants: [coe]                       # optional: exactly these; [] the base pack alone;",
            "                                        #   omitted: those the country's memberships select",
            "  expect:                               # any of:",
            "    levels: {1: 2, 3: 3}                #   capability: level (0-4)",
            "    scores: {1: 58.3}                   #   capability: score",
            "    coverage: {1: 0.875}                #   capability: coverage",
            "    statuses: {C01.L1.coordination-body: met, C01.L3.funded-strategy: unknown}",
            "  expected: ../expected/xc-cordessa-2026.json  # and/or a result file that must match:",
            "                                        #   packs, every capability's level, score, coverage",
            "                                        #   and every criterion's status",
            "",
            "Instead of a path, give the evidence inline, as in an evidence file:",
            "",
            "  country: {code: XA, memberships: [CoE]}",
            "  assessedOn: 2026-06-30",
            "  evidence:",
            "    - {key: governance.body.exists, value: true}",
            "",
            "Exit codes: 0 all passed, 1 some case failed, 2 some case file is invalid or usage."
        })
final class TestCommand implements Callable<Integer> {

    @Mixin
    private LanguageOption language;

    @Parameters(arity = "1..*", paramLabel = "CASE", description = "Case files, or directories searched for *.case.yaml files.")
    private List<Path> cases;

    @Mixin
    private PackOptions packOptions;

    @Mixin
    private ConfidenceOption confidenceOption = new ConfidenceOption();

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        List<Path> files = caseFiles();
        CaseRunner runner = new CaseRunner(confidenceOption.applyTo(packOptions.builder()).build());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Locale language = CliLanguage.of(spec);
        int passed = 0;
        int failed = 0;
        boolean invalid = false;
        for (Path file : files) {
            CaseOutcome outcome = runner.run(file);
            out.println(outcome.verdict() + " " + outcome.name());
            outcome.failures().forEach(f -> out.println("  " + f));
            out.flush();
            outcome.problems().forEach(p -> err.println(p.toString(language)));
            err.flush();
            if (outcome.verdict() == CaseOutcome.Verdict.PASS) {
                passed++;
            } else {
                failed++;
                invalid |= outcome.verdict() == CaseOutcome.Verdict.ERROR;
            }
        }
        out.println(CliText.of(CliLanguage.of(spec)).format("msg.test.summary", passed, failed));
        out.flush();
        if (invalid) {
            return ExitCodes.INVALID;
        }
        return failed > 0 ? ExitCodes.FAILURE : ExitCodes.OK;
    }

    private List<Path> caseFiles() {
        List<Path> files = new ArrayList<>();
        for (Path argument : cases) {
            if (Files.isDirectory(argument)) {
                try (Stream<Path> walk = Files.walk(argument)) {
                    List<Path> found = walk.filter(Files::isRegularFile)
                            .filter(f -> f.getFileName().toString().endsWith(".case.yaml") || f.getFileName().toString().endsWith(".case.yml"))
                            .sorted()
                            .toList();
                    if (found.isEmpty()) {
                        throw UsageException.of("msg.test.no-cases", argument);
                    }
                    files.addAll(found);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else if (Files.isRegularFile(argument)) {
                files.add(argument);
            } else {
                throw UsageException.of("msg.test.no-such", argument);
            }
        }
        return files;
    }
}
