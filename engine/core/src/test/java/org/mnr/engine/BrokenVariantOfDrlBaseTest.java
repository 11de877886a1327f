package org.mnr.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mnr.engine.evidence.InvalidEvidenceException;
import org.mnr.engine.result.Status;

/**
 * A variant that replaces or waives a criterion a base of hand-written DRL rules no longer defines makes only that variant
 * broken, as it does for a base of criteria files (issue 16): the engine starts, other countries are scored.
 */
class BrokenVariantOfDrlBaseTest {

    @TempDir
    Path dir;

    @Test
    void onlyTheVariantIsBroken() throws IOException {
        Path variant = Files.createDirectories(dir.resolve("gone"));
        Files.writeString(variant.resolve("pack.yaml"), """
                id: gone
                name: Gone
                version: 1.0.0
                engineApi: 1
                extends: mini
                appliesTo: [Gone]
                vocabulary: vocabulary.yaml
                criteria: [gone.yaml]
                """);
        Files.writeString(variant.resolve("vocabulary.yaml"), "");
        Files.writeString(variant.resolve("gone.yaml"), """
                replaces:
                  - {id: C01.L2.renamed, level: 2, title: Renamed in the base, when: {key: a.flag, equals: true}}
                waives:
                  - {id: C01.L1.flag, reason: "Still there."}
                """);

        MaturityEngine engine = MaturityEngine.builder().withoutClassPathPacks().packFolder(MiniPack.PACKS.resolve("mini"))
                .packFolder(variant).build();

        assertThat(engine.brokenPacks()).singleElement().satisfies(b -> {
            assertThat(b.pack().id()).isEqualTo("gone");
            assertThat(b.reason()).contains("it replaces C01.L2.renamed, which the base pack mini 0.1.0 no longer defines")
                    .doesNotContain("waives C01.L1.flag");
        });
        assertThat(engine.assess(MiniPack.country().add("a.flag", true).build()).criterion("C01.L1.flag").orElseThrow().status())
                .isEqualTo(Status.MET);
        assertThatThrownBy(() -> engine.assess(MiniPack.country().memberships("Gone").add("a.flag", true).build()))
                .isInstanceOf(InvalidEvidenceException.class).hasMessageContaining("gone");
    }
}
