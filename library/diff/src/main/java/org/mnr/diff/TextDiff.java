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

    private static final List<String> CHANGES = List.of("added", "removed", "changed");

    private TextDiff() {
    }

    /** The text in English, ending with a line feed. */
    public static String render(Comparison c) {
        return render(c, Locale.ENGLISH);
    }

    /**
     * The text with the diff's own words in a language (English, French or Spanish, English for any other), ending with a
     * line feed. The comparison's sentences and pack names are in the language it was made in: see
     * {@link Comparer#compare(Assessed, Assessed, Locale, org.mnr.engine.pack.PackTexts)}.
     */
    @API(status = EXPERIMENTAL, since = "1.1")
    public static String render(Comparison c, Locale locale) {
        DiffWords w = DiffWords.of(locale);
        StringBuilder text = new StringBuilder();
        text.append(w.format("text.heading", c.after().country(), c.before().assessedOn(), c.after().assessedOn())).append('\n');
        String before = w.label("label.before");
        String after = w.label("label.after");
        int width = Math.max(before.length(), after.length()) + 1;
        text.append(pad(before, width)).append(describe(c.before(), w)).append('\n');
        text.append(pad(after, width)).append(describe(c.after(), w)).append('\n');
        c.warnings().forEach(warning -> text.append(w.get("label.warning")).append(w.colon()).append(warning).append('\n'));
        text.append(c.rules().summary()).append('\n');
        text.append(w.format("overall", Values.show(c.overall().score(), 1, w), Values.show(c.overall().coverage(), 3, w))).append('\n');
        text.append(w.get("label.evidence")).append(w.colon()).append(counts(c.evidence(), w)).append("\n\n");

        text.append(String.format(Locale.ROOT, "%3s  %-42s  %-30s  %s%n", "#", w.get("column.capability"), w.get("column.level"),
                w.get("column.score")));
        for (CapabilityChange capability : c.capabilities()) {
            text.append(String.format(Locale.ROOT, "%3d  %-42s  %-30s  %s%n", capability.id(), clip(capability.name(), 42),
                    Values.show(capability.level()), Values.show(capability.score(), 1, w)));
        }
        List<CapabilityChange> changed = c.changedCapabilities();
        if (changed.isEmpty()) {
            text.append('\n').append(w.get("capability.moved")).append('\n');
        }
        for (CapabilityChange capability : changed) {
            text.append('\n').append(capability.id()).append(' ').append(capability.name()).append(w.colon())
                    .append(w.format("capability.figures", Values.show(capability.level()), Values.show(capability.score(), 1, w),
                            Values.show(capability.coverage(), 3, w)))
                    .append('\n');
            if (capability.criteria().isEmpty()) {
                text.append("  ").append(w.get("criteria.none")).append('\n');
            }
            for (CriterionChange criterion : capability.criteria()) {
                text.append("  ").append(criterion.id()).append(w.colon()).append(w.format("criterion.moved", Values.status(criterion.before(), w),
                        Values.status(criterion.after(), w), w.get("from." + criterion.cause().id()))).append('\n');
                text.append("    ").append(criterion.title()).append('\n');
                if (criterion.evidence().isEmpty()) {
                    text.append("    ").append(criterion.why()).append('\n');
                }
                criterion.evidence().forEach(e -> text.append("    ").append(line(e, w)).append('\n'));
            }
        }
        if (!c.evidence().isEmpty()) {
            text.append('\n').append(w.get("evidence.moved")).append('\n');
            // As wide as the longest word for a change, and at least 8 as the English table has always been.
            int changeWidth = Math.max(8, CHANGES.stream().mapToInt(k -> w.get("change." + k).length() + 1).max().orElse(0));
            c.evidence().forEach(e -> text.append("  ").append(pad(w.get("change." + e.change()), changeWidth)).append(' ')
                    .append(line(e, w)).append('\n'));
        }
        return text.toString().replaceAll(" +\n", "\n");
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }

    private static String describe(Side side, DiffWords w) {
        return describe(side, side.file(), w);
    }

    /** A side, e.g. {@code FILE (evidence, scored now)}, with its file name as given. */
    static String describe(Side side, String file, DiffWords w) {
        return w.format(side.kind().equals("evidence") ? "side.evidence" : "side.result", file);
    }

    static String counts(List<EvidenceChange> evidence, DiffWords w) {
        long added = evidence.stream().filter(e -> e.change().equals("added")).count();
        long removed = evidence.stream().filter(e -> e.change().equals("removed")).count();
        long changed = evidence.stream().filter(e -> e.change().equals("changed")).count();
        return w.format(added == 1 ? "counts.one" : "counts.other", added, removed, changed);
    }

    /** {@code key: old -> new (source)}. */
    static String line(EvidenceChange e, DiffWords w) {
        String source = e.sourceAfter() != null ? " (" + e.sourceAfter() + ")" : "";
        return e.key() + w.colon() + Values.show(e.before(), w) + " -> " + Values.show(e.after(), w) + source;
    }

    private static String clip(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 3) + "...";
    }
}
