package org.mnr.reports.internal;

import org.mnr.engine.result.DomainResult;

/**
 * A domain as a report shows it.
 *
 * @param id the domain id, e.g. {@code D1}
 * @param name its name
 * @param score its score as text
 * @param level the lowest level among its capabilities
 * @param levelName that level's name
 */
public record DomainView(String id, String name, String score, int level, String levelName) {

    static DomainView of(DomainResult domain) {
        return new DomainView(domain.id(), domain.name(), Figures.score(domain.score()), domain.level(), domain.levelName());
    }
}
