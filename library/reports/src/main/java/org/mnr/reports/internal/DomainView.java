package org.mnr.reports.internal;

import org.mnr.engine.result.DomainResult;

/**
 * A domain as a report shows it.
 *
 * @param id the domain id, e.g. {@code D1}
 * @param name its name
 * @param score its score as text, or its range, e.g. {@code 20.0 to 65.0}
 * @param level the lowest level among its capabilities
 * @param levelText that level with the highest the domain could reach, e.g. {@code 0 Not in place, up to 2 Developing}
 * @param colour its colour in the chart
 */
public record DomainView(String id, String name, String score, int level, String levelText, String colour) {

    static DomainView of(DomainResult domain, String colour, ReportText text, PackWords words) {
        LevelText levels = new LevelText(text, words);
        return new DomainView(domain.id(), words.domain(domain.id(), domain.name()), levels.score(domain.score(), domain.scoreMax()), domain.level(),
                levels.cell(domain), colour);
    }
}
