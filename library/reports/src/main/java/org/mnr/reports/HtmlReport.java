package org.mnr.reports;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Locale;
import java.util.Map;
import org.mnr.engine.result.Assessment;
import org.mnr.reports.internal.RadarChart;
import org.mnr.reports.internal.ReportView;

/**
 * Renders an assessment as one self-contained HTML page: inline CSS and SVG, no script and nothing
 * fetched, laid out for screen and for A4 paper.
 *
 * <p>The page comes from the {@code report.jte} template, compiled to Java at build time.
 */
@API(status = EXPERIMENTAL, since = "1.0")
public final class HtmlReport {

    private static final String TEMPLATE = "report.jte";
    private static final String TEMPLATE_PACKAGE = "org.mnr.reports.internal.templates";
    private static final String CHART_ID = "levels-chart";

    // Precompiled templates are plain classes: the engine only looks them up, so one serves every thread.
    private static final TemplateEngine TEMPLATES =
            TemplateEngine.createPrecompiled(null, ContentType.Html, HtmlReport.class.getClassLoader(), TEMPLATE_PACKAGE);

    private HtmlReport() {
    }

    /**
     * The page with every control character but tab and line feed written out as {@code \\uXXXX}: HTML does not
     * allow them, and escape sequences from evidence must not reach a terminal that prints the file.
     */
    private static String visibleControls(String html) {
        StringBuilder out = null;
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            boolean control = c < 0x20 && c != '\n' && c != '\t' || c >= 0x7F && c <= 0x9F;
            if (control && out == null) {
                out = new StringBuilder(html.length() + 16).append(html, 0, i);
            }
            if (out != null) {
                out.append(control ? String.format(Locale.ROOT, "\\u%04X", (int) c) : String.valueOf(c));
            }
        }
        return out == null ? html : out.toString();
    }

    /** The HTML page of an assessment. */
    public static String render(Assessment assessment) {
        return render(ReportInput.of(assessment));
    }

    /** The HTML page of a report: summary, method, domains, capabilities and the evidence behind them. */
    @API(status = EXPERIMENTAL, since = "1.1")
    public static String render(ReportInput input) {
        ReportView report = ReportView.of(input);
        return page(report, RadarChart.svg(report, CHART_ID, chartTitle(report)), false);
    }

    /** The chart's short text alternative. */
    static String chartTitle(ReportView report) {
        return report.text().format("chart.title", report.country());
    }

    /**
     * The page of a report.
     *
     * @param report the report
     * @param chart the chart's SVG, or empty for paper, where the PDF paints it in the page's chart object
     * @param paged whether the page is laid out for the PDF: running header, page numbers, the shipped fonts
     */
    static String page(ReportView report, String chart, boolean paged) {
        StringOutput html = new StringOutput();
        TEMPLATES.render(TEMPLATE, Map.of("report", report, "chart", chart, "paged", paged), html);
        return visibleControls(html.toString());
    }
}
