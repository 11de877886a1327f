package org.mnr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mnr.engine.MaturityEngine;

/** {@code mnr diff --lang fr|es} writes its text and Markdown in that language, with the packs' names; JSON stays data. */
class DiffLanguagesTest {

    private static final String BEFORE = Engines.FIXTURES.resolve("xc-cordessa-2025.json").toString();
    private static final String AFTER = Engines.FIXTURES.resolve("xc-cordessa-2026.json").toString();

    @Test
    void theTextDiffFollowsLang() {
        CliRun french = CliRun.of("diff", "--lang", "fr", BEFORE, AFTER);
        assertThat(french.exit()).isZero();
        // Capability 3's name, as the base pack's French translation writes it.
        String legislation = MaturityEngine.builder().build().texts("fr").capabilityName(3);
        assertThat(legislation).isNotEqualTo("Legislation");
        assertThat(french.out()).contains("Avant : ").contains("Score global ").contains("\n3 " + legislation + " : niveau ")
                .doesNotContain("Overall score").doesNotContain("\n3 Legislation");

        CliRun spanish = CliRun.of("--lang", "es", "diff", "--format", "md", BEFORE, AFTER);
        assertThat(spanish.exit()).isZero();
        assertThat(spanish.out()).contains("- Antes: `").contains("| # | Capacidad | Nivel | Puntuación | Cobertura |");
    }

    @Test
    void englishAndJsonAreAsTheyWere() {
        CliRun english = CliRun.of("diff", "--lang", "en", BEFORE, AFTER);
        assertThat(english.out()).contains("\nBefore: ").contains("Overall score ").contains("\n3 Legislation: level ");
        // JSON is for tools: its sentences are English whatever --lang says.
        CliRun json = CliRun.of("diff", "--lang", "fr", "--format", "json", BEFORE, AFTER);
        assertThat(json.exit()).isZero();
        assertThat(json.out()).isEqualTo(CliRun.of("diff", "--lang", "en", "--format", "json", BEFORE, AFTER).out())
                .contains("every change comes from the evidence");
    }
}
