package org.mnr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code mnr plan} and the reports' priorities in French and Spanish: the plan's frame from the command line's bundles,
 * its requirements from the engine ({@code Need.requirement(Locale)}); keys and values as the evidence has them.
 */
class PlanCommandLanguagesTest {

    private static final Path CORDESSA = Engines.FIXTURES.resolve("xc-cordessa-2026.json");

    private static String plan(String... options) {
        String[] args = new String[options.length + 2];
        args[0] = "plan";
        System.arraycopy(options, 0, args, 1, options.length);
        args[args.length - 1] = CORDESSA.toString();
        CliRun run = CliRun.of(args);
        assertThat(run.exit()).as(run.err()).isZero();
        return run.out();
    }

    @Test
    void frenchTextHasFrenchFrameAndRequirements() {
        String out = plan("--lang", "fr");
        assertThat(out).startsWith("Plan pour XC, évalué le 2026-09-30 : score global 71,6, niveau visé 4\n")
                .contains("\nCapacité 12 ")
                .contains("  à changer : C12.L4.takedown-24h (non atteint) : ")
                .contains("  à établir : C02.L4.repeat-survey (inconnu) : ")
                // at most, at least, includes, one of, within years, a flag: each condition form of the fixture
                .contains("      hotline.median_takedown_hours : au plus 24\n")
                .contains("      research.prevalence_survey.rounds : au moins 2\n")
                .contains("      legislation.criminalised_acts : inclut knowing_access, sexual_extortion, live_streaming_abuse, ai_generated_csam\n")
                .contains("      helpline.number_type : l'une des valeurs national_short_code, harmonised_116111\n")
                .contains("      education.evaluation_date : daté du 2021-09-30 au 2026-09-30 (dans les 5 dernières années)\n")
                .contains("      support.child_feedback : true\n")
                .contains("\nMeilleurs changements isolés, chacun mesuré en réévaluant :\n")
                .contains("  1. mettre ")
                .contains("(actuellement non renseigné)")
                .contains(" ; global ")
                .contains(" ; remplit ");
        assertThat(out).doesNotContain("Plan for", "Capability ", "find out", "  change: ", "(unknown)", "(unmet)", " at most ",
                ": at least ", "includes ", "one of ", "dated from", "within 5 years", "Best single changes", "  1. set ",
                "not given", "; overall ", "; meets ", "no level changes");
    }

    @Test
    void spanishTextHasSpanishFrameAndRequirements() {
        String out = plan("--lang", "es");
        assertThat(out).startsWith("Plan para XC, evaluado el 2026-09-30: puntuación global 71,6, nivel objetivo 4\n")
                .contains("      hotline.median_takedown_hours: como máximo 24\n")
                .contains("      research.prevalence_survey.rounds: al menos 2\n")
                .contains("      helpline.channels: incluye voice, chat\n")
                .contains("      education.evaluation_date: con fecha del 2021-09-30 al 2026-09-30 (en los últimos 5 años)\n")
                .contains("  por cambiar: C12.L4.takedown-24h (no cumplido): ")
                .contains("\nMejores cambios individuales, cada uno medido reevaluando:\n");
        assertThat(out).doesNotContain("Plan for", "find out", " at most ", "includes ", "dated from", "Best single changes");
    }

    @Test
    void frenchMarkdownHasFrenchHeadingsAndRequirements() {
        String out = plan("--lang", "fr", "--format", "md");
        assertThat(out).startsWith("# Plan pour XC\n\nÉvalué le 2026-09-30 ; score global 71,6 ; niveau visé 4.\n")
                .contains("\n## 12 ")
                .contains("| Nature | Critère | Statut | Besoins |\n| --- | --- | --- | --- |\n")
                .contains("| à changer | C12.L4.takedown-24h : ")
                .contains("| non atteint | `hotline.median_takedown_hours` : au plus 24 |")
                .contains("\n## Meilleurs changements isolés\n\n| # | Changement | Niveaux | Global | Remplit |\n");
        assertThat(out).doesNotContain("| Kind |", "at most", "## Best single changes", "Assessed on");
    }

    @Test
    void englishStaysAsItWasAndJsonIsTheSameInEveryLanguage() {
        String english = plan("--lang", "en");
        assertThat(english).startsWith("Plan for XC, assessed on 2026-09-30: overall score 71.6, target level 4\n")
                .contains("  change: C12.L4.takedown-24h (unmet): ")
                .contains("      hotline.median_takedown_hours: at most 24\n")
                .contains("      education.evaluation_date: dated from 2021-09-30 to 2026-09-30 (within 5 years)\n");
        String json = plan("--lang", "en", "--format", "json");
        assertThat(plan("--lang", "fr", "--format", "json")).isEqualTo(json);
        assertThat(plan("--lang", "es", "--format", "json")).isEqualTo(json);
        assertThat(json).contains("\"requirement\": \"at most 24\"").doesNotContain("wording", "au plus");
    }

    @Test
    void aFrenchOrSpanishMarkdownReportsPrioritiesCarryTheTranslatedRequirement() {
        CliRun french = CliRun.of("score", "--lang", "fr", "--format", "md", CORDESSA.toString());
        assertThat(french.exit()).as(french.err()).isZero();
        assertThat(french.out()).contains("hotline.median\\_takedown\\_hours : au plus 24")
                .contains("legislation.criminalised\\_acts : inclut knowing\\_access")
                .doesNotContain("hotline.median\\_takedown\\_hours : at most 24", ": includes knowing\\_access");

        CliRun spanish = CliRun.of("score", "--lang", "es", "--format", "md", CORDESSA.toString());
        assertThat(spanish.exit()).as(spanish.err()).isZero();
        assertThat(spanish.out()).contains("hotline.median\\_takedown\\_hours: como máximo 24")
                .doesNotContain("at most 24");

        CliRun english = CliRun.of("score", "--lang", "en", "--format", "md", CORDESSA.toString());
        assertThat(english.out()).contains("hotline.median\\_takedown\\_hours: at most 24");
    }
}
