package org.mnr.diff;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.List;
import java.util.Locale;
import org.mnr.diff.Comparison.CapabilityChange;
import org.mnr.diff.Comparison.CriterionChange;
import org.mnr.diff.Comparison.EvidenceChange;
import org.mnr.diff.Comparison.Side;

/** Renders a comparison for a person at a terminal: a table of every capability, then what moved and why. */
@API(status = EXPERIMENTAL, since = "1.0")
public final class TextDiff {

    private TextDiff() {
    }

    /** The text, ending with a line feed. */
    public static String render(Comparison c) {
        StringBuilder text = new StringBuilder();
        text.append(c.after().country()).append(", ").append(c.before().assessedOn()).append(" -> ").append(c.after().assessedOn()).append('\n');
        text.append("Before: ").append(describe(c.before())).append('\n');
        text.append("After:  ").append(describe(c.after())).append('\n');
        c.warnings().forEach(w -> text.append("Warning: ").append(w).append('\n'));
        text.append(c.rules().summary()).append('\n');
        text.append("Overall score ").append(Values.show(c.overall().score(), 1)).append(", coverage ")
                .append(Values.show(c.overall().coverage(), 3)).append('\n');
        text.append("Evidence: ").append(counts(c.evidence())).append("\n\n");

        text.append(String.format(Locale.ROOT, "%3s  %-42s  %-30s  %s%n", "#", "Capability", "Level", "Score"));
        for (CapabilityChange capability : c.capabilities()) {
            text.append(String.format(Locale.ROOT, "%3d  %-42s  %-30s  %s%n", capability.id(), clip(capability.name(), 42),
                    Values.show(capability.level()), Values.show(capability.score(), 1)));
        }
        List<CapabilityChange> changed = c.changedCapabilities();
        if (changed.isEmpty()) {
            text.append("\nNo capability moved.\n");
        }
        for (CapabilityChange capability : changed) {
            text.append('\n').append(capability.id()).append(' ').append(capability.name()).append(": level ")
                    .append(Values.show(capability.level())).append(", score ").append(Values.show(capability.score(), 1))
                    .append(", coverage ").append(Values.show(capability.coverage(), 3)).append('\n');
            if (capability.criteria().isEmpty()) {
                text.append("  no criterion changed status\n");
            }
            for (CriterionChange criterion : capability.criteria()) {
                text.append("  ").append(criterion.id()).append(": ").append(Values.status(criterion.before())).append(" -> ")
                        .append(Values.status(criterion.after())).append(", from the ").append(cause(criterion)).append('\n');
                text.append("    ").append(criterion.title()).append('\n');
                if (criterion.evidence().isEmpty()) {
                    text.append("    ").append(criterion.why()).append('\n');
                }
                criterion.evidence().forEach(e -> text.append("    ").append(line(e)).append('\n'));
            }
        }
        if (!c.evidence().isEmpty()) {
            text.append("\nEvidence that moved\n");
            c.evidence().forEach(e -> text.append("  ").append(String.format(Locale.ROOT, "%-8s ", e.change())).append(line(e)).append('\n'));
        }
        return text.toString().replaceAll(" +\n", "\n");
    }

    private static String describe(Side side) {
        return side.file() + " (" + side.kind() + (side.kind().equals("evidence") ? ", scored now" : "") + ")";
    }

    /** What moved it, as the end of {@code from the ...}. */
    static String cause(CriterionChange criterion) {
        return switch (criterion.cause()) {
            case EVIDENCE -> "evidence";
            case DEPENDENCY -> "systems approach";
            case MEMBERSHIPS -> "memberships";
            case DATE -> "assessment date";
            case RULES -> "rules";
        };
    }

    static String counts(List<EvidenceChange> evidence) {
        long added = evidence.stream().filter(e -> e.change().equals("added")).count();
        long removed = evidence.stream().filter(e -> e.change().equals("removed")).count();
        long changed = evidence.stream().filter(e -> e.change().equals("changed")).count();
        return added + (added == 1 ? " key" : " keys") + " added, " + removed + " removed, " + changed + " changed";
    }

    /** {@code key: old -> new (source)}. */
    static String line(EvidenceChange e) {
        String source = e.sourceAfter() != null ? " (" + e.sourceAfter() + ")" : "";
        return e.key() + ": " + Values.show(e.before()) + " -> " + Values.show(e.after()) + source;
    }

    private static String clip(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 3) + "...";
    }
}
