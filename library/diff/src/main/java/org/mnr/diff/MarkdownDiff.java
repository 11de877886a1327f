package org.mnr.diff;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.Locale;
import org.mnr.diff.Comparison.CapabilityChange;
import org.mnr.diff.Comparison.CriterionChange;
import org.mnr.diff.Comparison.EvidenceChange;

/** Renders a comparison as Markdown, for a report or an issue: a table of every capability, then what moved and why. */
@API(status = EXPERIMENTAL, since = "1.0")
public final class MarkdownDiff {

    private MarkdownDiff() {
    }

    /** The Markdown in English, ending with a line feed. */
    public static String render(Comparison c) {
        return render(c, Locale.ENGLISH);
    }

    /**
     * The Markdown with the diff's own words in a language (English, French or Spanish, English for any other), ending
     * with a line feed. The comparison's sentences and pack names are in the language it was made in: see
     * {@link Comparer#compare(Assessed, Assessed, Locale, org.mnr.engine.pack.PackTexts)}.
     */
    @API(status = EXPERIMENTAL, since = "1.1")
    public static String render(Comparison c, Locale locale) {
        DiffWords w = DiffWords.of(locale);
        StringBuilder md = new StringBuilder();
        md.append("# ").append(escape(w.format("md.heading", c.after().country(), c.before().assessedOn(), c.after().assessedOn())))
                .append("\n\n");
        md.append("- ").append(w.label("label.before")).append(' ').append(TextDiff.describe(c.before(), "`" + c.before().file() + "`", w))
                .append('\n');
        md.append("- ").append(w.label("label.after")).append(' ').append(TextDiff.describe(c.after(), "`" + c.after().file() + "`", w))
                .append('\n');
        c.warnings().forEach(warning -> md.append("- **").append(w.label("label.warning")).append("** ").append(escape(warning)).append('\n'));
        md.append("- ").append(escape(c.rules().summary())).append('\n');
        md.append("- ").append(w.format("overall", Values.show(c.overall().score(), 1, w), Values.show(c.overall().coverage(), 3, w)))
                .append('\n');
        md.append("- ").append(w.label("label.evidence")).append(' ').append(TextDiff.counts(c.evidence(), w)).append("\n\n");

        md.append("| # | ").append(w.get("column.capability")).append(" | ").append(w.get("column.level")).append(" | ")
                .append(w.get("column.score")).append(" | ").append(w.get("column.coverage")).append(" |\n| ---: | --- | --- | --- | --- |\n");
        for (CapabilityChange capability : c.capabilities()) {
            String mark = capability.changed() ? "**" : "";
            md.append("| ").append(capability.id()).append(" | ").append(mark).append(escape(capability.name())).append(mark).append(" | ")
                    .append(Values.show(capability.level())).append(" | ").append(Values.show(capability.score(), 1, w)).append(" | ")
                    .append(Values.show(capability.coverage(), 3, w)).append(" |\n");
        }
        for (CapabilityChange capability : c.changedCapabilities()) {
            md.append("\n## ").append(capability.id()).append(' ').append(escape(capability.name())).append("\n\n");
            md.append(w.format("md.capability.figures", Values.show(capability.level()), Values.show(capability.score(), 1, w),
                    Values.show(capability.coverage(), 3, w))).append('\n');
            if (capability.criteria().isEmpty()) {
                md.append('\n').append(w.get("md.criteria.none")).append('\n');
                continue;
            }
            md.append("\n| ").append(w.get("column.criterion")).append(" | ").append(w.get("column.status")).append(" | ")
                    .append(w.get("column.because")).append(" | ").append(w.get("column.evidence")).append(" |\n| --- | --- | --- | --- |\n");
            for (CriterionChange criterion : capability.criteria()) {
                String evidence = criterion.evidence().isEmpty() ? escape(criterion.why())
                        : String.join("<br>", criterion.evidence().stream().map(e -> "`" + e.key() + "`" + w.colon()
                                + escape(Values.show(e.before(), w)) + " → " + escape(Values.show(e.after(), w))).toList());
                md.append("| `").append(criterion.id()).append("`<br>").append(escape(criterion.title())).append(" | ")
                        .append(Values.status(criterion.before(), w)).append(" → ").append(Values.status(criterion.after(), w)).append(" | ")
                        .append(w.get("cause." + criterion.cause().id())).append(" | ").append(evidence).append(" |\n");
            }
        }
        if (!c.evidence().isEmpty()) {
            md.append("\n## ").append(w.get("evidence.moved")).append("\n\n| ").append(w.get("column.key")).append(" | ")
                    .append(w.get("column.change")).append(" | ").append(w.get("column.before")).append(" | ").append(w.get("column.after"))
                    .append(" | ").append(w.get("column.source")).append(" |\n| --- | --- | --- | --- | --- |\n");
            for (EvidenceChange e : c.evidence()) {
                md.append("| `").append(e.key()).append("` | ").append(w.get("change." + e.change())).append(" | ")
                        .append(escape(Values.show(e.before(), w))).append(" | ").append(escape(Values.show(e.after(), w))).append(" | ")
                        .append(e.sourceAfter() == null ? "" : escape(e.sourceAfter())).append(" |\n");
            }
        }
        return md.toString();
    }

    /** Keeps a table cell one cell: pipes and line breaks would split it. */
    private static String escape(String text) {
        return text.replace("|", "\\|").replaceAll("\\R", " ");
    }
}
