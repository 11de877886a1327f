package org.mnr.reports;

import org.mnr.engine.result.CapabilityResult;
import org.mnr.reports.internal.Figures;

/**
 * What a report must say of a level and a score, written from the model's rule (docs/model.md): "Not assessed"
 * where coverage is 0, the level with the highest it could reach where they differ, the level alone when settled.
 */
final class ReportExpectations {

    private ReportExpectations() {
    }

    static String levelCell(CapabilityResult c) {
        if (c.coverage() == 0) {
            return "Not assessed";
        }
        return range(c.level() + " " + c.levelName(), c.levelMax() + " " + c.levelMaxName(), ", up to ");
    }

    static String levelSentence(CapabilityResult c) {
        if (c.coverage() == 0) {
            return "Not assessed: no criterion is settled yet";
        }
        return c.levelMax() > c.level() ? levelCell(c) + " once the unknowns are settled" : levelCell(c);
    }

    static String score(CapabilityResult c) {
        return c.coverage() == 0 ? "—" : range(Figures.score(c.score()), Figures.score(c.scoreMax()), " to ");
    }

    /** The value alone when the highest equals it, else both joined. */
    static String range(String value, String highest, String joiner) {
        return value.equals(highest) ? value : value + joiner + highest;
    }
}
