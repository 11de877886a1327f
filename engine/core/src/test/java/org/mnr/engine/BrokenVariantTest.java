package org.mnr.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mnr.engine.error.ProblemCode;
import org.mnr.engine.evidence.InvalidEvidenceException;
import org.mnr.engine.evidence.Problem;
import org.mnr.engine.pack.BrokenPack;
import org.mnr.engine.result.Assessment;
import org.mnr.engine.result.PackVersion;

/**
 * A variant that cannot be used with the base loaded (a base criterion it replaces or waives is gone, or the base is
 * outside its {@code extends} range) does not stop the engine (issue 16): the countries it applies to are invalid
 * input naming it, every other country is scored as usual.
 */
class BrokenVariantTest {

    static final String BASE = """
            id: tiny
            name: Tiny data pack
            version: 1.2.0
            engineApi: 1
            vocabulary: vocabulary.yaml
            criteria:
              - one.yaml
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

    static final String VOCABULARY = """
            - {key: t.flag, capability: 1, type: boolean, description: "A flag."}
            - {key: t.hours, capability: 1, type: number, min: 0, max: 8760, description: "Hours."}
            """;

    static final String CRITERIA = """
            criteria:
              - {id: C01.L1.flag, level: 1, weight: 1, title: The flag is set, when: {key: t.flag, equals: true}}
              - {id: C01.L2.fast, level: 2, weight: 1, title: Fast, when: {key: t.hours, atMost: 72}}
              - {id: C01.L3.faster, level: 3, weight: 1, title: Faster, when: {key: t.hours, atMost: 48}}
              - {id: C01.L4.fastest, level: 4, weight: 1, title: Fastest, when: {key: t.hours, atMost: 24}}
            """;

    static final String VARIANT = """
            id: var
            name: A variant
            version: 0.1.0
            engineApi: 1
            extends: tiny >=1.0 <2
            appliesTo: [V]
            vocabulary: vocabulary.yaml
            criteria:
              - var.yaml
            """;

    static final String VARIANT_CRITERIA = """
            replaces:
              - id: C01.L2.fast
                capability: 1
                level: 2
                weight: 1
                title: Fast, or through the portal
                when: {anyOf: [{key: t.hours, atMost: 72}, {key: var.portal, equals: true}]}
            waives:
              - id: C01.L1.flag
                reason: The variant's countries have no flag.
            """;

    @TempDir
    Path dir;

    private Path base;
    private Path variant;

    private void write(String baseCriteria, String variantDescriptor) throws IOException {
        base = Files.createDirectories(dir.resolve("tiny"));
        Files.writeString(base.resolve("pack.yaml"), BASE);
        Files.writeString(base.resolve("vocabulary.yaml"), VOCABULARY);
        Files.writeString(base.resolve("one.yaml"), baseCriteria);
        variant = Files.createDirectories(dir.resolve("var"));
        Files.writeString(variant.resolve("pack.yaml"), variantDescriptor);
        Files.writeString(variant.resolve("vocabulary.yaml"), "- {key: var.portal, capability: 1, type: boolean, description: \"A portal.\"}\n");
        Files.writeString(variant.resolve("var.yaml"), VARIANT_CRITERIA);
    }

    private MaturityEngine load() {
        return MaturityEngine.builder().withoutClassPathPacks().packFolder(base).packFolder(variant).build();
    }

    private Path evidence(String code, String memberships) throws IOException {
        Path file = dir.resolve(code + ".json");
        Files.writeString(file, """
                {
                  "country": {"code": "%s", "name": "Testland", "memberships": [%s]},
                  "assessedOn": "2026-06-30",
                  "evidence": [
                    {"key": "t.flag", "value": true},
                    {"key": "t.hours", "value": 100}
                  ]
                }
                """.formatted(code, memberships));
        return file;
    }

    @Test
    void aVariantWrittenAgainstTheBaseAsItIsIsUsed() throws IOException {
        write(CRITERIA, VARIANT);
        MaturityEngine engine = load();
        assertThat(engine.brokenPacks()).isEmpty();
        assertThat(engine.assess(evidence("XA", "\"V\"")).packs()).extracting(PackVersion::id).containsExactly("tiny", "var");
    }

    @Test
    void aVariantWhoseReplacedBaseCriterionIsGoneBreaksOnlyTheCountriesItAppliesTo() throws IOException {
        // The base renames the criterion the variant replaces: C01.L2.fast is now C01.L2.quick.
        write(CRITERIA.replace("C01.L2.fast", "C01.L2.quick"), VARIANT);
        MaturityEngine engine = load();

        assertThat(engine.packs()).extracting(p -> p.id()).containsExactly("tiny");
        assertThat(engine.brokenPacks()).singleElement().satisfies(broken -> {
            assertThat(broken.pack().id()).isEqualTo("var");
            assertThat(broken.reason()).contains("variant var 0.1.0 cannot be used: it replaces C01.L2.fast, which the base pack"
                    + " tiny 1.2.0 no longer defines").doesNotContain("C01.L1.flag");
        });

        // A country the variant does not apply to: the flag is set, 100 hours is not fast, so level 1.
        Assessment other = engine.assess(evidence("XA", ""));
        assertThat(other.packs()).extracting(PackVersion::id).containsExactly("tiny");
        assertThat(other.capability(1).orElseThrow().level()).isEqualTo(1);

        Path member = evidence("XB", "\"V\"");
        assertThatThrownBy(() -> engine.assess(member)).isInstanceOfSatisfying(InvalidEvidenceException.class, e ->
                assertThat(e.problems()).filteredOn(p -> p.code() == ProblemCode.PACK_BROKEN_VARIANT).singleElement()
                        .satisfies(p -> assertThat(p.message()).contains("variant var applies (the country's memberships include V)")
                                .contains("C01.L2.fast")));
        assertThat(engine.validate(member, Variants.fromMemberships())).extracting(Problem::code).contains(ProblemCode.PACK_BROKEN_VARIANT);
        assertThat(engine.validate(member, Variants.none())).extracting(Problem::code).doesNotContain(ProblemCode.PACK_BROKEN_VARIANT);
        assertThat(engine.assess(member, Variants.none()).capability(1).orElseThrow().level()).isEqualTo(1);

        Path named = evidence("XC", "");
        assertThatThrownBy(() -> engine.assess(named, Variants.named(List.of("var")))).isInstanceOfSatisfying(InvalidEvidenceException.class,
                e -> assertThat(e.problems()).extracting(Problem::code).contains(ProblemCode.PACK_BROKEN_VARIANT));
    }

    @Test
    void aWaivedBaseCriterionThatIsGoneIsNamed() throws IOException {
        write(CRITERIA.replace("C01.L1.flag", "C01.L1.banner"), VARIANT);
        assertThat(load().brokenPacks()).extracting(BrokenPack::reason).singleElement().asString()
                .contains("it waives C01.L1.flag, which the base pack tiny 1.2.0 no longer defines");
    }

    @Test
    void aBaseOutsideTheVariantsRangeBreaksTheVariantNotTheEngine() throws IOException {
        write(CRITERIA, VARIANT.replace("extends: tiny >=1.0 <2", "extends: tiny >=2 <3"));
        MaturityEngine engine = load();
        assertThat(engine.brokenPacks()).extracting(BrokenPack::reason).singleElement().asString()
                .contains("variant var 0.1.0 cannot be used: it is written for tiny >=2 <3, but the base pack loaded is tiny 1.2.0");
        assertThat(engine.assess(evidence("XA", "")).capability(1).orElseThrow().level()).isEqualTo(1);
        assertThatThrownBy(() -> engine.assess(evidence("XB", "\"V\""))).isInstanceOf(InvalidEvidenceException.class)
                .hasMessageContaining("variant var");
    }
}
