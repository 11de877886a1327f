package org.mnr.testkit.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mnr.engine.evidence.Evidence;
import org.mnr.engine.evidence.ParsedEvidence;
import org.mnr.testkit.PackHarness;

/**
 * A case file's inline evidence reads YAML as an evidence file does: the same scalar gives the same value, so a
 * case cannot pass on evidence that {@code mnr score} would refuse or read otherwise (issue 16: {@code value: yes}
 * was true in a case and refused in evidence; {@code code: NO} became false).
 */
class CaseYamlTest {

    private static final CaseReader READER = new CaseReader(PackHarness.ofFolders(folder("packs")).engine());

    private static Path folder(String name) {
        try {
            return Path.of(CaseYamlTest.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "no", "Yes", "NO", "on", "off", "y", "n", "true", "false", "True", "FALSE", "''", "'yes'", "12",
        "1.50", "2026-06-30", "[p, q]", "[yes, NO]"})
    void aValueReadsTheSameInACaseAsInAnEvidenceFile(String scalar, @TempDir Path temp) throws Exception {
        assertSameIn(temp, "country: {code: XA, name: Atlantis}\nassessedOn: 2026-06-30\nevidence:\n"
                + "  - {key: a.kind, value: " + scalar + "}\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NO", "ON", "Y"})
    void aMembershipCodeThatLooksLikeABooleanStaysACode(String code, @TempDir Path temp) throws Exception {
        Evidence inCase = assertSameIn(temp, "country: {code: XA, name: Atlantis, memberships: [" + code + "]}\n"
                + "assessedOn: 2026-06-30\nevidence:\n  - {key: a.flag, value: true}\n");
        assertThat(inCase.country().memberships()).containsExactly(code);
    }

    @org.junit.jupiter.api.Test
    void aTabIsExplainedAsInAnEvidenceFileWithItsLineAndColumn(@TempDir Path temp) throws Exception {
        String document = "country: {code: XA, name: Atlantis}\nassessedOn: 2026-06-30\nevidence:\n\t- {key: a.flag, value: true}\n";
        Path evidenceFile = Files.writeString(temp.resolve("xa.yaml"), document);
        Path caseFile = Files.writeString(temp.resolve("xa.case.yaml"), document + "expect: {levels: {1: 0}}\n");

        org.mnr.engine.evidence.Problem inEvidence = Evidence.parse(evidenceFile).problems().get(0);
        InvalidCaseException refused = org.assertj.core.api.Assertions.catchThrowableOfType(() -> READER.read(caseFile),
                InvalidCaseException.class);

        assertThat(refused.problems()).singleElement().satisfies(p -> {
            assertThat(p.toString()).startsWith(caseFile + ":4:1:").contains("not valid YAML: a tab where YAML allows only spaces")
                    .contains("use spaces, not tabs, to indent").doesNotContain("SnakeYAML", "TAB", "<");
            assertThat(p.place().line()).isEqualTo(inEvidence.place().line());
            assertThat(p.place().column()).isEqualTo(inEvidence.place().column());
        });
        assertThat(inEvidence.toString()).contains("use spaces, not tabs, to indent");
    }

    private static Evidence assertSameIn(Path temp, String document) throws Exception {
        Path evidenceFile = Files.writeString(temp.resolve("xa.yaml"), document);
        Path caseFile = Files.writeString(temp.resolve("xa.case.yaml"), document + "expect: {levels: {1: 0}}\n");

        ParsedEvidence evidence = Evidence.parse(evidenceFile);
        Evidence inCase = READER.read(caseFile).evidence();

        assertThat(evidence.hasErrors()).as("the evidence reader reads %s", document).isFalse();
        assertThat(inCase.items().get(0).value()).as(document).isEqualTo(evidence.evidence().items().get(0).value());
        assertThat(inCase.country().memberships()).isEqualTo(evidence.evidence().country().memberships());
        return inCase;
    }
}
