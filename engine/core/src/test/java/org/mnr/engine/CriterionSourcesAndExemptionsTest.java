package org.mnr.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mnr.engine.criteria.CriteriaReader;
import org.mnr.engine.criteria.CriterionDefinition;
import org.mnr.engine.criteria.CriterionFingerprint;
import org.mnr.engine.error.ProblemCode;
import org.mnr.engine.evidence.Evidence;
import org.mnr.engine.internal.lint.PackLinter;
import org.mnr.engine.internal.pack.PackDiscovery;
import org.mnr.engine.model.Criterion;
import org.mnr.engine.model.Exemption;
import org.mnr.engine.pack.Pack;
import org.mnr.engine.pack.PackException;
import org.mnr.engine.pack.PackProblem;
import org.mnr.engine.result.Assessment;
import org.mnr.engine.result.CriterionResult;
import org.mnr.engine.result.Status;

/**
 * Content 2.0.0's criterion fields (issue 17): {@code source} and {@code rationale} are documentation, {@code exempt} takes a
 * criterion out of force for named countries, waivers cite a source, and a pack states its basis.
 */
class CriterionSourcesAndExemptionsTest {

    private static final LocalDate ON = LocalDate.of(2026, 6, 30);

    private static final String DESCRIPTOR = TinyPacks.descriptor("""
            id: tiny
            name: Tiny data pack
            version: 2.0.0
            engineApi: 1
            basis: "A model of two capabilities, edition 2"
            vocabulary: vocabulary.yaml
            criteria:
              - one.yaml
            """, "Data criteria.", "Another.");

    private static final String VOCABULARY = """
            - {key: t.flag, capability: 1, type: boolean, description: "A flag."}
            - {key: t.hours, capability: 1, type: number, min: 0, max: 8760, description: "Hours."}
            - {key: t.kind, capability: 2, type: enum, values: [x, y], description: "A kind."}
            """;

    private static final String CRITERIA = """
            criteria:
              - id: C01.L1.flag
                level: 1
                weight: 2
                title: The flag is set
                when: {key: t.flag, equals: true}
                source: "Directive 2011/93/EU, Art. 25"
                rationale: "A working assumption, to be calibrated."
                exempt:
                  - {country: DK, reason: "Denmark is not bound by Directive 2011/93/EU (Protocol No 22)."}
              - {id: C01.L2.fast, level: 2, title: Fast, when: {key: t.hours, atMost: 72}}
              - {id: C02.L1.kind, level: 1, title: Kind, source: "MNR (2016), capability 2", when: {key: t.kind, equals: x}}
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

    private static final String VARIANT_CRITERIA = """
            waives:
              - {id: C02.L1.kind, reason: "No kind in this region.", source: "Regional charter, Art. 3"}
            """;

    @TempDir
    Path dir;

    private Path pack;
    private Path variant;

    @BeforeEach
    void writePacks() throws IOException {
        pack = TinyPacks.write(dir, "tiny", "pack.yaml", DESCRIPTOR, "vocabulary.yaml", VOCABULARY, "one.yaml", CRITERIA);
        variant = TinyPacks.write(dir, "tv", "pack.yaml", VARIANT, "vocabulary.yaml", "", "changes.yaml", VARIANT_CRITERIA);
    }

    private MaturityEngine engine() {
        return TinyPacks.load(pack, variant);
    }

    private static Evidence evidence(String country) {
        return Evidence.builder(country, ON).add("t.flag", false).add("t.hours", 10).add("t.kind", "x").build();
    }

    @Test
    void aCriterionExemptForTheCountryIsWaivedByItsOwnPackWithTheReasonAndCountsInNoScore() {
        MaturityEngine engine = engine();

        Assessment denmark = engine.assess(evidence("DK"));
        Assessment sweden = engine.assess(evidence("SE"));

        CriterionResult exempt = denmark.criterion("C01.L1.flag").orElseThrow();
        assertThat(exempt.status()).isEqualTo(Status.WAIVED);
        assertThat(exempt.waivedBy()).as("the pack that defines the criterion").isEqualTo("tiny");
        assertThat(exempt.reason()).isEqualTo("Denmark is not bound by Directive 2011/93/EU (Protocol No 22).");
        assertThat(exempt.exemptFor()).isEqualTo("DK");
        assertThat(exempt.evidence()).isEmpty();
        // Without its only level-1 criterion, capability 1 passes level 1; the fast one (10 h <= 72 h) is all its score.
        assertThat(denmark.capability(1).orElseThrow().level()).isEqualTo(4);
        assertThat(denmark.capability(1).orElseThrow().score()).isEqualTo(100.0);

        CriterionResult inForce = sweden.criterion("C01.L1.flag").orElseThrow();
        assertThat(inForce.status()).isEqualTo(Status.UNMET);
        assertThat(inForce.waivedBy()).isNull();
        assertThat(inForce.exemptFor()).isNull();
        assertThat(sweden.capability(1).orElseThrow().level()).isZero();
        // Weight 2 unmet, weight 1 met: one third of the weight.
        assertThat(sweden.capability(1).orElseThrow().score()).isEqualTo(33.3);

        assertThat(denmark.toJson()).contains("\"waivedBy\": \"tiny\"", "\"exemptFor\": \"DK\"");
        assertThat(sweden.toJson()).doesNotContain("exemptFor");
    }

    @Test
    void anExemptionNamesTheCountryByItsEvidenceCode() throws IOException {
        Files.writeString(pack.resolve("one.yaml"), CRITERIA.replace("{country: DK,", "{country: Denmark,"));

        assertThatThrownBy(this::engine).isInstanceOf(PackException.class)
                .hasMessageContaining(pack.resolve("one.yaml") + ":10:")
                .hasMessageContaining("country 'Denmark' is not a country code as evidence files write it");
    }

    @Test
    void anExemptionWithoutAReasonIsRefused() throws IOException {
        Files.writeString(pack.resolve("one.yaml"), CRITERIA.replace(", reason: \"Denmark is not bound by Directive 2011/93/EU (Protocol No 22).\"", ""));

        assertThatThrownBy(this::engine).isInstanceOf(PackException.class)
                .hasMessageContaining("an exemption needs a reason");
    }

    @Test
    void sourceRationaleExemptionsWaiverSourceAndBasisAreRead() {
        MaturityEngine engine = engine();

        Pack tiny = engine.packs().get(0);
        assertThat(tiny.descriptor().basis()).isEqualTo("A model of two capabilities, edition 2");
        Criterion flag = engine.packRules().get(0).criteria().stream().filter(c -> c.id().equals("C01.L1.flag")).findFirst().orElseThrow();
        assertThat(flag.source()).isEqualTo("Directive 2011/93/EU, Art. 25");
        assertThat(flag.rationale()).isEqualTo("A working assumption, to be calibrated.");
        assertThat(flag.exempt()).containsExactly(new Exemption("DK", "Denmark is not bound by Directive 2011/93/EU (Protocol No 22)."));
        assertThat(engine.packs().get(1).waivers()).singleElement()
                .satisfies(w -> assertThat(w.source()).isEqualTo("Regional charter, Art. 3"));
    }

    @Test
    void theVariantsWaiverStandsForAnExemptCountryAndTheExemptionForTheOthers() {
        Assessment denmarkInRegion = engine().assess(Evidence.builder("DK", ON).memberships("TV").add("t.flag", false)
                .add("t.hours", 10).add("t.kind", "x").build());

        assertThat(denmarkInRegion.criterion("C02.L1.kind").orElseThrow().waivedBy()).isEqualTo("tv");
        assertThat(denmarkInRegion.criterion("C01.L1.flag").orElseThrow().exemptFor()).isEqualTo("DK");
    }

    @Test
    void sourceAndRationaleDoNotChangeAFingerprintButTheTitleDoes() {
        CriterionDefinition plain = only("{id: C01.L1.flag, level: 1, title: The flag is set, when: {key: t.flag, equals: true}}");
        CriterionDefinition documented = only("{id: C01.L1.flag, level: 1, title: The flag is set, source: \"MNR (2016)\","
                + " rationale: \"Because.\", when: {key: t.flag, equals: true}}");
        CriterionDefinition retitled = only("{id: C01.L1.flag, level: 1, title: The flag is raised, when: {key: t.flag, equals: true}}");

        assertThat(CriterionFingerprint.of(documented)).isEqualTo(CriterionFingerprint.of(plain));
        assertThat(CriterionFingerprint.of(retitled)).isNotEqualTo(CriterionFingerprint.of(plain));
    }

    private static CriterionDefinition only(String criterion) {
        CriteriaReader.Result read = CriteriaReader.read("c.yaml", ("criteria:\n  - " + criterion + "\n").getBytes(StandardCharsets.UTF_8), false);
        assertThat(read.problems()).isEmpty();
        return read.file().criteria().get(0);
    }

    @Test
    void lintWarnsOfACriterionWithoutASourceAndStopsNothing() {
        PackLinter.Report report = PackLinter.report(PackDiscovery.sourcesInFolder(dir), List.of());

        // C01.L2.fast also lacks a rationale for its 72 hours, which is another warning (pack.missing-rationale, below).
        assertThat(report.warnings()).filteredOn(w -> w.code() != ProblemCode.PACK_MISSING_RATIONALE).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo(ProblemCode.PACK_MISSING_SOURCE);
            assertThat(w.code().warning()).isTrue();
            assertThat(w.toString()).startsWith(pack.resolve("one.yaml") + ":11:").contains("criterion C01.L2.fast has no source");
        });
        assertThat(report.problems()).extracting(PackProblem::message).noneMatch(m -> m.contains("source"));
        assertThat(ProblemCode.PACK_INVALID.warning()).isFalse();
    }

    @Test
    void lintWarnsOfAThresholdWithoutARationaleWithTheFixAndStopsNothing() {
        PackLinter.Report report = PackLinter.report(PackDiscovery.sourcesInFolder(dir), List.of());

        // C01.L2.fast (atMost: 72) has none; C01.L1.flag has one, and C02.L1.kind (equals) sets no number.
        assertThat(report.warnings()).filteredOn(w -> w.code() == ProblemCode.PACK_MISSING_RATIONALE).singleElement().satisfies(w -> {
            assertThat(w.code().warning()).isTrue();
            assertThat(w.toString()).startsWith(pack.resolve("one.yaml") + ":11:").contains("criterion C01.L2.fast")
                    .contains("say in rationale: why this number, or that it is a working assumption to be calibrated");
        });
        // The tiny pack lacks criteria at some levels (lint errors); none of them is about a rationale.
        assertThat(report.problems()).isNotEmpty().extracting(PackProblem::message).noneMatch(m -> m.contains("rationale"));
    }

    @Test
    void aThresholdWithARationaleOrACriterionWithoutAThresholdIsNoRationaleWarning() throws IOException {
        Files.writeString(pack.resolve("one.yaml"), CRITERIA.replace("when: {key: t.hours, atMost: 72}}",
                "when: {key: t.hours, atMost: 72}, rationale: \"Three days: a working assumption, to be calibrated.\"}"));

        assertThat(PackLinter.report(PackDiscovery.sourcesInFolder(dir), List.of()).warnings())
                .extracting(PackProblem::code).doesNotContain(ProblemCode.PACK_MISSING_RATIONALE).contains(ProblemCode.PACK_MISSING_SOURCE);
    }

    @Test
    void aBoundAmongTheLeavesOfAnAnyOfNeedsARationaleToo() throws IOException {
        Files.writeString(pack.resolve("one.yaml"), CRITERIA.replace("when: {key: t.hours, atMost: 72}}", "source: \"MNR (2016)\","
                + " when: {anyOf: [{key: t.flag, equals: true}, {key: t.hours, atLeast: 1}]}}"));

        PackLinter.Report report = PackLinter.report(PackDiscovery.sourcesInFolder(dir), List.of());

        // The tiny pack lacks criteria at some levels (lint errors); none of them is about a rationale.
        assertThat(report.problems()).isNotEmpty().extracting(PackProblem::message).noneMatch(m -> m.contains("rationale"));
        assertThat(report.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo(ProblemCode.PACK_MISSING_RATIONALE);
            assertThat(w.message()).contains("criterion C01.L2.fast");
        });
    }
}
