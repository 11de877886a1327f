package org.mnr.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mnr.engine.pack.PackProblem;

/**
 * The harness's own checks, each shown to fail: a case that expects nothing, an expectation on something no pack
 * defines, strict mode, and lint of the packs it loads; its messages speak of Java tests, never of command options.
 */
class PackHarnessChecksTest {

    private static final PackHarness PACKS = PackHarness.ofFolders(folder("packs"));
    private static final PackHarness GAP = PackHarness.ofFolders(folder("lint-gap"));

    private static Path folder(String name) {
        try {
            return Path.of(PackHarnessChecksTest.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aCaseThatExpectsNothingFails() {
        PackCase empty = PACKS.country("XA").with("a.flag", true);
        assertThatThrownBy(empty::verify)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("the case for XA expects nothing")
                .hasMessageContaining("expectMet")
                .hasMessageNotContaining("--");
        // The same case with one expectation passes, so it is the missing expectation that failed it.
        PACKS.country("XA").with("a.flag", true).expectMet("C01.L1.flag").verify();
    }

    @Test
    void aScoreOrLevelOfACapabilityNoPackDefinesFails() {
        // The mini pack defines capabilities 1, 2 and 3 only.
        assertThatThrownBy(PACKS.country("XA").expectScore(9, 0.0)::verify)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("capability 9: expected score 0.0 but no such capability (the base pack defines 3: 1 to 3)");
        assertThatThrownBy(PACKS.country("XA").expectLevel(9, 0)::verify)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("capability 9: expected level 0 but no such capability");
        PACKS.country("XA").expectScore(3, 0.0).expectLevel(3, 0).verify();
    }

    @Test
    void aCriterionNoPackDefinesIsToldFromOneThatDoesNotApply() {
        assertThatThrownBy(PACKS.country("XA").expectUnknown("C01.L1.flagg")::verify)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("C01.L1.flagg: expected unknown but no such criterion applies (no loaded pack defines it;"
                        + " loaded: mini, variant-one)");
        assertThatThrownBy(PACKS.country("XA").expectUnknown("VARIANT-ONE.C01.L2.extra")::verify)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("(pack variant-one defines it, but does not apply to this case;"
                        + " add memberships(...) or variants(\"variant-one\"))");
    }

    @Test
    void strictModeFailsOnACriterionMetThatTheCaseDoesNotExpect() {
        PackCase loose = PACKS.strict().country("XA").with("a.flag", true).with("a.kind", "x").expectMet("C01.L1.flag");
        assertThatThrownBy(loose::verify)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("1 expectation(s) failed for XA")
                .hasMessageContaining("C01.L1.kind: met, but the case does not expect it (strict); add expectMet(\"C01.L1.kind\")");
        PACKS.strict().country("XA").with("a.flag", true).with("a.kind", "x").expectMet("C01.L1.flag", "C01.L1.kind").verify();
        // Strict by case as by harness; a harness is not strict unless asked.
        assertThatThrownBy(PACKS.country("XA").with("a.flag", true).with("a.kind", "x").expectMet("C01.L1.flag").strict()::verify)
                .isInstanceOf(AssertionError.class);
        PACKS.country("XA").with("a.flag", true).with("a.kind", "x").expectMet("C01.L1.flag").verify();
    }

    @Test
    void strictWithNoCriterionMetIsAnExpectationOfItsOwn() {
        PACKS.strict().country("XA").verify();
        assertThatThrownBy(PACKS.strict().country("XA").with("a.flag", true)::verify)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("C01.L1.flag: met, but the case does not expect it");
    }

    @Test
    void packsWithALintProblemFailEveryCaseNamingTheFileAndLine() {
        assertThat(GAP.lintProblems()).extracting(PackProblem::toString)
                .containsExactly(folder("lint-gap").resolve("vocabulary.yaml") + ":17: evidence key g.unread is read by no criterion;"
                        + " remove it, mark it retired, or write the criterion that reads it");
        assertThatThrownBy(() -> GAP.country("XA"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("the packs under test have 1 lint problem(s)")
                .hasMessageContaining("vocabulary.yaml:17: evidence key g.unread is read by no criterion")
                .hasMessageContaining("PackHarness.withoutLint()")
                .hasMessageNotContaining("--");
        GAP.withoutLint().country("XA").with("g.one", true).expectMet("C01.L1.one").expectLevel(1, 1).verify();
    }

    @Test
    void lintWarningsAreReportedApartAndNeverFailACase() {
        // lint-gap's four criteria give no source: a warning each (pack.missing-source), none of them a problem.
        assertThat(GAP.lintWarnings()).hasSize(4).extracting(PackProblem::toString)
                .allSatisfy(line -> assertThat(line).startsWith(folder("lint-gap").resolve("criteria.yaml") + ":")
                        .contains("source"));
        assertThat(GAP.lintWarnings()).extracting(PackProblem::toString).anySatisfy(line -> assertThat(line).contains("C01.L3.three"));
        assertThat(GAP.lintProblems()).hasSize(1);
        GAP.withoutLint().country("XA").with("g.one", true).expectMet("C01.L1.one").verify();
    }

    @Test
    void cleanPacksLintWithoutProblems() {
        assertThat(PACKS.lintProblems()).isEmpty();
    }

    @Test
    void aFolderThatIsNotThereIsReportedInTheTestsTerms(@TempDir Path empty) {
        assertThatThrownBy(() -> PackHarness.ofFolders(empty.resolve("missing")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("PackHarness.ofFolders([" + empty.resolve("missing") + "]) cannot load the packs")
                .hasMessageContaining("PackHarness.ofFolders takes the folder of a pack's pack.yaml")
                .hasMessageNotContaining("--");
    }

    @Test
    void aVariantWithoutItsBaseSaysHowATestGetsTheBase() {
        assertThatThrownBy(() -> PackHarness.ofFolders(folder("packs/variant-one")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("no base pack is loaded")
                .hasMessageContaining("add the base pack as a test dependency (org.mnr:mnr-rules) or pass its folder to PackHarness.ofFolders")
                .hasMessageNotContaining("--");
    }
}
