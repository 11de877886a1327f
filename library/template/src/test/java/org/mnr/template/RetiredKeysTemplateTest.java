package org.mnr.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mnr.engine.MaturityEngine;
import org.mnr.engine.evidence.Evidence;
import org.mnr.template.EvidenceTemplate.Row;

/** {@code mnr template --from OLD} maps a retired key's value to its replacement when it fits (format v2 §2, issue 17). */
class RetiredKeysTemplateTest {

    private static final LocalDate ON = LocalDate.of(2026, 6, 30);

    @TempDir
    Path dir;

    private MaturityEngine engine;

    @BeforeEach
    void writePack() throws IOException {
        Path pack = Files.createDirectories(dir.resolve("tiny"));
        Files.writeString(pack.resolve("pack.yaml"), """
                id: tiny
                name: Tiny data pack
                version: 2.0.0
                engineApi: 1
                vocabulary: vocabulary.yaml
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
                """);
        Files.writeString(pack.resolve("vocabulary.yaml"), """
                - {key: t.hours_old, capability: 1, type: number, description: "Hours, as first asked.", retired: {since: 2.0.0, replacedBy: t.hours}}
                - {key: t.duty, capability: 1, type: enum, values: [none, report], description: "The old duty.", retired: {since: 2.0.0, replacedBy: t.harbour}}
                - {key: t.gone, capability: 1, type: boolean, description: "Asked no more.", retired: {since: 2.0.0}}
                - {key: t.hours, capability: 1, type: number, min: 0, max: 8760, description: "Hours."}
                - {key: t.harbour, capability: 1, type: boolean, description: "A safe harbour."}
                """);
        Files.writeString(pack.resolve("one.yaml"), """
                criteria:
                  - {id: C01.L1.harbour, level: 1, title: A safe harbour, when: {key: t.harbour, equals: true}}
                  - {id: C01.L2.fast, level: 2, title: Fast, when: {key: t.hours, atMost: 72}}
                """);
        engine = MaturityEngine.builder().withoutClassPathPacks().packFolder(pack).build();
    }

    private static Row row(EvidenceTemplate template, String key) {
        return template.rows().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void aBlankTemplateAsksForNoRetiredKey() {
        EvidenceTemplate blank = EvidenceTemplate.blank(engine, List.of());

        assertThat(blank.rows()).extracting(Row::key).containsExactly("t.hours", "t.harbour");
    }

    @Test
    void aValueValidForTheReplacementMovesToItAndTheRetiredKeyIsListedNoMore() {
        Evidence old = Evidence.builder("XA", ON).item("t.hours_old", new java.math.BigDecimal("48"), "Ministry report").build();

        EvidenceTemplate filled = EvidenceTemplate.filled(engine, old, List.of());

        Row hours = row(filled, "t.hours");
        assertThat(hours.value()).isEqualTo(new java.math.BigDecimal("48"));
        assertThat(hours.source()).isEqualTo("Ministry report");
        assertThat(hours.note()).isEqualTo("from t.hours_old (retired since 2.0.0)");
        assertThat(filled.rows()).extracting(Row::key).doesNotContain("t.hours_old");
    }

    @Test
    void aValueNotValidForTheReplacementLeavesItEmptyWithANoteAndKeepsTheRetiredItem() {
        Evidence old = Evidence.builder("XA", ON).add("t.duty", "report").add("t.gone", true).build();

        EvidenceTemplate filled = EvidenceTemplate.filled(engine, old, List.of());

        Row harbour = row(filled, "t.harbour");
        assertThat(harbour.value()).isNull();
        assertThat(harbour.note()).isEqualTo("t.duty (retired since 2.0.0) gave report, which is not a valid value of this key; fill it in");
        assertThat(row(filled, "t.duty").value()).as("nothing given is lost").isEqualTo("report");
        assertThat(row(filled, "t.gone").value()).as("a key retired without replacement is kept as given").isEqualTo(true);
    }
}
