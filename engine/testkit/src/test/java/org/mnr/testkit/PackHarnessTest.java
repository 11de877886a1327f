package org.mnr.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mnr.engine.result.Assessment;

/** The harness over folder packs, a base pack and a variant compiled from their DRL, as a pack author uses it. */
class PackHarnessTest {

    private static final PackHarness PACKS = PackHarness.ofFolders(folder("packs"));

    private static Path folder(String name) {
        try {
            return Path.of(PackHarnessTest.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void expectationsThatHoldPassAndReturnTheAssessment() {
        Assessment result = PACKS.country("XA")
                .with("a.flag", true)
                .with("a.kind", "x")
                .with("a.count", 12)
                .expectMet("C01.L1.flag", "C01.L1.kind", "C01.L2.count")
                .expectUnknown("C01.L3.date")
                .expectMet("C03.L2.one-developing")
                .expectLevel(1, 2)
                .expectScore(1, 50.0)
                .verify();
        assertThat(result.packs()).extracting(p -> p.id()).containsExactly("mini");
    }

    @Test
    void aFailedExpectationListsWhatWasExpectedAndWhatItWas() {
        PackCase wrong = PACKS.country("XA")
                .with("a.flag", true)
                .with("a.kind", "x")
                .with("a.count", 5)
                .expectMet("C01.L2.count", "C01.L3.date")
                .expectLevel(1, 2)
                .expectScore(1, 100.0)
                .expectMet("C01.L1.flag");
        assertThatThrownBy(wrong::verify)
                .isInstanceOf(AssertionError.class)
                .hasMessage(String.join(System.lineSeparator(), List.of(
                        "4 expectation(s) failed for XA:",
                        "  C01.L2.count: expected met but was unmet",
                        "  C01.L3.date: expected met but was unknown (missing a.date)",
                        "  capability 1: expected level 2 but was 1 (blocking C01.L2.count)",
                        "  capability 1: expected score 100.0 but was 37.5")));
    }

    @Test
    void aVariantAppliesThroughItsMembershipAndIsTestedLikeTheBase() {
        PACKS.country("XA").memberships("Vone")
                .with("a.kind", "z")
                .with("variant-one.flag", true)
                .expectMet("C01.L1.kind", "VARIANT-ONE.C01.L2.extra")
                .expectWaived("C03.L1.flag")
                .verify();
        PACKS.country("XA")
                .with("a.kind", "z")
                .expectUnmet("C01.L1.kind")
                .expectUnknown("C03.L1.flag")
                .verify();
    }

    @Test
    void aFailedVariantExpectationSaysTheCriterionDoesNotApply() {
        PackCase wrong = PACKS.country("XA").noVariants().expectMet("VARIANT-ONE.C01.L2.extra");
        assertThatThrownBy(wrong::verify)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("VARIANT-ONE.C01.L2.extra: expected met but no such criterion applies");
    }

    @Test
    void evidenceTheVocabularyRejectsIsReported() {
        String problems = PACKS.country("XA").with("a.count", 500).verifyInvalid("a.count is 500, out of range");
        assertThat(problems).contains("from 0 to 100");
    }
}
