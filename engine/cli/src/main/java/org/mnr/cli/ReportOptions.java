package org.mnr.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mnr.engine.MaturityEngine;
import org.mnr.engine.Variants;
import org.mnr.engine.result.Assessment;
import org.mnr.reports.AssessmentMetadata;
import org.mnr.reports.PlannedReports;

/** How {@code mnr score}'s report options are read and checked together: format, language, metadata, previous assessment. */
final class ReportOptions {

    /** The languages the reports are written in. */
    static final List<String> LANGUAGES = PlannedReports.LANGUAGES;

    private ReportOptions() {
    }

    /**
     * The format asked for, or the one {@code -o}'s file name stands for, or JSON. A format that contradicts the
     * file name's extension is a usage error: the file would say one thing and hold another.
     */
    static ReportFormat format(ReportFormat asked, Path output) {
        Optional<ReportFormat> named = output == null || Files.isDirectory(output) ? Optional.empty() : ReportFormat.ofFileName(output);
        if (asked == null) {
            return named.orElse(ReportFormat.JSON);
        }
        if (named.isPresent() && named.get() != asked) {
            throw new UsageException("--format " + asked + " contradicts -o " + output + ", whose extension says " + named.get()
                    + "; drop --format, or name the file with " + asked.extension());
        }
        return asked;
    }

    /** Refuses options that do not go together. */
    static void check(ReportFormat format, Path output, boolean excel, Path previous, int inputs) {
        if (format.binary() && output == null) {
            throw new UsageException("--format " + format + " writes a binary file, not text for a terminal; name it with -o, e.g. -o report"
                    + format.extension());
        }
        if (excel && format != ReportFormat.CSV) {
            throw new UsageException("--excel marks a CSV file for Excel; it goes with --format csv (or -o FILE.csv), not " + format);
        }
        if (previous != null && inputs > 1) {
            throw new UsageException("--previous is the earlier assessment of one country; score one input with it, not " + inputs);
        }
        if (previous != null && !format.full()) {
            throw new UsageException("--previous shows earlier levels in html, md and pdf reports, not in " + format);
        }
    }

    /** The metadata the options give; a status other than draft or final is a usage error. */
    static AssessmentMetadata metadata(String assessor, String organisation, String status) {
        if (status != null && !status.equals("draft") && !status.equals("final")) {
            throw new UsageException("--status takes draft or final, not '" + status + "'");
        }
        return AssessmentMetadata.of(assessor, organisation, status);
    }

    /** The language asked for, or the system's when the reports have it, else English. */
    static Locale locale(String lang) {
        if (lang == null) {
            String system = Locale.getDefault().getLanguage();
            return Locale.forLanguageTag(LANGUAGES.contains(system) ? system : "en");
        }
        return PlannedReports.language(lang).orElseThrow(() ->
                new UsageException("--lang takes one of " + String.join(", ", LANGUAGES) + ", not '" + lang + "'"));
    }

    /** The previous assessment: a result file as it is, or evidence scored with the same packs and variants. */
    static Assessment previous(Path file, MaturityEngine engine, Variants variants, long maxFileSize) {
        if (!Files.isRegularFile(file)) {
            throw new UsageException("--previous " + file + ": no such file; name the earlier result (.json) or evidence file");
        }
        if (file.toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            Optional<Assessment> result = ResultFiles.read(file, maxFileSize);
            if (result.isPresent()) {
                return result.get();
            }
        }
        return engine.assess(EvidenceFiles.parse(file, engine.checker()), variants);
    }
}
