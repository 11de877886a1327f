package org.mnr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The warnings of an assessment that was scored (not rejected) follow the command's {@code --lang} (#14): Cordessa 2025
 * keeps a key retired in version 2.0.0, and {@code mnr score} and {@code mnr aggregate} say so in French or Spanish.
 */
class AssessmentWarningLanguagesTest {

    private static final String CORDESSA_2025 = Engines.FIXTURES.resolve("xc-cordessa-2025.json").toString();
    /** problems.properties' evidence.key.retired in each language, up to its first argument and after it. */
    private static final String ENGLISH = " is retired since version ";

    @TempDir
    Path dir;

    @Test
    void scoreSaysTheWarningInFrench() {
        CliRun run = CliRun.of("score", "--lang", "fr", "--format", "json", CORDESSA_2025);
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).contains(CORDESSA_2025 + ": avertissement : /evidence/").contains("/key : la clé ")
                .contains(" est retirée depuis la version ").doesNotContain(ENGLISH);
        // The JSON result is the same in every language.
        assertThat(run.out()).isEqualTo(CliRun.of("score", "--lang", "en", "--format", "json", CORDESSA_2025).out()).contains(ENGLISH);
    }

    @Test
    void scoreSaysTheWarningInSpanishAndEnglish() {
        CliRun spanish = CliRun.of("score", "--lang", "es", "--format", "json", CORDESSA_2025);
        assertThat(spanish.err()).contains(": advertencia: /evidence/").contains(" está retirada desde la versión ").doesNotContain(ENGLISH);
        CliRun english = CliRun.of("score", "--lang", "en", "--format", "json", CORDESSA_2025);
        assertThat(english.err()).contains(": warning: /evidence/").contains("/key: key ").contains(ENGLISH);
    }

    @Test
    void aggregateSaysTheWarningInFrench() throws IOException {
        Path out = dir.resolve("agg.json");
        CliRun run = CliRun.of("aggregate", "--lang", "fr", "-o", out.toString(), CORDESSA_2025,
                Engines.FIXTURES.resolve("xc-cordessa-2026.json").toString());
        assertThat(run.err()).contains(CORDESSA_2025 + ": avertissement : /evidence/").contains(" est retirée depuis la version ")
                .doesNotContain(ENGLISH);
    }
}
