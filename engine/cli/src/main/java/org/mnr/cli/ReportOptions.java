package org.mnr.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mnr.engine.MaturityEngine;
import org.mnr.engine.Variants;
import org.mnr.engine.result.Assessment;
import org.mnr.engine.evidence.AssessmentInfo;
import org.mnr.engine.evidence.AssessmentStatus;
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

    /**
     * What the options say of who assessed, for whom and the status; each given option overrides the evidence file's. A status
     * other than draft or final is a usage error.
     */
    static AssessmentInfo metadata(String assessor, String organisation, String status) {
        AssessmentStatus parsed = status == null ? null
                : AssessmentStatus.parse(status).orElseThrow(() -> UsageException.of("msg.status", status));
        return new AssessmentInfo(assessor, organisation, parsed);
    }

    /** The assessment with its evidence file's metadata, each field the options give in its place. */
    static Assessment withMetadata(Assessment assessment, AssessmentInfo options) {
        AssessmentInfo file = assessment.assessment();
        AssessmentInfo merged = file == null ? options : file.overriddenBy(options);
        return merged == null || merged.isEmpty() ? assessment : assessment.withAssessment(merged);
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
