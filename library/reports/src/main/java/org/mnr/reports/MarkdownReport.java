package org.mnr.reports;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.mnr.engine.internal.evidence.Printable;
import org.mnr.engine.result.Assessment;
import org.mnr.reports.internal.CapabilityView;
import org.mnr.reports.internal.CriterionView;
import org.mnr.reports.internal.EvidenceView;
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
        ReportView report = ReportView.of(assessment);
        StringBuilder md = new StringBuilder();
        md.append("# MNR maturity report: ").append(inline(report.country())).append("\n\n");
        md.append("Assessed on ").append(report.assessedOn()).append(". Overall score **").append(report.overallScore())
                .append("** of 100; coverage **").append(report.overallCoverage()).append("** of criteria known.\n\n");
        md.append("For the country's own planning: these results describe one country and do not rank or compare countries.\n\n");

        md.append("## Capability levels\n\n");
        md.append("Levels run from 0 Not in place (□□□□) to 4 Mature (■■■■).\n\n");
        table(md, List.of("#", "Capability", "Domain", "Level", "Score", "Coverage"), "|--:|---|---|---|--:|--:|",
                report.capabilities().stream().map(c -> List.of(String.valueOf(c.id()), inline(c.name()), c.domainId(),
                        c.levelBar() + " " + c.level() + " " + c.levelName(), c.score(), c.coverage())).toList());

        md.append("## Domains\n\nA domain's level is the lowest level among its capabilities.\n\n");
        table(md, List.of("Domain", "Score", "Level"), "|---|--:|---|",
                report.domains().stream().map(d -> List.of(d.id() + " " + inline(d.name()), d.score(), d.level() + " " + d.levelName())).toList());

        md.append("## Packs and regional variants\n\nScored with the packs ").append(inline(report.packs())).append(".\n\n");
        if (report.variantChanges().isEmpty()) {
            md.append("No regional variant changed a criterion of the base model for this assessment.\n\n");
        } else {
            table(md, List.of("Criterion", "Change"), "|---|---|",
                    report.variantChanges().stream().map(v -> List.of(code(v.id()), inline(v.provenance()))).toList());
        }
        if (!report.warnings().isEmpty()) {
            md.append("## Evidence ignored\n\n");
            report.warnings().forEach(w -> md.append("- ").append(inline(w)).append('\n'));
            md.append('\n');
        }

        md.append("## Capabilities\n");
        for (CapabilityView c : report.capabilities()) {
            capability(md, c);
        }
        md.append("---\n\nPacks: ").append(inline(report.packs())).append(". Engine: ").append(inline(report.engine()))
                .append(". Assessment date: ").append(report.assessedOn()).append(".\n");
        return md.toString();
    }

    private static void capability(StringBuilder md, CapabilityView c) {
        md.append("\n### ").append(c.id()).append(". ").append(inline(c.name())).append("\n\n");
        md.append("Domain ").append(c.domainId()).append(": ").append(inline(c.domainName())).append(". Level **")
                .append(c.level()).append(' ').append(c.levelName()).append("** ").append(c.levelBar())
                .append(", score ").append(c.score()).append(", coverage ").append(c.coverage()).append(".\n\n");
        if (c.next() == null) {
            md.append("Mature: every criterion up to the top level is met.\n\n");
        } else {
            md.append("To reach ").append(c.next().name()).append(":\n\n");
            for (CriterionView b : c.next().blocking()) {
                md.append("- ").append(code(b.id())).append(": ").append(inline(b.title())).append(" (")
                        .append(b.statusLabel()).append(")\n");
            }
            md.append('\n');
        }
        table(md, List.of("Status", "Criterion", "Evidence it rests on", "Evidence still missing"), "|---|---|---|---|",
                c.criteria().stream().map(MarkdownReport::criterionRow).toList());
    }

    private static List<String> criterionRow(CriterionView k) {
        StringBuilder criterion = new StringBuilder(inline(k.title())).append(" (").append(code(k.id())).append(", level ")
                .append(k.level()).append(", weight ").append(k.weight()).append(')');
        if (k.provenance() != null) {
            criterion.append(". ").append(inline(k.provenance()));
        }
        String evidence = k.hasSupport()
                ? Stream.concat(k.evidence().stream().map(MarkdownReport::evidence), k.levelsRead().stream().map(MarkdownReport::inline))
                        .collect(Collectors.joining("; "))
                : "None";
        String missing = k.missing().isEmpty() ? "None" : k.missing().stream().map(MarkdownReport::code).collect(Collectors.joining(", "));
        return List.of("**" + k.statusLabel() + "**", criterion.toString(), evidence, missing);
    }

    private static String evidence(EvidenceView e) {
        return code(e.key()) + " = " + inline(e.value())
                + (e.source() == null ? "" : " (source: " + inline(e.source()) + ")")
                + (e.note() == null ? "" : " (note: " + inline(e.note()) + ")");
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
