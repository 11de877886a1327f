package org.mnr.reports;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.mnr.engine.result.Assessment;
import org.mnr.reports.internal.PdfRenderer;
import org.mnr.reports.internal.RadarChart;
import org.mnr.reports.internal.ReportView;

/**
 * Renders a report as PDF from the same template as the HTML page: A4, the shipped fonts embedded, a
 * header and page numbers on every page, "DRAFT" on every page of a draft, and the same bytes for the
 * same input.
 *
 * <p>Needs {@code io.github.openhtmltopdf:openhtmltopdf-pdfbox} and {@code org.jsoup:jsoup}, which
 * {@code mnr-reports} declares as optional: an application that makes PDFs declares them too.
 */
@API(status = EXPERIMENTAL, since = "1.1")
public final class PdfReport {

    private PdfReport() {
    }

    /** The PDF of an assessment. */
    public static byte[] render(Assessment assessment) {
        return render(ReportInput.of(assessment));
    }

    /** The PDF of a report. */
    public static byte[] render(ReportInput input) {
        requireLibraries();
        ReportView report = ReportView.of(input);
        String html = HtmlReport.page(report, "", true);
        return PdfRenderer.render(html, RadarChart.drawing(report, HtmlReport.chartTitle(report)), report.title(), report.engine(),
                input.assessment().assessedOn());
    }

    private static void requireLibraries() {
        for (String type : new String[] {"com.openhtmltopdf.pdfboxout.PdfRendererBuilder", "org.jsoup.Jsoup"}) {
            try {
                Class.forName(type, false, PdfReport.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("PDF reports need io.github.openhtmltopdf:openhtmltopdf-pdfbox and org.jsoup:jsoup on the"
                        + " class path (optional dependencies of mnr-reports); " + type + " is missing");
            }
        }
    }
}
