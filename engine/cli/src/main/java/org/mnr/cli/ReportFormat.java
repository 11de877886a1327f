package org.mnr.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mnr.engine.result.ResultJson;
import org.mnr.reports.CsvReport;
import org.mnr.reports.HtmlReport;
import org.mnr.reports.MarkdownReport;
import org.mnr.reports.PdfReport;
import org.mnr.reports.ReportInput;
import org.mnr.reports.TextReport;

/** The forms a result can be written in. */
enum ReportFormat {
    /** The JSON result (docs/model.md, docs/schema/result.schema.json). */
    JSON(".json"),
    /** A short table for a person. */
    TEXT(".txt"),
    /** A self-contained HTML page with a radar chart, for a ministry. */
    HTML(".html"),
    /** Markdown with the HTML page's content, for wikis and pull requests. */
    MD(".md"),
    /** One CSV table with a row per input. */
    CSV(".csv"),
    /** The HTML page's content as an A4 PDF. */
    PDF(".pdf");

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    String extension() {
        return extension;
    }

    /** The format a file name's extension stands for, e.g. {@code report.pdf}; empty for any other name. */
    static Optional<ReportFormat> ofFileName(Path file) {
        if (file == null || file.getFileName() == null) {
            return Optional.empty();
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (ReportFormat format : values()) {
            if (name.endsWith(format.extension) && name.length() > format.extension.length()) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** Whether every input goes into one output rather than one output each. */
    boolean combinesInputs() {
        return this == CSV;
    }

    /** Whether the results of several inputs can follow each other on standard output. */
    boolean concatenates() {
        return this == TEXT || this == MD;
    }

    /** Whether the output is bytes that a terminal should not be sent. */
    boolean binary() {
        return this == PDF;
    }

    /** Whether the report shows the plan's priorities, the packs' summaries and the previous levels. */
    boolean full() {
        return this == HTML || this == MD || this == PDF;
    }

    /** The report as bytes: UTF-8 text, or the PDF. */
    byte[] render(ReportInput input) {
        return switch (this) {
            case JSON -> ResultJson.write(input.assessment()).getBytes(StandardCharsets.UTF_8);
            case TEXT -> TextReport.render(input).getBytes(StandardCharsets.UTF_8);
            case HTML -> HtmlReport.render(input).getBytes(StandardCharsets.UTF_8);
            case MD -> MarkdownReport.render(input).getBytes(StandardCharsets.UTF_8);
            case CSV -> CsvReport.render(List.of(input.assessment())).getBytes(StandardCharsets.UTF_8);
            case PDF -> PdfReport.render(input);
        };
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
