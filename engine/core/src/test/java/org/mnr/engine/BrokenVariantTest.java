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

    @TempDir
    Path dir;

    private Path base;
    private Path variant;

    private void write(String baseCriteria, String variantDescriptor) throws IOException {
        base = TinyPacks.write(dir, "tiny", "pack.yaml", TinyPacks.BASE, "vocabulary.yaml", TinyPacks.VOCABULARY, "one.yaml", baseCriteria);
        variant = TinyPacks.write(dir, "var", "pack.yaml", variantDescriptor, "vocabulary.yaml", TinyPacks.VARIANT_VOCABULARY,
                "var.yaml", TinyPacks.VARIANT_CRITERIA);
    }

    private MaturityEngine load() {
        return TinyPacks.load(base, variant);
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
        write(TinyPacks.CRITERIA, TinyPacks.VARIANT);
        MaturityEngine engine = load();
        assertThat(engine.brokenPacks()).isEmpty();
        assertThat(engine.assess(evidence("XA", "\"V\"")).packs()).extracting(PackVersion::id).containsExactly("tiny", "var");
    }

    @Test
    void aVariantWhoseReplacedBaseCriterionIsGoneBreaksOnlyTheCountriesItAppliesTo() throws IOException {
        // The base renames the criterion the variant replaces: C01.L2.fast is now C01.L2.quick.
        write(TinyPacks.CRITERIA.replace("C01.L2.fast", "C01.L2.quick"), TinyPacks.VARIANT);
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
        write(TinyPacks.CRITERIA.replace("C01.L1.flag", "C01.L1.banner"), TinyPacks.VARIANT);
        assertThat(load().brokenPacks()).extracting(BrokenPack::reason).singleElement().asString()
                .contains("it waives C01.L1.flag, which the base pack tiny 1.2.0 no longer defines");
    }

    @Test
    void aBaseOutsideTheVariantsRangeBreaksTheVariantNotTheEngine() throws IOException {
        write(TinyPacks.CRITERIA, TinyPacks.VARIANT.replace("extends: tiny >=1.0 <2", "extends: tiny >=2 <3"));
        MaturityEngine engine = load();
        assertThat(engine.brokenPacks()).extracting(BrokenPack::reason).singleElement().asString()
                .contains("variant var 0.1.0 cannot be used: it is written for tiny >=2 <3, but the base pack loaded is tiny 1.2.0");
        assertThat(engine.assess(evidence("XA", "")).capability(1).orElseThrow().level()).isEqualTo(1);
        assertThatThrownBy(() -> engine.assess(evidence("XB", "\"V\""))).isInstanceOf(InvalidEvidenceException.class)
                .hasMessageContaining("variant var");
    }
}
