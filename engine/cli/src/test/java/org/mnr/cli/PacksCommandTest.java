package org.mnr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class PacksCommandTest {

    @Test
    void listsAllFivePacksAndWhatEachVariantChanges() {
        CliRun run = CliRun.of("packs");
        assertThat(run.exit()).isZero();
        assertThat(run.out())
                // docs/changes.md: the base pack 2.0.0 has 191 criteria; coe 2.0.0 adds COE.C01.L4.lanzarote-monitoring and
                // COE.C04.L4.e-evidence-protocol and replaces C03.L2.binding-instrument and C08.L3.child-friendly-centres;
                // the EU's waiver of C04.L2.data-retention became a replacement.
                .contains("mnr 2.0.0  Model National Response (base), 191 criteria")
                .contains("coe 2.0.0  Council of Europe (variant, applies to CoE), 4 criteria")
                .contains("adds     COE.C01.L4.lanzarote-monitoring")
                .contains("replaces C03.L2.binding-instrument")
                .contains("replaces C08.L3.child-friendly-centres")
                .contains("replaces C04.L2.data-retention")
                .doesNotContain("waives ")
                .contains("au 2.0.0").contains("asean 2.0.0").contains("eu 2.0.0");
    }

    @Test
    void jsonListsTheSameWithOrigins() throws IOException {
        CliRun run = CliRun.of("packs", "--format", "json");
        assertThat(run.exit()).isZero();
        JsonNode packs = new ObjectMapper().readTree(run.out());
        assertThat(packs).hasSize(5);
        assertThat(packs.get(0).path("id").asText()).isEqualTo("mnr");
        assertThat(packs.get(0).path("criteria").asInt()).isEqualTo(191);
        JsonNode asean = packs.get(1);
        assertThat(asean.path("id").asText()).isEqualTo("asean");
        // asean 2.0.0 replaces C19.L3.the-code and no longer waives anything (docs/changes.md, asean).
        assertThat(asean.path("replaces").toString()).isEqualTo("[\"C19.L3.the-code\"]");
        assertThat(asean.path("waives")).isEmpty();
        assertThat(asean.path("origin").asText()).isNotBlank();
    }
}
