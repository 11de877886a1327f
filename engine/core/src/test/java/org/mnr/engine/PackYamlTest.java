package org.mnr.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mnr.engine.result.Assessment;

/**
 * A pack's files read YAML as evidence files do (issue 16: one reading of YAML): only true and false are booleans, so
 * an enum's values {@code [yes, no]}, a condition's {@code oneOf: [yes]} and a variant's {@code appliesTo: [NO]}
 * (Norway) are the same text that an evidence file gives, not the booleans of YAML 1.1.
 */
class PackYamlTest {

    @TempDir
    Path dir;

    @Test
    void wordsThatYaml11TakesForBooleansAreTextInAPackAsInEvidence() throws IOException {
        Path base = Files.createDirectories(dir.resolve("tiny"));
        Files.writeString(base.resolve("pack.yaml"), TinyPacks.BASE);
        Files.writeString(base.resolve("vocabulary.yaml"), TinyPacks.VOCABULARY
                + "- {key: t.answer, capability: 1, type: enum, values: [yes, no], description: \"An answer.\"}\n");
        // Level 1 needs the answer yes instead of the flag.
        Files.writeString(base.resolve("one.yaml"), TinyPacks.CRITERIA.replace("{key: t.flag, equals: true}",
                "{key: t.answer, oneOf: [yes]}").replace("title: The flag is set", "title: The answer is yes"));
        Path variant = Files.createDirectories(dir.resolve("var"));
        Files.writeString(variant.resolve("pack.yaml"), TinyPacks.VARIANT.replace("appliesTo: [V]", "appliesTo: [NO]"));
        Files.writeString(variant.resolve("vocabulary.yaml"), TinyPacks.VARIANT_VOCABULARY);
        Files.writeString(variant.resolve("var.yaml"), TinyPacks.VARIANT_CRITERIA.replace("""
                waives:
                  - id: C01.L1.flag
                    reason: The variant's countries have no flag.
                """, ""));
        MaturityEngine engine = MaturityEngine.builder().withoutClassPathPacks().packFolder(base).packFolder(variant).build();

        assertThat(engine.packs().get(0).vocabulary()).filteredOn(k -> k.key().equals("t.answer")).singleElement()
                .satisfies(k -> assertThat(k.values()).containsExactly("yes", "no"));
        assertThat(engine.packs().get(1).descriptor().appliesTo()).containsExactly("NO");

        Path evidence = Files.writeString(dir.resolve("no.yaml"), """
                country: {code: "NO", name: Norway, memberships: [NO]}
                assessedOn: 2026-06-30
                evidence:
                  - {key: t.answer, value: yes}
                  - {key: t.hours, value: 100}
                """);
        Assessment assessment = engine.assess(evidence);
        // The answer yes meets level 1; 100 hours is not fast (at most 72), nor is there a portal: level 1. The variant
        // applies, since the country's membership NO is the code the variant names.
        assertThat(assessment.capability(1).orElseThrow().level()).isEqualTo(1);
        assertThat(assessment.packs()).extracting(p -> p.id()).containsExactly("tiny", "var");
    }
}
