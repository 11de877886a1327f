package org.mnr.reports.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.mnr.engine.model.Framework;
import org.mnr.engine.result.CapabilityResult;

/**
 * A capability as a report shows it: level, score, coverage, criteria and next step.
 *
 * @param id the capability number
 * @param name its name
 * @param domainId the id of its domain
 * @param domainName the name of its domain
 * @param level the level reached, 0 to 4
 * @param levelName the level's name
 * @param score the score as text, e.g. {@code 58.3}
 * @param coverage the coverage as a percentage, e.g. {@code 70.0%}
 * @param next what the next level needs, or null at the top level
 * @param criteria its criteria, by id
 */
public record CapabilityView(int id, String name, String domainId, String domainName, int level, String levelName, String score,
        String coverage, NextStepView next, List<CriterionView> criteria) {

    /** Copies the list. */
    public CapabilityView {
        criteria = List.copyOf(criteria);
    }

    static CapabilityView of(CapabilityResult capability, String domainName, IntFunction<String> capabilityNames) {
        List<CriterionView> criteria = capability.criteria().stream().map(c -> CriterionView.of(c, capabilityNames)).toList();
        NextStepView next = null;
        if (capability.next() != null) {
            Map<String, CriterionView> byId = criteria.stream().collect(Collectors.toMap(CriterionView::id, Function.identity()));
            next = new NextStepView(capability.next().level(), capability.next().name(),
                    capability.next().blocking().stream().map(byId::get).toList());
        }
        return new CapabilityView(capability.id(), capability.name(), capability.domain(), domainName, capability.level(),
                capability.levelName(), Figures.score(capability.score()), Figures.percent(capability.coverage()), next, criteria);
    }

    /** The id of its section in a page, e.g. {@code capability-7}. */
    public String anchor() {
        return "capability-" + id;
    }

    /** The level as a bar of filled and empty squares, e.g. {@code ■■□□} for 2 of 4: the chart's text form. */
    public String levelBar() {
        return "■".repeat(level) + "□".repeat(Framework.TOP_LEVEL - level);
    }
}
