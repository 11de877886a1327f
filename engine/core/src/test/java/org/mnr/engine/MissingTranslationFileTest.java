package org.mnr.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mnr.engine.internal.lint.PackLinter;
import org.mnr.engine.internal.pack.PackDiscovery;
import org.mnr.engine.pack.PackException;
import org.mnr.engine.pack.PackProblem;

/** A translation file pack.yaml names but the pack lacks is reported at pack.yaml's entry, with the two ways to mend it. */
class MissingTranslationFileTest {

    private static final String DESCRIPTOR = TinyPacks.descriptor("""
            id: tiny
            name: Tiny pack
            version: 1.0.0
            engineApi: 1
            vocabulary: vocabulary.yaml
            translations: {fr: i18n/fr.yaml, es: i18n/es.yaml}
            criteria:
              - one.yaml
            """, "Data criteria.");

    @TempDir
    Path dir;

    private Path pack;

    @BeforeEach
    void writePackWithoutItsSpanishFile() throws IOException {
        pack = TinyPacks.write(dir, "tiny", "pack.yaml", DESCRIPTOR, "vocabulary.yaml", TinyPacks.VOCABULARY, "one.yaml", TinyPacks.CRITERIA,
                "i18n/fr.yaml", "language: fr\ncriteria:\n  C01.L1.flag: \"Le drapeau est levé\"\n");
    }

    private static final String EXPECTED = "translations names es: i18n/es.yaml, but the pack has no file i18n/es.yaml";

    @Test
    void lintNamesPackYamlAndTheEntryAndSaysToCreateTheFileOrRemoveTheEntry() {
        List<PackProblem> problems = PackLinter.report(PackDiscovery.sourcesInFolder(dir), List.of()).problems();

        assertThat(problems).filteredOn(p -> p.message().contains("es.yaml")).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(pack.resolve("pack.yaml").toString());
            assertThat(p.line()).as("the line of translations in pack.yaml").isEqualTo(6);
            assertThat(p.message()).startsWith(EXPECTED).contains(pack.resolve("i18n/es.yaml").toString())
                    .contains("create it, starting with language: es, or remove es from translations")
                    .doesNotContain("cannot be read");
        });
    }

    @Test
    void theEngineRefusesThePackWithTheSameProblem() {
        assertThatThrownBy(() -> TinyPacks.load(pack))
                .isInstanceOf(PackException.class)
                .hasMessageContaining(pack.resolve("pack.yaml") + ":6: " + EXPECTED)
                .hasMessageNotContaining("NoSuchFile");
    }
}
