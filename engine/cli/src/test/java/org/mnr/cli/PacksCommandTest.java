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
                .contains("mnr 1.0.0  Model National Response (base), 179 criteria")
                .contains("coe 1.0.0  Council of Europe (variant, applies to CoE), 4 criteria")
                .contains("adds     COE.C03.L2.lanzarote-ratified")
                .contains("replaces C08.L3.child-friendly-centres")
                .contains("waives   C04.L2.data-retention: Court of Justice")
                .contains("au 1.0.0").contains("asean 1.0.0").contains("eu 1.0.0");
    }

    @Test
    void jsonListsTheSameWithOrigins() throws IOException {
        CliRun run = CliRun.of("packs", "--format", "json");
        assertThat(run.exit()).isZero();
        JsonNode packs = new ObjectMapper().readTree(run.out());
        assertThat(packs).hasSize(5);
        assertThat(packs.get(0).path("id").asText()).isEqualTo("mnr");
        assertThat(packs.get(0).path("criteria").asInt()).isEqualTo(179);
        JsonNode asean = packs.get(1);
        assertThat(asean.path("id").asText()).isEqualTo("asean");
        assertThat(asean.path("waives").get(0).path("id").asText()).isEqualTo("C03.L4.regional-instrument");
        assertThat(asean.path("origin").asText()).isNotBlank();
    }
}
