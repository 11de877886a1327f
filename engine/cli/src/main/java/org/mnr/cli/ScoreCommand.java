package org.mnr.cli;

import org.mnr.engine.internal.evidence.Printable;
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
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.mnr.engine.evidence.ParsedEvidence;
import org.mnr.engine.evidence.AssessmentInfo;
import org.mnr.reports.CsvReport;
import org.mnr.reports.PlannedReports;
import org.mnr.reports.ReportInput;
import org.mnr.engine.MaturityEngine;
import org.mnr.engine.Variants;
import org.mnr.engine.error.RuleFailureException;
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
            "Evidence is JSON, YAML (.yaml, .yml) or an Excel workbook (.xlsx).",
            "One input without -o prints its result; with -o DIR each input gets DIR/<input name>.json (or .txt, .html, "
                + ".md, .pdf). --format csv is one table for every input, a row each in input order, printed or written to "
                + "the file that -o names (never a directory).",
            "Without --format, a file name given to -o chooses the format by its extension (report.pdf, .html, .md, "
                + ".csv, .json, .txt); otherwise the result is JSON. A --format that contradicts that extension is a usage "
                + "error.",
            "Invalid inputs are reported on stderr and nothing is written for them; the others are scored.",
            "Each result is written whole or not at all: to a temporary file, then moved into place.",
            "Inputs are scored in parallel, one thread per core; output and messages keep the input order.",
            "Several inputs show a progress bar on stderr when it is a terminal, and nothing more otherwise."
        },
        footer = {"", "Exit codes: 0 done, 2 invalid input or usage, 1 anything else (a pack's rule failed, a result could not"
            + " be written); when inputs fail in both ways, 1."})
final class ScoreCommand implements Callable<Integer> {

    @Mixin
    private LanguageOption language;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Evidence files, or directories whose *.json files are scored.")
    private List<Path> inputs;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = {
                "The form of the result. json (the default, or what -o's extension says) is for tools; text is a short "
                    + "table a person reads; html is a self-contained page with a summary and a radar chart that prints on "
                    + "A4; md is the same in Markdown; pdf is the same as an A4 PDF (it needs -o); csv is one row per input "
                    + "for a spreadsheet."
            })
    private ReportFormat format;

    @Option(names = "--previous", paramLabel = "FILE",
            description = {
                "Show the levels of an earlier assessment of the same country beside this one's (html, md, pdf): its "
                    + "result (.json written by mnr score) or its evidence, scored with the same packs. One input only."
            })
    private Path previous;

    @Option(names = "--excel",
            description = {
                "Start the CSV with a UTF-8 byte order mark, so that Excel reads accented names correctly (without it, "
                    + "plain RFC 4180 for other tools). Only with csv."
            })
    private boolean excel;

    @Option(names = "--assessor", paramLabel = "NAME", description = "Who made the assessment, shown at the top of html, md, pdf and text reports; it overrides the evidence file's assessor.")
    private String assessor;

    @Option(names = "--organisation", paramLabel = "NAME", description = "For whom the assessment was made, shown with the assessor; it overrides the evidence file's organisation.")
    private String organisation;

    @Option(names = "--status", paramLabel = "STATUS",
            description = "The assessment's status, draft or final, shown in the reports. A draft is marked DRAFT on every page of "
                    + "the PDF and of the printed HTML. It overrides the evidence file's status.")
    private String status;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH",
            description = {
                "Write results here: a file for one input, else a directory (created if missing). For csv it is always "
                    + "the one file of the table, e.g. results.csv."
            })
    private Path output;

    @Option(names = "--threads", paramLabel = "N", description = "Score on N threads (default: one per core).")
    private Integer threads;

    @Mixin
    private EngineOptions engineOptions;

    @Spec
    private CommandSpec spec;

    /** Who assessed, for whom, the status, as the options say: each overrides the evidence file's. */
    private AssessmentInfo metadata;
    private Locale locale;
    /** The previous assessment, scored or read once for every input. */
    private Assessment previousAssessment;

    /**
     * What scoring one input gave: its result rendered (when it goes to standard output), its assessment
     * (for a table), and the lines to report.
     */
    private record Outcome(Path file, String rendered, Assessment assessment, List<String> messages, int exit) {
    }

    @Override
    public Integer call() {
        List<Path> files = InputFiles.expand(inputs);
        if (threads != null && threads < 1) {
            throw UsageException.of("msg.positive", "--threads", threads);
        }
        format = ReportOptions.format(format, output);
        ReportOptions.check(format, output, excel, previous, files.size());
        metadata = ReportOptions.metadata(assessor, organisation, status);
        locale = CliLanguage.of(spec);
        if (format.combinesInputs()) {
            return scoreIntoOneTable(files);
        }
        Map<Path, Path> targets = targets(files);
        MaturityEngine engine = engineOptions.engine();
        Variants variants = engineOptions.variants(engine);
        if (previous != null) {
            previousAssessment = ReportOptions.previous(previous, engine, variants, engineOptions.limits().maxFileSize());
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int[] exit = {ExitCodes.OK};
        try (Progress progress = Progress.of(CliText.of(locale).format("msg.progress.scoring"), files.size(), err)) {
            BatchScorer.run(files, threadCount(), file -> score(engine, variants, file, targets.get(file), false), outcome -> {
                outcome.messages().forEach(m -> progress.println(Printable.escape(m)));
                if (outcome.rendered() != null) {
                    out.print(outcome.rendered());
                    out.flush();
                }
                exit[0] = ExitCodes.worse(exit[0], outcome.exit());
                progress.step();
            });
        }
        return exit[0];
    }

    /** Scores every input into one table: printed, or written whole to the file -o names. */
    private int scoreIntoOneTable(List<Path> files) {
        if (output != null) {
            if (Files.isDirectory(output)) {
                throw UsageException.of("msg.table-needs-file", format, output, output.resolve("results" + format.extension()));
            }
            OutputGuard.of(files).refuse(output);
            OutputGuard.refuseEvidence(output);
        }
        MaturityEngine engine = engineOptions.engine();
        Variants variants = engineOptions.variants(engine);
        PrintWriter err = spec.commandLine().getErr();
        CsvReport.Table table = new CsvReport.Table();
        int[] exit = {ExitCodes.OK};
        try (Progress progress = Progress.of(CliText.of(locale).format("msg.progress.scoring"), files.size(), err)) {
            BatchScorer.run(files, threadCount(), file -> score(engine, variants, file, null, true), outcome -> {
                outcome.messages().forEach(m -> progress.println(Printable.escape(m)));
                if (outcome.assessment() != null) {
                    table.add(outcome.assessment());
                }
                exit[0] = ExitCodes.worse(exit[0], outcome.exit());
                progress.step();
            });
        }
        if (table.isEmpty()) {
            return exit[0];
        }
        String csv = (excel ? CsvReport.BYTE_ORDER_MARK : "") + table.render();
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(csv);
            out.flush();
        } else {
            try {
                AtomicFiles.write(output, csv);
            } catch (IOException e) {
                err.println(Printable.escape("mnr: " + CliText.of(locale).format("msg.cannot-write-table", output, AtomicFiles.reason(e))));
                exit[0] = ExitCodes.worse(exit[0], ExitCodes.FAILURE);
            }
        }
        return exit[0];
    }

    /** Scores one input on a worker thread: renders it, and writes it when it has a target. */
    private Outcome score(MaturityEngine engine, Variants variants, Path file, Path target, boolean keepAssessment) {
        List<String> messages = new ArrayList<>();
        Assessment assessment;
        ParsedEvidence parsed;
        try {
            parsed = EvidenceFiles.parse(file, engine.checker());
            assessment = engine.assess(parsed, variants);
        } catch (InvalidEvidenceException e) {
            e.problems().forEach(p -> messages.add(CliHints.line(p, locale)));
            return new Outcome(file, null, null, messages, ExitCodes.INVALID);
        } catch (RuleFailureException e) {
            // A pack's fault, not the input's: report it and go on with the other inputs.
            messages.add("mnr: " + CliText.of(locale).format("msg.no-result", file, e.getMessage()));
            return new Outcome(file, null, null, messages, ExitCodes.FAILURE);
        }
        assessment.warnings(locale).forEach(w -> messages.add(file + ": " + CliText.of(locale).format("msg.warning", w)));
        if (keepAssessment) {
            return new Outcome(file, null, assessment, messages, ExitCodes.OK);
        }
        if (previousAssessment != null && !previousAssessment.country().code().equals(assessment.country().code())) {
            messages.add("mnr: " + CliText.of(locale).format("msg.previous-other-country", previous, previousAssessment.country().code(),
                    assessment.country().code(), file));
            return new Outcome(file, null, null, messages, ExitCodes.INVALID);
        }
        assessment = ReportOptions.withMetadata(assessment, metadata);
        ReportInput input = ReportInput.of(assessment).withLocale(locale).withTexts(engine.texts(locale.getLanguage()));
        if (format.full()) {
            input = PlannedReports.of(engine, parsed, variants, assessment, locale).withPrevious(previousAssessment);
        }
        byte[] rendered = format.render(input);
        if (target == null) {
            return new Outcome(file, new String(rendered, StandardCharsets.UTF_8), null, messages, ExitCodes.OK);
        }
        try {
            AtomicFiles.write(target, rendered);
            return new Outcome(file, null, null, messages, ExitCodes.OK);
        } catch (IOException e) {
            messages.add("mnr: " + CliText.of(locale).format("msg.cannot-write-result", target, file, AtomicFiles.reason(e)));
            return new Outcome(file, null, null, messages, ExitCodes.FAILURE);
        }
    }

    private int threadCount() {
        return threads != null ? threads : Runtime.getRuntime().availableProcessors();
    }


    /** Where each input's result goes; no entry means standard output. */
    private Map<Path, Path> targets(List<Path> files) {
        Map<Path, Path> targets = new LinkedHashMap<>();
        if (output != null && output.toString().isBlank()) {
            throw UsageException.of("msg.output-empty");
        }
        if (output == null) {
            if (files.size() > 1 && !format.concatenates()) {
                throw UsageException.of("msg.several-inputs", format);
            }
            return targets;
        }
        // An existing file that is not a directory (a FIFO, a device) is the one target, whatever its name.
        boolean single = files.size() == 1 && !Files.isDirectory(output)
                && (Files.exists(output) || output.getFileName().toString().contains("."));
        Map<Path, Path> seen = new HashMap<>();
        OutputGuard guard = OutputGuard.of(files);
        for (Path file : files) {
            Path target = single ? output : FileNames.resolve(output, InputFiles.baseName(file) + format.extension(), file);
            guard.refuse(target);
            OutputGuard.refuseEvidence(target);
            Path normalised = OutputGuard.realPath(target);
            Path clash = seen.put(normalised, file);
            if (clash != null) {
                throw UsageException.of("msg.same-target", clash, file, target);
            }
            targets.put(file, target);
        }
        return targets;
    }
}
