package org.mnr.example.embedding;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mnr.engine.MaturityEngine;
import org.mnr.engine.result.Assessment;
import org.mnr.reports.HtmlReport;

/**
 * Turns a country's evidence file into its assessment and HTML report, with one engine shared by every request.
 *
 * <p>The engine finds the packs on the class path (here only the base pack, {@code mnr-rules}); building it once
 * is the costly step, and the built engine is safe to share between threads.
 */
public final class ReportPortal {

    private final MaturityEngine engine;

    /** A portal with the packs found on the class path. */
    public ReportPortal() {
        this(MaturityEngine.builder().build());
    }

    /** A portal around an engine built elsewhere. */
    public ReportPortal(MaturityEngine engine) {
        this.engine = engine;
    }

    /** The assessment of one evidence file (JSON or YAML). */
    public Assessment assess(Path evidence) {
        return engine.assess(evidence);
    }

    /** The HTML report of one evidence file: a whole page, with its radar chart inline. */
    public String htmlReport(Path evidence) {
        return HtmlReport.render(assess(evidence));
    }

    /**
     * Writes the HTML report of an evidence file.
     *
     * @param args the evidence file, then the report file to write
     * @throws IOException when the report cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: ReportPortal EVIDENCE_FILE REPORT.html");
        }
        Files.writeString(Path.of(args[1]), new ReportPortal().htmlReport(Path.of(args[0])), StandardCharsets.UTF_8);
    }
}
