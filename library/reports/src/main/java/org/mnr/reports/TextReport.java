package org.mnr.reports;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mnr.engine.internal.evidence.Printable;
import org.mnr.engine.result.Assessment;
import org.mnr.reports.internal.CapabilityView;
import org.mnr.reports.internal.CriterionView;
import org.mnr.reports.internal.DomainView;
import org.mnr.reports.internal.ReportView;

/**
 * Renders a result as a short table a person reads: per capability its level (with its range, or "Not
 * assessed"), score, coverage, confidence and next step; a warning first when coverage is low; then the domains, and what
 * blocks each next level, criterion by criterion with its title.
 */
@API(status = EXPERIMENTAL, since = "1.0")
public final class TextReport {

    private TextReport() {
    }

    /** The table of an assessment, in English. */
    public static String render(Assessment a) {
        return render(ReportInput.of(a));
    }

    /** The table of a report, in its language. */
    @API(status = EXPERIMENTAL, since = "1.1")
    public static String render(ReportInput input) {
        ReportView report = ReportView.of(input);
        Assessment a = input.assessment();
        StringBuilder text = new StringBuilder();
        // The name is what the evidence file says; escaped so that it cannot carry terminal control codes.
        String name = a.country().name() == null ? a.country().code()
                : Printable.escape(a.country().name()) + " (" + a.country().code() + ")";
        if (report.metadata().draft()) {
            text.append(report.t("draft.mark")).append('\n');
        }
        text.append(name).append(", ").append(report.t("report.assessed-on").toLowerCase(Locale.ROOT)).append(' ').append(a.assessedOn())
                .append('\n');
        text.append(report.t("text.packs")).append(' ').append(report.packs()).append(report.semicolon()).append(report.t("text.engine")).append(' ')
                .append(report.engine()).append('\n');
        for (String note : report.fallbacks()) {
            text.append(note).append('\n');
        }
        if (report.lowCoverage()) {
            text.append(report.t("text.warning")).append(' ').append(report.t("warning.title")).append(' ')
                    .append(report.t("warning.low-coverage", report.overallCoverage())).append('\n');
        }
        text.append(report.t("summary.overall-score")).append(' ').append(report.overallScore()).append(report.semicolon())
                .append(report.t("summary.coverage")).append(' ').append(report.overallCoverage()).append("\n\n");

        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("#", report.t("table.capability"), report.t("table.level"), report.t("table.score"), report.t("table.coverage"),
                report.t("table.confidence"), report.t("text.next")));
        for (CapabilityView c : report.capabilities()) {
            String next = c.next() == null ? "-" : report.t("text.to-level", c.next().name());
            rows.add(List.of(String.valueOf(c.id()), clip(c.name(), 50), c.levelText(), c.score(), c.coverage(),
                    c.confidence() == null ? "-" : c.confidence(), next));
        }
        columns(text, rows, List.of(true, false, false, true, true, false, false));
        text.append('\n');
        List<List<String>> domains = new ArrayList<>();
        domains.add(List.of("", report.t("domains.domain"), report.t("table.level"), report.t("table.score")));
        for (DomainView d : report.domains()) {
            domains.add(List.of(d.id(), d.name(), d.levelText(), d.score()));
        }
        columns(text, domains, List.of(false, false, false, true));
        blockers(text, report);
        return text.toString().replaceAll(" +\n", "\n");
    }

    /**
     * What blocks each capability's next level, each criterion by its id, its title and its status: an id alone
     * means nothing to a reader who has not got the catalogue open.
     */
    private static void blockers(StringBuilder text, ReportView report) {
        List<CapabilityView> blocked = report.capabilities().stream().filter(c -> c.next() != null).toList();
        if (blocked.isEmpty()) {
            return;
        }
        text.append('\n').append(report.t("text.blocking")).append('\n');
        for (CapabilityView c : blocked) {
            text.append(String.format(Locale.ROOT, "%2d ", c.id())).append(Printable.escape(c.name())).append(", ")
                    .append(report.t("text.to-level", c.next().name())).append(report.colon().stripTrailing()).append('\n');
            for (CriterionView b : c.next().blocking()) {
                // Titles come from packs: escaped so that they cannot carry terminal control codes.
                text.append("   - ").append(b.id()).append(report.colon()).append(Printable.escape(b.title())).append(" (")
                        .append(b.statusLabel()).append(")\n");
            }
        }
    }

    /** Rows as columns two spaces apart, each as wide as its widest cell; the last column is not padded. */
    private static void columns(StringBuilder text, List<List<String>> rows, List<Boolean> right) {
        int[] widths = new int[rows.get(0).size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                String pad = " ".repeat(widths[i] - cell.length());
                text.append(i == 0 ? "" : "  ").append(right.get(i) ? pad + cell : i == row.size() - 1 ? cell : cell + pad);
            }
            text.append('\n');
        }
    }

    private static String clip(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 3) + "...";
    }
}
