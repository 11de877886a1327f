package org.mnr.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mnr.engine.MaturityEngine;
import org.mnr.engine.result.ResultJson;

/** The catalogue shows what a criterion rests on (issue 17): source, rationale, exemptions, a waiver's source and the pack's basis. */
class CatalogueSourcesTest {

    private static final String DESCRIPTOR = """
            id: tiny
            name: Tiny data pack
            version: 2.0.0
            engineApi: 1
            basis: "A model of one capability, edition 2"
            vocabulary: vocabulary.yaml
            instruments: instruments.yaml
            criteria: [one.yaml]
            levels:
              - {level: 0, name: Not in place}
              - {level: 1, name: Building}
              - {level: 2, name: Developing}
              - {level: 3, name: Established}
              - {level: 4, name: Mature}
            domains:
              - {id: D1, name: First, capabilities: [1]}
            capabilities:
              - {id: 1, name: One, domain: D1, summary: "Data criteria."}
            """;

    private static final String CRITERIA = """
            criteria:
              - id: C01.L1.flag
                level: 1
                title: The flag is set
                when: {key: t.flag, equals: true}
                source: "Directive 2011/93/EU, Art. 25"
                rationale: "A working assumption, to be calibrated."
                exempt:
                  - {country: DK, reason: "Denmark is not bound by the Directive."}
              - {id: C01.L2.fast, level: 2, title: Fast, when: {key: t.hours, atMost: 72}}
            """;

    private static final String VARIANT = """
            id: tv
            name: Tiny variant
            version: 1.0.0
            engineApi: 1
            extends: tiny
            appliesTo: [TV]
            vocabulary: vocabulary.yaml
            criteria: [changes.yaml]
            """;

    private static Catalogue catalogue;

    @BeforeAll
    static void build(@TempDir Path dir) throws IOException {
        Path pack = Files.createDirectories(dir.resolve("tiny"));
        Files.writeString(pack.resolve("pack.yaml"), DESCRIPTOR);
        Files.writeString(pack.resolve("vocabulary.yaml"), """
                - {key: t.flag, capability: 1, type: boolean, description: "A flag.", instrument: plan-2021-2025}
                - {key: t.hours, capability: 1, type: number, min: 0, description: "Hours."}
                - {key: t.old, capability: 1, type: boolean, description: "Old.", retired: {since: 2.0.0, replacedBy: t.flag, reason: "Renamed."}}
                """);
        Files.writeString(pack.resolve("instruments.yaml"), """
                - {id: plan-2021-2025, name: "Regional Plan of Action", kind: plan, period: {from: 2021, to: 2025}, asOf: 2026-11-30,
                   source: "The plan's text"}
                """);
        Files.writeString(pack.resolve("one.yaml"), CRITERIA);
        Path variant = Files.createDirectories(dir.resolve("tv"));
        Files.writeString(variant.resolve("pack.yaml"), VARIANT);
        Files.writeString(variant.resolve("vocabulary.yaml"), "");
        Files.writeString(variant.resolve("changes.yaml"), """
                waives:
                  - {id: C01.L2.fast, reason: "Not asked in this region.", source: "Regional charter, Art. 3"}
                """);
        MaturityEngine engine = MaturityEngine.builder().withoutClassPathPacks().packFolder(pack).packFolder(variant).build();
        catalogue = new CatalogueBuilder(engine).build(List.of());
    }

    @Test
    void jsonCarriesSourceRationaleExemptionsWaiverSourceAndBasis() throws IOException {
        JsonNode json = new ObjectMapper().readTree(ResultJson.write(catalogue));

        assertThat(json.path("packs").get(0).path("basis").asText()).isEqualTo("A model of one capability, edition 2");
        assertThat(json.path("packs").get(1).has("basis")).as("a pack that gives none has no basis field").isFalse();
        JsonNode levels = json.path("domains").get(0).path("capabilities").get(0).path("levels");
        JsonNode flag = levels.get(0).path("criteria").get(0);
        assertThat(flag.path("source").asText()).isEqualTo("Directive 2011/93/EU, Art. 25");
        assertThat(flag.path("rationale").asText()).isEqualTo("A working assumption, to be calibrated.");
        assertThat(flag.path("exempt").toString()).isEqualTo("[{\"country\":\"DK\",\"reason\":\"Denmark is not bound by the Directive.\"}]");
        JsonNode fast = levels.get(1).path("criteria").get(0);
        assertThat(fast.has("source") || fast.has("rationale") || fast.has("exempt")).as("absent fields are left out").isFalse();
        JsonNode waived = json.path("variants").get(0).path("waives").get(0);
        assertThat(waived.path("change").path("source").asText()).isEqualTo("Regional charter, Art. 3");
    }

    @Test
    void instrumentsAreListedWithTheirAsOfDateAndKeysNameThem() throws IOException {
        JsonNode json = new ObjectMapper().readTree(ResultJson.write(catalogue));
        String markdown = MarkdownCatalogue.render(catalogue);

        assertThat(json.path("packs").get(0).path("instruments").toString()).isEqualTo("[{\"id\":\"plan-2021-2025\","
                + "\"name\":\"Regional Plan of Action\",\"kind\":\"plan\",\"periodFrom\":2021,\"periodTo\":2025,\"asOf\":\"2026-11-30\","
                + "\"source\":\"The plan's text\"}]");
        assertThat(json.path("vocabulary").get(0).path("instrument").asText()).isEqualTo("plan-2021-2025");
        assertThat(json.path("vocabulary").get(2).path("retired").toString())
                .isEqualTo("{\"since\":\"2.0.0\",\"replacedBy\":\"t.flag\",\"reason\":\"Renamed.\"}");
        assertThat(markdown).contains("- **plan-2021-2025**: Regional Plan of Action (plan, 2021–2025); as of 2026-11-30, source: The plan's text\n")
                .contains("  - reads `t.flag` (a boolean): A flag. [instrument: plan-2021-2025]\n");
    }

    @Test
    void markdownShowsThemUnderTheCriterion() {
        String markdown = MarkdownCatalogue.render(catalogue);

        assertThat(markdown).contains("Basis of tiny: A model of one capability, edition 2\n")
                .contains("  - not in force for DK: Denmark is not bound by the Directive.\n")
                .contains("  - source: Directive 2011/93/EU, Art. 25\n")
                .contains("  - rationale: A working assumption, to be calibrated.\n")
                .contains("  - waived because: Not asked in this region. (source: Regional charter, Art. 3)\n");
    }

    @Test
    void csvHasAColumnForEach() {
        List<String> lines = CsvCatalogue.render(catalogue).lines().toList();

        assertThat(lines.get(0)).endsWith(",reason,condition,source,rationale,exempt");
        assertThat(lines).anyMatch(l -> l.startsWith("D1,1,One,1,Building,C01.L1.flag,")
                && l.endsWith(",t.flag is true,\"Directive 2011/93/EU, Art. 25\",\"A working assumption, to be calibrated.\","
                        + "DK: Denmark is not bound by the Directive."));
    }
}
