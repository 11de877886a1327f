package org.mnr.diff;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import org.mnr.diff.Comparison.CapabilityChange;
import org.mnr.diff.Comparison.CriterionChange;
import org.mnr.diff.Comparison.EvidenceChange;
import org.mnr.diff.Comparison.Side;

/** Renders a comparison as Markdown, for a report or an issue: a table of every capability, then what moved and why. */
@API(status = EXPERIMENTAL, since = "1.0")
public final class MarkdownDiff {

    private MarkdownDiff() {
    }

    /** The Markdown, ending with a line feed. */
    public static String render(Comparison c) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(escape(c.after().country())).append(": ").append(c.before().assessedOn()).append(" to ")
                .append(c.after().assessedOn()).append("\n\n");
        md.append("- Before: ").append(describe(c.before())).append('\n');
        md.append("- After: ").append(describe(c.after())).append('\n');
        c.warnings().forEach(w -> md.append("- **Warning:** ").append(escape(w)).append('\n'));
        md.append("- ").append(escape(c.rules().summary())).append('\n');
        md.append("- Overall score ").append(Values.show(c.overall().score(), 1)).append(", coverage ")
                .append(Values.show(c.overall().coverage(), 3)).append('\n');
        md.append("- Evidence: ").append(TextDiff.counts(c.evidence())).append("\n\n");

        md.append("| # | Capability | Level | Score | Coverage |\n| ---: | --- | --- | --- | --- |\n");
        for (CapabilityChange capability : c.capabilities()) {
            String mark = capability.changed() ? "**" : "";
            md.append("| ").append(capability.id()).append(" | ").append(mark).append(escape(capability.name())).append(mark).append(" | ")
                    .append(Values.show(capability.level())).append(" | ").append(Values.show(capability.score(), 1)).append(" | ")
                    .append(Values.show(capability.coverage(), 3)).append(" |\n");
        }
        for (CapabilityChange capability : c.changedCapabilities()) {
            md.append("\n## ").append(capability.id()).append(' ').append(escape(capability.name())).append("\n\n");
            md.append("Level ").append(Values.show(capability.level())).append(", score ").append(Values.show(capability.score(), 1))
                    .append(", coverage ").append(Values.show(capability.coverage(), 3)).append(".\n");
            if (capability.criteria().isEmpty()) {
                md.append("\nNo criterion changed status.\n");
                continue;
            }
            md.append("\n| Criterion | Status | Because of | Evidence |\n| --- | --- | --- | --- |\n");
            for (CriterionChange criterion : capability.criteria()) {
                String evidence = criterion.evidence().isEmpty() ? escape(criterion.why())
                        : String.join("<br>", criterion.evidence().stream().map(e -> "`" + e.key() + "`: " + escape(Values.show(e.before()))
                                + " → " + escape(Values.show(e.after()))).toList());
                md.append("| `").append(criterion.id()).append("`<br>").append(escape(criterion.title())).append(" | ")
                        .append(Values.status(criterion.before())).append(" → ").append(Values.status(criterion.after())).append(" | ")
                        .append(criterion.cause().id()).append(" | ").append(evidence).append(" |\n");
            }
        }
        if (!c.evidence().isEmpty()) {
            md.append("\n## Evidence that moved\n\n| Key | Change | Before | After | Source |\n| --- | --- | --- | --- | --- |\n");
            for (EvidenceChange e : c.evidence()) {
                md.append("| `").append(e.key()).append("` | ").append(e.change()).append(" | ").append(escape(Values.show(e.before())))
                        .append(" | ").append(escape(Values.show(e.after()))).append(" | ")
                        .append(e.sourceAfter() == null ? "" : escape(e.sourceAfter())).append(" |\n");
            }
        }
        return md.toString();
    }

    private static String describe(Side side) {
        return "`" + side.file() + "` (" + side.kind() + (side.kind().equals("evidence") ? ", scored now" : "") + ")";
    }

    /** Keeps a table cell one cell: pipes and line breaks would split it. */
    private static String escape(String text) {
        return text.replace("|", "\\|").replaceAll("\\R", " ");
    }
}
