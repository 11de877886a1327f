package org.mnr.reports;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;
import org.mnr.engine.model.Framework;
import org.mnr.engine.pack.PackTexts;
import org.mnr.engine.planning.Plan;
import org.mnr.engine.result.Assessment;

/**
 * What a report of one assessment is made from: the assessment, and optionally the packs' framework (for
 * each capability's summary), the plan (for the priorities), the previous assessment of the same country
 * (for its levels beside this one's), who made the assessment, and the report's language.
 *
 * @param assessment the assessment reported on
 * @param framework the framework of the packs it was scored with, or null: the report then says that no
 *     capability summary was given
 * @param plan the plan made from the same evidence, or null: the priorities then come from each
 *     capability's next step
 * @param previous an earlier assessment of the same country, or null
 * @param metadata who assessed, for whom, and whether it is a draft; by default what the assessment carries (from its evidence
 *     file), else {@link AssessmentMetadata#NONE}
 * @param locale the language of the report's own words; English when the language has no translation
 * @param texts the packs' texts in the report's language (names, summaries, titles, reasons), or null: the result's own
 *     words, in English, are used
 */
@API(status = EXPERIMENTAL, since = "1.1")
public record ReportInput(Assessment assessment, Framework framework, Plan plan, Assessment previous, AssessmentMetadata metadata,
        Locale locale, PackTexts texts) {

    /** Checks that there is an assessment and fills in the defaults. */
    public ReportInput {
        Objects.requireNonNull(assessment, "assessment");
        metadata = metadata == null ? AssessmentMetadata.of(assessment.assessment()) : metadata;
        locale = locale == null ? Locale.ENGLISH : locale;
    }

    /** A report of the assessment alone, in English. */
    public static ReportInput of(Assessment assessment) {
        return new ReportInput(assessment, null, null, null, null, null, null);
    }

    /** The same input with the framework that gives each capability's summary. */
    public ReportInput withFramework(Framework framework) {
        return new ReportInput(assessment, framework, plan, previous, metadata, locale, texts);
    }

    /** The same input with the plan that gives the priorities. */
    public ReportInput withPlan(Plan plan) {
        return new ReportInput(assessment, framework, plan, previous, metadata, locale, texts);
    }

    /** The same input with an earlier assessment whose levels are shown beside this one's. */
    public ReportInput withPrevious(Assessment previous) {
        return new ReportInput(assessment, framework, plan, previous, metadata, locale, texts);
    }

    /** The same input with who assessed, for whom, and the status. */
    public ReportInput withMetadata(AssessmentMetadata metadata) {
        return new ReportInput(assessment, framework, plan, previous, metadata, locale, texts);
    }

    /**
     * The same input with the packs' texts in its language, e.g. {@code engine.texts("fr")}: the report shows them, and says
     * which packs had no translation.
     */
    @API(status = EXPERIMENTAL, since = "1.2")
    public ReportInput withTexts(PackTexts texts) {
        return new ReportInput(assessment, framework, plan, previous, metadata, locale, texts);
    }

    /** The same input in another language. */
    public ReportInput withLocale(Locale locale) {
        return new ReportInput(assessment, framework, plan, previous, metadata, locale, texts);
    }
}
