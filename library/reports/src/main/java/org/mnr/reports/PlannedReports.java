package org.mnr.reports;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.mnr.engine.MaturityEngine;
import org.mnr.engine.Planner;
import org.mnr.engine.Variants;
import org.mnr.engine.evidence.ParsedEvidence;
import org.mnr.engine.model.Framework;
import org.mnr.engine.result.Assessment;

/**
 * The one way a full report's input (HTML, Markdown, PDF) is made from scored evidence, shared by
 * {@code mnr score} and {@code mnr serve} so that both give the same report of the same file.
 */
@API(status = EXPERIMENTAL, since = "1.1")
public final class PlannedReports {

    /** The languages the reports are written in, as language tags. */
    public static final List<String> LANGUAGES = List.of("en", "fr", "es");

    private PlannedReports() {
    }

    /**
     * The input of a full report of an assessment: the packs' framework for each capability's summary, and
     * the plan made from the same evidence and variants for the priorities.
     */
    public static ReportInput of(MaturityEngine engine, ParsedEvidence parsed, Variants variants, Assessment assessment) {
        // The plan's gaps are all a report needs; one ranked change keeps its re-assessments few.
        return ReportInput.of(assessment).withFramework(engine.framework())
                .withPlan(new Planner(engine).plan(parsed.evidence(), variants, Framework.TOP_LEVEL, Set.of(), 1));
    }

    /**
     * The input of a full report in a language: as {@link #of(MaturityEngine, ParsedEvidence, Variants, Assessment)}, with
     * the packs' texts in that language (English where a pack has none, which the report says).
     */
    @API(status = EXPERIMENTAL, since = "1.2")
    public static ReportInput of(MaturityEngine engine, ParsedEvidence parsed, Variants variants, Assessment assessment, Locale locale) {
        return of(engine, parsed, variants, assessment).withLocale(locale).withTexts(engine.texts(locale.getLanguage()));
    }

    /**
     * The report language a tag such as {@code fr} or {@code fr-CA} names, or empty when the reports are
     * not written in it.
     */
    public static Optional<Locale> language(String tag) {
        String asked = tag.toLowerCase(Locale.ROOT).replace('_', '-');
        String language = asked.contains("-") ? asked.substring(0, asked.indexOf('-')) : asked;
        return LANGUAGES.contains(language) ? Optional.of(Locale.forLanguageTag(language)) : Optional.empty();
    }
}
