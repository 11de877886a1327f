package org.mnr.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mnr.engine.error.MnrException;
import org.mnr.engine.error.ProblemCode;
import org.mnr.engine.evidence.Evidence;
import org.mnr.engine.evidence.InvalidEvidenceException;
import org.mnr.engine.evidence.ParsedEvidence;
import org.mnr.engine.evidence.Problem;
import org.mnr.engine.pack.PackException;

/** What an embedding application gets back from bad input: one list, in file order, each problem with a stable code. */
class ApplicationErrorsTest {

    /**
     * Line 2 a country code that is not ISO, line 2 an unknown membership, line 3 an impossible date, line 5 an
     * unknown key, line 6 a number of the wrong type: five problems, found by the reader (the date) and by the
     * packs (the rest).
     */
    private static final String BROKEN = """
            {
              "country": {"code": "QQ", "name": "Testland", "memberships": ["Mercosur"]},
              "assessedOn": "2026-02-30",
              "evidence": [
                {"key": "a.nope", "value": true},
                {"key": "a.count", "value": "many"}
              ]
            }
            """;

    @Test
    void aBadAssessedOnHidesNeitherTheCountryNorItsMembershipsNorTheItems() {
        ParsedEvidence parsed = MiniPack.engine().read(BROKEN, "json", "broken.json");
        List<Problem> problems = MiniPack.engine().validate(parsed, Variants.fromMemberships());

        assertThat(problems).extracting(Problem::code).containsExactly(
                ProblemCode.EVIDENCE_UNKNOWN_COUNTRY, ProblemCode.EVIDENCE_UNKNOWN_MEMBERSHIP, ProblemCode.EVIDENCE_BAD_DATE,
                ProblemCode.EVIDENCE_UNKNOWN_KEY, ProblemCode.EVIDENCE_WRONG_VALUE_TYPE);
        assertThat(problems).extracting(p -> p.place().line()).containsExactly(2, 2, 3, 5, 6);
    }

    @Test
    void readingThenAssessingReportsEveryProblemInOneRound() {
        MaturityEngine engine = MiniPack.engine();

        assertThatThrownBy(() -> engine.assess(engine.read(BROKEN, "json", "broken.json")))
                .isInstanceOf(InvalidEvidenceException.class)
                .isInstanceOf(MnrException.class)
                .satisfies(e -> {
                    InvalidEvidenceException invalid = (InvalidEvidenceException) e;
                    assertThat(invalid.code()).isEqualTo(ProblemCode.EVIDENCE_INVALID);
                    assertThat(invalid.problems()).hasSize(5);
                });
    }

    @Test
    void yamlTextAndBytesReadWithAnExplicitFormat() {
        String yaml = "country: {code: XA, name: Testland}\nassessedOn: 2026-06-30\nevidence:\n  - {key: a.flag, value: true}\n";

        Evidence fromText = Evidence.read(yaml, "yaml");
        Evidence fromBytes = Evidence.read(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8), "YAML");

        assertThat(fromText.items()).singleElement().satisfies(i -> assertThat(i.key()).isEqualTo("a.flag"));
        assertThat(fromBytes.items()).isEqualTo(fromText.items());
        assertThat(MiniPack.engine().assess(MiniPack.engine().read(yaml, "yaml", "text")).country().code()).isEqualTo("XA");
    }

    @Test
    void theEnginesLimitsHoldForTextAsForFiles() {
        MaturityEngine tight = MaturityEngine.builder().withoutClassPathPacks().packFolder(MiniPack.PACKS.resolve("mini"))
                .evidenceLimits(org.mnr.engine.evidence.EvidenceLimits.DEFAULTS.withMaxDepth(3)).build();

        ParsedEvidence parsed = tight.read("{\"country\": {\"code\": \"XA\", \"memberships\": [[[[\"EU\"]]]]}}", "json", "deep");

        assertThat(parsed.problems()).extracting(Problem::code).contains(ProblemCode.EVIDENCE_LIMIT_DEPTH);
    }

    @Test
    void aWorkbookWithoutTheWorkbookLibraryNamesTheArtifact() {
        ParsedEvidence parsed = MiniPack.engine().read(new byte[] {80, 75, 3, 4}, "xlsx", "upload.xlsx");

        assertThat(parsed.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.EVIDENCE_FORMAT_UNSUPPORTED);
            assertThat(p.hint()).contains("org.mnr:mnr-workbook");
        });
    }

    @Test
    void assessingNullFailsAtTheDoorNamingTheArgument() {
        assertThatThrownBy(() -> MiniPack.engine().assess((Evidence) null))
                .isInstanceOf(NullPointerException.class).hasMessage("evidence");
        assertThatThrownBy(() -> MiniPack.engine().assess((ParsedEvidence) null))
                .isInstanceOf(NullPointerException.class).hasMessage("parsed");
        assertThatThrownBy(() -> MiniPack.engine().assess((Path) null))
                .isInstanceOf(NullPointerException.class).hasMessage("file");
    }

    @Test
    void aMissingPackFolderHasACodeAndAMessageWithoutCommandLineFlags() {
        assertThatThrownBy(() -> MaturityEngine.builder().withoutClassPathPacks().packFolder(Path.of("no-such-folder")).build())
                .isInstanceOf(PackException.class)
                .satisfies(e -> {
                    assertThat(((PackException) e).code()).isEqualTo(ProblemCode.PACK_NOT_FOUND);
                    assertThat(e.getMessage()).contains("no-such-folder").doesNotContain("--").doesNotContain("mnr ");
                });
    }

    @Test
    void noPackAtAllSaysSoWithACode() {
        assertThatThrownBy(() -> MaturityEngine.builder().withoutClassPathPacks().build())
                .isInstanceOf(PackException.class)
                .satisfies(e -> {
                    assertThat(((PackException) e).code()).isEqualTo(ProblemCode.PACK_NO_BASE);
                    assertThat(e.getMessage()).doesNotContain("--rules");
                });
    }

    @Test
    void everyCodeIsUniqueAndNamespaced() {
        assertThat(ProblemCode.values()).extracting(ProblemCode::code).doesNotHaveDuplicates()
                .allMatch(c -> c.matches("(evidence|pack|rule|engine|result|aggregate|case)\\.[a-z.-]+"));
    }
}
