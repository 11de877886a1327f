package org.mnr.reports;

import java.util.Locale;
import java.util.stream.Collectors;
import org.mnr.engine.internal.evidence.Printable;
import org.mnr.engine.result.Assessment;
import org.mnr.engine.result.CapabilityResult;
import org.mnr.engine.result.DomainResult;

/** Renders a result as a short table a person reads: per capability its level, score, coverage and next step. */
public final class TextReport {

    private TextReport() {
    }

    public static String render(Assessment a) {
        StringBuilder text = new StringBuilder();
        // The name is what the evidence file says; escaped so that it cannot carry terminal control codes.
        String name = a.country().name() == null ? a.country().code()
                : Printable.escape(a.country().name()) + " (" + a.country().code() + ")";
        text.append(name).append(", assessed on ").append(a.assessedOn()).append('\n');
        text.append("Packs: ").append(a.packs().stream().map(p -> p.id() + " " + p.version()).collect(Collectors.joining(", ")))
                .append("; engine ").append(a.engine().name()).append(' ').append(a.engine().version()).append('\n');
        text.append(String.format(Locale.ROOT, "Overall score %.1f, coverage %.3f%n%n", a.overall().score(), a.overall().coverage()));
        text.append(String.format(Locale.ROOT, "%3s  %-50s  %-14s  %5s  %8s  %s%n", "#", "Capability", "Level", "Score", "Coverage", "Next step"));
        for (CapabilityResult c : a.capabilities()) {
            String next = c.next() == null ? "-" : "to " + c.next().name() + ": " + String.join(", ", c.next().blocking());
            text.append(String.format(Locale.ROOT, "%3d  %-50s  %-14s  %5.1f  %8.3f  %s%n", c.id(), clip(c.name(), 50),
                    c.level() + " " + c.levelName(), c.score(), c.coverage(), next));
        }
        text.append('\n').append(String.format(Locale.ROOT, "%-4s %-26s  %-14s  %5s%n", "", "Domain", "Level", "Score"));
        for (DomainResult d : a.domains()) {
            text.append(String.format(Locale.ROOT, "%-4s %-26s  %-14s  %5.1f%n", d.id(), d.name(), d.level() + " " + d.levelName(), d.score()));
        }
        return text.toString().replaceAll(" +\n", "\n");
    }

    private static String clip(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 3) + "...";
    }
}
