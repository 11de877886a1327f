package org.mnr.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mnr.engine.evidence.Evidence;
import org.mnr.engine.evidence.Problem;
import org.mnr.engine.pack.PackException;
import org.mnr.engine.result.Assessment;
import org.mnr.engine.result.CriterionResult;
import org.mnr.engine.result.Status;

/** A pack written as criteria files: loaded, compiled when loaded, and refused with the author's terms when wrong. */
class CriteriaPackTest {

    private static final LocalDate ON = LocalDate.of(2026, 6, 30);

    private static final String DESCRIPTOR = TinyPacks.descriptor("""
            id: tiny
            name: Tiny data pack
            version: 1.1.0
            engineApi: 1
            vocabulary: vocabulary.yaml
            criteria:
              - one.yaml
            """, "Data criteria.", "Reads capability 1.");

    private static final String VOCABULARY = """
            - {key: t.flag, capability: 1, type: boolean, description: "A flag."}
            - {key: t.hours, capability: 1, type: number, min: 0, max: 8760, description: "Hours."}
            - {key: t.old_hours, capability: 1, type: number, description: "Hours, as first asked.", retired: {since: 1.1.0, replacedBy: t.hours}}
            - {key: t.kind, capability: 2, type: enum, values: [x, y], description: "A kind."}
            """;

    private static final String CRITERIA = """
            criteria:
              - {id: C01.L1.flag, level: 1, weight: 2, title: The flag is set, when: {key: t.flag, equals: true}}
              - {id: C01.L2.fast, level: 2, title: Fast, when: {key: t.hours, atMost: 72}}
              - {id: C02.L1.kind-or-level, level: 1, title: Kind or level, when: {anyOf: [{key: t.kind, equals: x}, {capability: 1, levelAtLeast: 2}]}}
            """;

    @TempDir
    Path dir;

    private Path pack;

    @BeforeEach
    void writePack() throws IOException {
        pack = TinyPacks.write(dir, "tiny", "pack.yaml", DESCRIPTOR, "vocabulary.yaml", VOCABULARY, "one.yaml", CRITERIA);
    }

    private MaturityEngine engine() {
        return TinyPacks.load(pack);
    }

    @Test
    void criteriaFilesAreScoredWithKeysAndDependenciesDerivedFromTheirConditions() {
        Assessment result = engine().assess(Evidence.builder("XA", ON).add("t.flag", true).build());

        CriterionResult fast = result.criterion("C01.L2.fast").orElseThrow();
        assertThat(fast.status()).as("no evidence for the key the condition names").isEqualTo(Status.UNKNOWN);
        assertThat(fast.missing()).containsExactly("t.hours");
        assertThat(result.criterion("C01.L1.flag").orElseThrow().status()).isEqualTo(Status.MET);
        assertThat(result.capability(1).orElseThrow().level()).isEqualTo(1);
        assertThat(result.criterion("C02.L1.kind-or-level").orElseThrow().missing()).containsExactly("t.kind");

        Assessment both = engine().assess(Evidence.builder("XA", ON).add("t.flag", true).add("t.hours", 72).add("t.kind", "y").build());
        assertThat(both.capability(1).orElseThrow().level()).isEqualTo(4);
        assertThat(both.criterion("C02.L1.kind-or-level").orElseThrow().status())
                .as("capability 1 reached level 2 first, so the second leaf holds").isEqualTo(Status.MET);
    }

    @Test
    void aRetiredKeyInEvidenceIsIgnoredWithAWarningNamingItsReplacement() {
        Evidence evidence = Evidence.builder("XA", ON).add("t.flag", true).add("t.old_hours", 10).build();
        MaturityEngine engine = engine();

        List<Problem> problems = engine.validate(evidence, Variants.fromMemberships());

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).severity()).isEqualTo(Problem.Severity.WARNING);
        assertThat(problems.get(0).toString()).contains("key t.old_hours is retired since version 1.1.0 of pack tiny")
                .contains("give t.hours instead");
        Assessment result = engine.assess(evidence);
        assertThat(result.warnings()).singleElement().asString().contains("t.old_hours is retired");
        assertThat(result.criterion("C01.L2.fast").orElseThrow().status()).isEqualTo(Status.UNKNOWN);
    }

    @Test
    void aCriterionThatReadsARetiredKeyIsRefused() throws IOException {
        Files.writeString(pack.resolve("one.yaml"), CRITERIA.replace("{key: t.hours, atMost: 72}", "{key: t.old_hours, atMost: 72}"));

        assertThatThrownBy(this::engine).isInstanceOf(PackException.class)
                .hasMessage(pack.resolve("one.yaml") + ":3:52: criterion C01.L2.fast: reads evidence key t.old_hours, retired since version"
                        + " 1.1.0; read t.hours instead");
    }

    @Test
    void aConditionOfTheWrongTypeIsRefusedAtItsLineAndColumnBeforeAnyCountryIsAssessed() throws IOException {
        Files.writeString(pack.resolve("one.yaml"), CRITERIA.replace("{key: t.hours, atMost: 72}", "{key: t.hours, equals: \"twenty\"}"));

        assertThatThrownBy(this::engine).isInstanceOf(PackException.class)
                .hasMessageContaining(pack.resolve("one.yaml") + ":3:")
                .hasMessageContaining("t.hours is a number key, so equals: 'twenty' can never be true; compare it with atLeast or atMost")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("org.mnr", "Jackson", "Exception"));
    }

    @Test
    void aDescriptorEntryOfTheWrongShapeIsExplainedWithoutJavaNames() throws IOException {
        Files.writeString(pack.resolve("pack.yaml"), DESCRIPTOR + "waive: [C01.L1.flag]\n");

        assertThatThrownBy(this::engine).isInstanceOf(PackException.class)
                .hasMessageContaining(pack.resolve("pack.yaml") + ":")
                .hasMessageContaining("waive")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("org.mnr", "Cannot construct", "Waiver", "instance"));
    }
}
