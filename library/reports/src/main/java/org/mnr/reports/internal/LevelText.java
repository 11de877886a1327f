package org.mnr.reports.internal;

import org.mnr.engine.result.CapabilityResult;
import org.mnr.engine.result.DomainResult;

/**
 * How every report writes a level and a score so that an unsettled one never reads as settled: "Not
 * assessed" when no criterion of the capability is settled, the level with the highest it could reach
 * when evidence is still missing, the level alone when it is settled.
 */
final class LevelText {

    private final ReportText text;
    private final PackWords words;

    LevelText(ReportText text, PackWords words) {
        this.text = text;
        this.words = words;
    }

    /** A level with its name, e.g. {@code 2 Developing}. */
    String level(int level, String englishName) {
        return level + " " + words.level(level, englishName);
    }

    /** For a table cell, e.g. {@code 1 Building, up to 3 Established}. */
    String cell(CapabilityResult c) {
        if (!c.assessed()) {
            return text.get("level.not-assessed");
        }
        return range(c.level(), c.levelName(), c.levelMax(), c.levelMaxName());
    }

    /** For a sentence, e.g. {@code 1 Building, up to 3 Established once the unknowns are settled}. */
    String sentence(CapabilityResult c) {
        if (!c.assessed()) {
            return text.get("level.not-assessed.sentence");
        }
        return c.levelMax() > c.level() ? text.format("level.range.sentence", level(c.level(), c.levelName()), level(c.levelMax(), c.levelMaxName()))
                : level(c.level(), c.levelName());
    }

    /** A domain's level with its range, e.g. {@code 0 Not in place, up to 2 Developing}. */
    String cell(DomainResult d) {
        return range(d.level(), d.levelName(), d.levelMax(), d.levelMaxName());
    }

    /** A capability's score, or its range when evidence is missing, e.g. {@code 25.0 to 75.0}; a dash when not assessed. */
    String score(CapabilityResult c) {
        return c.assessed() ? score(c.score(), c.scoreMax()) : "—";
    }

    String score(double score, double scoreMax) {
        return scoreMax > score ? text.format("score.range", Figures.score(score, text), Figures.score(scoreMax, text))
                : Figures.score(score, text);
    }

    private String range(int level, String name, int levelMax, String maxName) {
        return levelMax > level ? text.format("level.range", level(level, name), level(levelMax, maxName)) : level(level, name);
    }
}
