package org.mnr.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mnr.template.EvidenceTemplate;
import org.mnr.template.JsonTemplate;
import org.mnr.workbook.WorkbookWriter;
import org.mnr.engine.MaturityEngine;
import org.mnr.engine.Variants;
import org.mnr.engine.evidence.InvalidEvidenceException;
import org.mnr.engine.evidence.ParsedEvidence;
import org.mnr.engine.evidence.Problem;
import org.mnr.engine.pack.Pack;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mnr template}: an evidence file with every key of the chosen packs, ready to fill in. */
@Command(
        name = "template",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Write an evidence file to fill in, as JSON or an Excel workbook.",
            "It lists every key of the base pack and of the variants named with --variant, by capability, each with its "
                + "type, allowed values or range, and meaning.",
            "",
            "The JSON template is valid evidence once its placeholders are replaced (until then it is refused, saying "
                + "what to fill in). Each value is null (not known), each confidence null (not said: counts as reported; else "
                + "verified, documented or reported), and each note reads \"type: ...; allowed: ...; description\"; the "
                + "country code is the placeholder XA and assessedOn the placeholder 2000-01-01. Replace both, fill in values "
                + "and sources, and replace or delete each note as you go: notes are cited in results.",
            "",
            "The xlsx template has a sheet Country (code, name, memberships, assessedOn) and a sheet Evidence "
                + "(capability, key, description, type, allowed values, value, source, note, confidence), with drop-downs for "
                + "enum and boolean values and for the confidence. Leave a value empty when it is not known; write a set's "
                + "members comma-separated, or [] for none.",
            "Score or validate the workbook as it is: mnr score country.xlsx.",
            "",
            "With --from, the template is filled with that evidence file's values (any format): last year's evidence "
                + "becomes this year's workbook, or a workbook becomes JSON.",
            "",
            "An existing -o file is never replaced unless --force is given: a filled-in template is not lost to a second run."
        },
        footer = {"", "Exit codes: 0 done, 2 invalid input or usage, 1 anything else."})
final class TemplateCommand implements Callable<Integer> {

    @Mixin
    private LanguageOption language;

    /** The forms a template can be written in. */
    enum TemplateFormat {
        /** Evidence JSON, one item a line. */
        JSON,
        /** An Excel workbook. */
        XLSX;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Option(names = "--variant", paramLabel = "ID",
            description = "Add this regional variant's keys (repeatable), e.g. coe, eu, au, asean; the base pack's keys are always "
                    + "there.")
    private List<String> variants = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "The form of the template: json or xlsx. The default is xlsx when -o ends in .xlsx, and json otherwise.")
    private TemplateFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the template here; without it, JSON goes to standard output.")
    private Path output;

    @Option(names = "--from", paramLabel = "EVIDENCE",
            description = "Fill the template with this evidence file (JSON, YAML or .xlsx); its memberships' variants are added.")
    private Path from;

    @Option(names = "--force", description = "Replace the -o file if it exists; without it an existing file is left as it is and nothing is written.")
    private boolean force;

    @Mixin
    private PackOptions packOptions;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        TemplateFormat chosen = format != null ? format
                : output != null && EvidenceFiles.isWorkbook(output.toString()) ? TemplateFormat.XLSX : TemplateFormat.JSON;
        if (chosen == TemplateFormat.XLSX && output == null) {
            throw UsageException.of("msg.workbook-needs-file");
        }
        if (output != null && from != null && OutputGuard.of(List.of(from)).isInput(output)) {
            throw UsageException.of("msg.output-is-from", output);
        }
        if (output != null) {
            refuseToReplace();
        }
        Locale locale = CliLanguage.of(spec);
        MaturityEngine engine = packOptions.engine();
        List<String> known = engine.packs().stream().filter(p -> p.descriptor().isVariant()).map(Pack::id).toList();
        for (String id : variants) {
            if (!known.contains(id)) {
                throw VariantChoice.unknown(id, known);
            }
        }
        EvidenceTemplate template = from == null ? EvidenceTemplate.blank(engine, variants) : filled(engine);
        try {
            if (chosen == TemplateFormat.XLSX) {
                byte[] workbook;
                try {
                    workbook = WorkbookWriter.write(template, locale);
                } catch (IllegalArgumentException tooLong) {
                    // The workbook library says in English which text is too long; the advice is the command's.
                    throw UsageException.of("msg.template.too-long", (from == null ? "" : from + ": ") + tooLong.getMessage());
                }
                save(workbook);
            } else if (output != null) {
                save(JsonTemplate.write(template).getBytes(StandardCharsets.UTF_8));
            } else {
                PrintWriter out = spec.commandLine().getOut();
                out.print(JsonTemplate.write(template));
                out.flush();
            }
        } catch (IOException e) {
            throw AtomicFiles.failure(output, e);
        }
        return ExitCodes.OK;
    }

    /** Refuses a folder as -o, and an existing file unless --force, before any work is done. */
    private void refuseToReplace() {
        if (Files.isDirectory(output)) {
            throw UsageException.of("msg.output-directory", output);
        }
        if (!force && Files.isRegularFile(output)) {
            throw exists();
        }
    }

    private void save(byte[] content) throws IOException {
        if (force) {
            AtomicFiles.write(output, content);
            return;
        }
        try {
            AtomicFiles.writeNew(output, content);
        } catch (FileAlreadyExistsException madeMeanwhile) {
            throw exists();
        }
    }

    private UsageException exists() {
        return UsageException.of("msg.output-exists", output);
    }

    private EvidenceTemplate filled(MaturityEngine engine) {
        ParsedEvidence parsed = EvidenceFiles.parse(from, engine.checker());
        List<Problem> problems = engine.validate(parsed, Variants.fromMemberships());
        if (parsed.evidence() == null || problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR)) {
            throw new InvalidEvidenceException(problems);
        }
        return EvidenceTemplate.filled(engine, parsed.evidence(), variants);
    }
}
