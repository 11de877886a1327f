package org.mnr.reports;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.mnr.engine.internal.evidence.Printable;
import org.mnr.engine.result.Assessment;
import org.mnr.reports.internal.CapabilityView;
import org.mnr.reports.internal.CriterionView;
import org.mnr.reports.internal.EvidenceView;
import org.mnr.reports.internal.PriorityView;
import org.mnr.reports.internal.ReportView;

/**
 * Renders an assessment as Markdown for wikis and pull requests: the HTML report's content as text,
 * with a bar of squares per capability in place of the chart.
 */
@API(status = EXPERIMENTAL, since = "1.0")
public final class MarkdownReport {

    private MarkdownReport() {
    }

    /** The Markdown of an assessment, ending with a line feed. */
    public static String render(Assessment assessment) {
        return render(ReportInput.of(assessment));
    }

    /** The Markdown of a report, ending with a line feed: the HTML page's content, summary first. */
    @API(status = EXPERIMENTAL, since = "1.1")
    public static String render(ReportInput input) {
        ReportView report = ReportView.of(input);
        StringBuilder md = new StringBuilder();
        if (report.metadata().draft()) {
            md.append("**").append(report.t("draft.mark")).append("**\n\n");
        }
        md.append("# ").append(inline(report.t("report.heading", report.country()))).append("\n\n");
        md.append(report.t("report.assessed-on")).append(' ').append(report.assessedOn()).append(".");
        credits(md, report);
        md.append("\n\n").append(report.t("report.purpose")).append("\n\n");
        for (String note : report.fallbacks()) {
            md.append("_").append(inline(note)).append("_\n\n");
        }
        if (report.lowCoverage()) {
            md.append("> **").append(report.t("warning.title")).append("** ").append(inline(report.t("warning.low-coverage", report.overallCoverage())))
                    .append("\n\n");
        }

        md.append("## ").append(report.t("summary.title")).append("\n\n");
        keyFigure(md, report.t("summary.overall-score"), report.overallScore());
        keyFigure(md, report.t("summary.coverage"), report.overallCoverage());
        keyFigure(md, report.t("summary.not-assessed"), String.valueOf(report.notAssessed()));
        keyFigure(md, report.t("summary.provisional"), String.valueOf(report.provisional()));
        keyFigure(md, report.t("summary.confidence"), String.join(report.semicolon(), report.confidences()));
        keyFigure(md, report.t("summary.min-confidence"), report.minConfidence());
        md.append('\n');
        table(md, List.of(report.t("domains.domain"), report.t("table.score"), report.t("table.level")), "|---|--:|---|",
                report.domains().stream().map(d -> List.of(d.id() + " " + inline(d.name()), d.score(), d.levelText())).toList());
        priorities(md, report, report.t("priorities.find-out"), report.findOut(), report.findOutTotal(), true);
        priorities(md, report, report.t("priorities.change"), report.change(), report.changeTotal(), false);

        md.append("## ").append(report.t("method.title")).append("\n\n");
        for (String key : List.of("method.levels", "method.score", "method.ranges", "method.confidence", "method.variants", "method.catalogue")) {
            md.append(inline(report.t(key))).append("\n\n");
        }

        md.append("## ").append(report.t("levels.title")).append("\n\n");
        md.append(report.t("markdown.bar")).append("\n\n");
        boolean previous = report.previousAssessedOn() != null;
        List<String> header = new ArrayList<>(List.of("#", report.t("table.capability"), report.t("table.domain"), report.t("table.level")));
        if (previous) {
            header.add(report.t("table.previous", report.previousAssessedOn()));
        }
        header.addAll(List.of(report.t("table.score"), report.t("table.coverage"), report.t("table.confidence")));
        table(md, header, previous ? "|--:|---|---|---|---|--:|--:|---|" : "|--:|---|---|---|--:|--:|---|",
                report.capabilities().stream().map(c -> {
                    List<String> row = new ArrayList<>(List.of(String.valueOf(c.id()), inline(c.name()), c.domainId(),
                            c.levelBar() + " " + c.levelText()));
                    if (previous) {
                        row.add(c.previous() == null ? "—" : c.previous());
                    }
                    row.addAll(List.of(c.score(), c.coverage(), c.confidence() == null ? "—" : c.confidence()));
                    return row;
                }).toList());

        md.append("## ").append(report.t("variants.title")).append("\n\n").append(inline(report.t("variants.packs", report.packs())))
                .append("\n\n");
        if (report.variantChanges().isEmpty()) {
            md.append(report.t("variants.none")).append("\n\n");
        } else {
            table(md, List.of(report.t("table.criterion"), report.t("variants.change")), "|---|---|",
                    report.variantChanges().stream().map(v -> List.of(code(v.id()), inline(v.provenance()))).toList());
        }
        if (!report.warnings().isEmpty()) {
            md.append("## ").append(report.t("ignored.title")).append("\n\n");
            report.warnings().forEach(w -> md.append("- ").append(inline(w)).append('\n'));
            md.append('\n');
        }

        md.append("## ").append(report.t("capabilities.title")).append('\n');
        if (!report.summariesGiven()) {
            md.append('\n').append(report.t("capabilities.no-summaries")).append('\n');
        }
        for (CapabilityView c : report.capabilities()) {
            capability(md, report, c);
        }
        md.append("---\n\n").append(inline(report.t("footer.packs", report.packs(), report.engine(), report.assessedOn()))).append('\n');
        return md.toString();
    }

    private static void credits(StringBuilder md, ReportView report) {
        AssessmentMetadata m = report.metadata();
        if (m.assessor() != null) {
            md.append(' ').append(report.t("metadata.assessor")).append(' ').append(inline(m.assessor())).append('.');
        }
        if (m.organisation() != null) {
            md.append(' ').append(report.t("metadata.organisation")).append(' ').append(inline(m.organisation())).append('.');
        }
        if (m.status() != null) {
            md.append(' ').append(report.t("metadata.status")).append(" **").append(report.t("metadata.status." + m.status())).append("**.");
        }
    }

    private static void keyFigure(StringBuilder md, String label, String value) {
        md.append("- ").append(label).append(" **").append(inline(value)).append("**\n");
    }

    private static void priorities(StringBuilder md, ReportView report, String title, List<PriorityView> chosen, int total, boolean collect) {
        md.append("### ").append(title).append("\n\n");
        if (chosen.isEmpty()) {
            md.append(report.t("priorities.none")).append("\n\n");
            return;
        }
        for (PriorityView p : chosen) {
            md.append("- ").append(inline(report.t("priorities.capability", p.capability(), p.capabilityName()))).append(report.colon())
                    .append(inline(p.title())).append(" (").append(code(p.criterion())).append(')');
            if (!p.needs().isEmpty()) {
                md.append(". ").append(collect ? report.t("priorities.collect") + " " : "")
                        .append(p.needs().stream().map(MarkdownReport::inline).collect(Collectors.joining(collect ? ", " : report.semicolon())));
            }
            md.append('\n');
        }
        if (total > chosen.size()) {
            md.append('\n').append(report.t("priorities.more", total - chosen.size())).append('\n');
        }
        md.append('\n');
    }

    private static void capability(StringBuilder md, ReportView report, CapabilityView c) {
        md.append("\n### ").append(c.id()).append(". ").append(inline(c.name())).append("\n\n");
        md.append(inline(report.t("capability.domain", c.domainId(), c.domainName()))).append(". ").append(report.t("table.level"))
                .append(" **").append(inline(c.levelSentence())).append("** ").append(c.levelBar()).append(", ")
                .append(report.t("table.score").toLowerCase(java.util.Locale.ROOT)).append(' ').append(c.score()).append(", ")
                .append(report.t("table.coverage").toLowerCase(java.util.Locale.ROOT)).append(' ').append(c.coverage());
        if (c.confidence() != null) {
            md.append(", ").append(report.t("table.confidence").toLowerCase(java.util.Locale.ROOT)).append(' ').append(c.confidence());
        }
        if (c.previous() != null) {
            md.append(", ").append(report.t("table.previous", report.previousAssessedOn()).toLowerCase(java.util.Locale.ROOT)).append(' ')
                    .append(c.previous());
        }
        md.append(".\n\n");
        if (c.summary() != null) {
            md.append('_').append(inline(c.summary())).append("_\n\n");
        }
        if (c.next() == null) {
            md.append(report.t("next.mature")).append("\n\n");
        } else {
            md.append(inline(report.t("next.to-reach", c.next().name()))).append("\n\n");
            for (CriterionView b : c.next().blocking()) {
                md.append("- ").append(code(b.id())).append(report.colon()).append(inline(b.title())).append(" (").append(b.statusLabel()).append(")\n");
            }
            md.append('\n');
        }
        table(md, List.of(report.t("criteria.status"), report.t("table.criterion"), report.t("criteria.evidence"), report.t("criteria.missing")),
                "|---|---|---|---|", c.criteria().stream().map(k -> criterionRow(report, k)).toList());
    }

    private static List<String> criterionRow(ReportView report, CriterionView k) {
        StringBuilder criterion = new StringBuilder(inline(k.title())).append(" (").append(code(k.id())).append(", ")
                .append(report.t("criteria.level-weight", k.level(), k.weight())).append(')');
        if (k.provenance() != null) {
            criterion.append(". ").append(inline(k.provenance()));
        }
        String evidence = k.hasSupport()
                ? Stream.concat(k.evidence().stream().map(e -> evidence(report, e)), k.levelsRead().stream().map(MarkdownReport::inline))
                        .collect(Collectors.joining(report.semicolon()))
                : report.t("criteria.none");
        String missing = k.missing().isEmpty() && k.openLevels().isEmpty() ? report.t("criteria.none")
                : Stream.concat(k.missing().stream().map(MarkdownReport::code), k.openLevels().stream().map(MarkdownReport::inline))
                        .collect(Collectors.joining(", "));
        return List.of("**" + k.statusLabel() + "**", criterion.toString(), evidence, missing);
    }

    private static String evidence(ReportView report, EvidenceView e) {
        return code(e.key()) + " = " + inline(e.value())
                + (e.confidence() == null ? "" : " (" + report.t("evidence.confidence.short") + " " + e.confidence() + ")")
                + (e.source() == null ? "" : " (" + report.t("evidence.source.short") + " " + inline(e.source()) + ")")
                + (e.note() == null ? "" : " (" + report.t("evidence.note.short") + " " + inline(e.note()) + ")");
    }

    /** A GitHub-flavoured table: a header row, the alignment row, then one row per list, cells escaped. */
    private static void table(StringBuilder md, List<String> header, String alignment, List<List<String>> rows) {
        md.append(row(header)).append(alignment).append('\n');
        rows.forEach(r -> md.append(row(r)));
        md.append('\n');
    }

    private static String row(List<String> cells) {
        return cells.stream().map(MarkdownReport::cell).collect(Collectors.joining(" | ", "| ", " |\n"));
    }

    // A pipe ends a cell and a line break ends a row, even inside code spans.
    private static String cell(String text) {
        return text.replace("|", "\\|").replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }

    /** Text from evidence or packs, kept from being read as Markdown markup. */
    private static String inline(String text) {
        // Line breaks join the line; other control characters (a terminal's escapes, BEL) are written out visibly.
        return Printable.escape(text.replaceAll("([\\\\`*_\\[\\]<>#])", "\\\\$1").replaceAll("\\s*[\\r\\n]+\\s*", " "));
    }

    private static String code(String id) {
        return "`" + id + "`";
    }
}
