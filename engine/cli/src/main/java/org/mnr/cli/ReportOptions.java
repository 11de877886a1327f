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
            throw UsageException.of("msg.format-contradicts", asked, output, named.get(), asked.extension());
        }
        return asked;
    }

    /** Refuses options that do not go together. */
    static void check(ReportFormat format, Path output, boolean excel, Path previous, int inputs) {
        if (format.binary() && output == null) {
            throw UsageException.of("msg.format-binary", format, format.extension());
        }
        if (excel && format != ReportFormat.CSV) {
            throw UsageException.of("msg.excel-only-csv", format);
        }
        if (previous != null && inputs > 1) {
            throw UsageException.of("msg.previous-one-input", inputs);
        }
        if (previous != null && !format.full()) {
            throw UsageException.of("msg.previous-format", format);
        }
    }

    /** The metadata the options give; a status other than draft or final is a usage error. */
    static AssessmentMetadata metadata(String assessor, String organisation, String status) {
        if (status != null && !status.equals("draft") && !status.equals("final")) {
            throw UsageException.of("msg.status", status);
        }
        return AssessmentMetadata.of(assessor, organisation, status);
    }

    /** The previous assessment: a result file as it is, or evidence scored with the same packs and variants. */
    static Assessment previous(Path file, MaturityEngine engine, Variants variants, long maxFileSize) {
        if (!Files.isRegularFile(file)) {
            throw UsageException.of("msg.previous-missing", file);
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
