package org.mnr.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mnr.engine.MaturityEngine;
import org.mnr.engine.Variants;
import org.mnr.engine.result.Assessment;
import org.mnr.engine.result.ResultJson;

/**
 * A report says the assessment's warnings in its own language (#14): Cordessa 2025 keeps a key retired in version 2.0.0
 * on purpose, and the warning about it is French in a French report, Spanish in a Spanish one, English in an English one.
 */
class WarningLanguagesTest {

    private static final MaturityEngine ENGINE = MaturityEngine.builder().build();
    private static final Path CORDESSA_2025 = Path.of("../../fixtures/evidence/xc-cordessa-2025.json");
    /** The English, French and Spanish of problems.properties' evidence.key.retired, up to the first argument. */
    private static final String ENGLISH = ": key ";
    private static final String ENGLISH_RETIRED = " is retired since version ";
    private static final String FRENCH_RETIRED = " est retirée depuis la version ";
    private static final String SPANISH_RETIRED = " está retirada desde la versión ";

    private static Assessment assessment;

    @BeforeAll
    static void score() {
        assessment = ENGINE.assess(ENGINE.read(CORDESSA_2025), Variants.fromMemberships());
    }

    @Test
    void theFixtureHasARetiredKeyWarningInEnglish() {
        assertThat(assessment.warnings()).anySatisfy(w -> assertThat(w).contains(ENGLISH).contains(ENGLISH_RETIRED));
        assertThat(assessment.warnings(Locale.ENGLISH)).isEqualTo(assessment.warnings());
    }

    @Test
    void aFrenchReportSaysTheWarningInFrench() {
        ReportInput french = ReportInput.of(assessment).withLocale(Locale.FRENCH);
        for (String report : new String[] {HtmlReport.render(french), MarkdownReport.render(french)}) {
            assertThat(report).contains("la clé ").contains(FRENCH_RETIRED).contains("ignorée").doesNotContain(ENGLISH_RETIRED);
        }
        assertThat(assessment.warnings(Locale.FRENCH)).hasSameSizeAs(assessment.warnings()).first().asString()
                .startsWith("/evidence/7/key : la clé legislation.opsc_ratified est retirée depuis la version 2.0.0 du référentiel mnr (")
                .endsWith(" ; ignorée");
    }

    @Test
    void aSpanishReportSaysTheWarningInSpanish() {
        ReportInput spanish = ReportInput.of(assessment).withLocale(Locale.forLanguageTag("es"));
        for (String report : new String[] {HtmlReport.render(spanish), MarkdownReport.render(spanish)}) {
            assertThat(report).contains("la clave ").contains(SPANISH_RETIRED).contains("se ignora").doesNotContain(ENGLISH_RETIRED);
        }
    }

    @Test
    void theEnglishReportAndTheJsonAreAsBefore() {
        String english = MarkdownReport.render(ReportInput.of(assessment).withLocale(Locale.ENGLISH));
        // The eighth item of the fixture gives the key retired in the base pack's 2.0.0; Markdown escapes its underscore.
        assertThat(english).contains("- /evidence/7/key: key legislation.opsc\\_ratified is retired since version 2.0.0 of pack mnr (");
        String json = assessment.toJson();
        assertThat(json).contains(ENGLISH_RETIRED).doesNotContain(FRENCH_RETIRED).doesNotContain("warningProblems").doesNotContain("wording");
        Assessment read = ResultJson.read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        // Read back, the result is equal to the one scored, but has no wordings left: its warnings are English in every language.
        assertThat(read).isEqualTo(assessment).hasSameHashCodeAs(assessment).hasToString(assessment.toString());
        assertThat(read.toJson()).isEqualTo(json);
        assertThat(read.warnings(Locale.FRENCH)).isEqualTo(assessment.warnings());
    }
}
