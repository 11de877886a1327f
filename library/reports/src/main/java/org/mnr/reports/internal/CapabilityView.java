package org.mnr.reports.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.mnr.engine.model.Framework;
import org.mnr.engine.result.CapabilityResult;

/**
 * A capability as a report shows it: its level never shown as settled when it is not (see
 * {@link LevelText}), score, coverage, confidence, criteria and next step.
 *
 * @param id the capability number
 * @param name its name
 * @param domainId the id of its domain
 * @param domainName the name of its domain
 * @param summary what it looks like when mature, from the pack, or null when none was given
 * @param level the level reached, 0 to 4
 * @param levelMax the highest level it could reach once its unknown criteria are settled
 * @param assessed whether any of its criteria is settled (coverage above 0)
 * @param levelText the level in a table cell, e.g. {@code 1 Building, up to 3 Established} or {@code Not assessed}
 * @param levelSentence the level in a sentence, e.g. {@code 1 Building, up to 3 Established once the unknowns are settled}
 * @param score the score as text, e.g. {@code 58.3}, or its range, e.g. {@code 58.3 to 75.0}
 * @param coverage the coverage as a percentage, e.g. {@code 70.0%}
 * @param confidence the confidence of its level in words, or null at level 0
 * @param previous the level of the previous assessment as text, or null when there is none
 * @param next what the next level needs, or null at the top level
 * @param criteria its criteria, by id
 */
public record CapabilityView(int id, String name, String domainId, String domainName, String summary, int level, int levelMax,
        boolean assessed, String levelText, String levelSentence, String score, String coverage, String confidence, String previous,
        NextStepView next, List<CriterionView> criteria) {

    /** Copies the list. */
    public CapabilityView {
        criteria = List.copyOf(criteria);
    }

    static CapabilityView of(CapabilityResult capability, String domainName, String summary, CapabilityResult previous,
            IntFunction<String> capabilityNames, ReportText text, PackWords words) {
        List<CriterionView> criteria = capability.criteria().stream().map(c -> CriterionView.of(c, capabilityNames, text, words)).toList();
        NextStepView next = null;
        if (capability.next() != null) {
            Map<String, CriterionView> byId = criteria.stream().collect(Collectors.toMap(CriterionView::id, Function.identity()));
            next = new NextStepView(capability.next().level(), words.level(capability.next().level(), capability.next().name()),
                    capability.next().blocking().stream().map(byId::get).toList());
        }
        LevelText levels = new LevelText(text, words);
        return new CapabilityView(capability.id(), capabilityNames.apply(capability.id()), capability.domain(), domainName, summary, capability.level(),
                capability.levelMax(), capability.assessed(), levels.cell(capability), levels.sentence(capability),
                levels.score(capability), Figures.percent(capability.coverage(), text),
                capability.confidence() == null ? null : text.get("confidence." + capability.confidence().word()),
                previous == null ? null : levels.cell(previous), next, criteria);
    }

    /** Whether its level is provisional: evidence still missing could raise it. */
    public boolean provisional() {
        return assessed && levelMax > level;
    }

    /** The id of its section in a page, e.g. {@code capability-7}. */
    public String anchor() {
        return "capability-" + id;
    }

    /**
     * The level as a bar of squares, the chart's text form: filled up to the level, half-filled up to the highest
     * level it could reach, e.g. {@code ■◧◧□} for 1 up to 3; dots when not assessed.
     */
    public String levelBar() {
        if (!assessed) {
            return "····";
        }
        return "■".repeat(level) + "◧".repeat(levelMax - level) + "□".repeat(Framework.TOP_LEVEL - levelMax);
    }
}
