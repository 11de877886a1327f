package org.mnr.cli;

import java.util.List;
import java.util.Locale;
import org.mnr.reports.CsvReport;
import org.mnr.reports.HtmlReport;
import org.mnr.reports.MarkdownReport;
import org.mnr.reports.TextReport;
import org.mnr.engine.result.Assessment;
import org.mnr.engine.result.ResultJson;

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
    CSV(".csv");

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    String extension() {
        return extension;
    }

    /** Whether every input goes into one output rather than one output each. */
    boolean combinesInputs() {
        return this == CSV;
    }

    /** Whether the results of several inputs can follow each other on standard output. */
    boolean concatenates() {
        return this == TEXT || this == MD;
    }

    String render(Assessment assessment) {
        return switch (this) {
            case JSON -> ResultJson.write(assessment);
            case TEXT -> TextReport.render(assessment);
            case HTML -> HtmlReport.render(assessment);
            case MD -> MarkdownReport.render(assessment);
            case CSV -> CsvReport.render(List.of(assessment));
        };
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
