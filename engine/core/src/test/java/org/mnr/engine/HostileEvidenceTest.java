package org.mnr.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mnr.engine.evidence.Problem;

/**
 * Careless and hostile evidence, in JSON and YAML, is refused with a message in the evaluator's terms, placed
 * where the problem is: YAML's anchors, aliases and merge keys, YAML-only number forms, tabs, lone surrogate
 * escapes, strings over the limit, and dates outside the years 1900 to 2200.
 */
class HostileEvidenceTest {

    private static final String HEAD = "country: {code: XA, name: Atlantis}\nassessedOn: 2026-06-30\nevidence:\n";

    @TempDir
    Path dir;

    private List<String> problems(String name, String text) throws IOException {
        Path file = Files.writeString(dir.resolve(name), text);
        return MiniPack.engine().validate(file, Variants.fromMemberships()).stream().map(Problem::toString).toList();
    }

    @Test
    void yamlAliasesAnchorsAndMergeKeysAreRefused() throws IOException {
        List<String> alias = problems("alias.yaml", "country: {code: XA, name: &n Atlantis}\nassessedOn: 2026-06-30\nevidence:\n"
                + "  - {key: a.flag, value: true, source: *n}\n");
        assertThat(alias).anyMatch(p -> p.startsWith(dir.resolve("alias.yaml") + ":1:") && p.contains("anchor"));
        assertThat(alias).anyMatch(p -> p.contains(":4:") && p.contains("alias") && p.contains("write the value out"));

        List<String> undefined = problems("undefined.yaml", HEAD + "  - {key: a.flag, value: true, source: *nowhere}\n");
        assertThat(undefined).anyMatch(p -> p.contains(":4:") && p.contains("alias"));

        List<String> merge = problems("merge.yaml", HEAD + "  - <<: {key: a.flag}\n    value: true\n");
        assertThat(merge).anyMatch(p -> p.contains(":4:") && p.contains("merge key"));
    }

    @Test
    void yamlOnlyNumberFormsAreNamedForWhatTheyAre() throws IOException {
        List<String> hex = problems("hex.yaml", HEAD + "  - {key: a.count, value: 0x1F}\n");
        assertThat(hex).singleElement().asString().contains(":4:").contains("0x1F").contains("hexadecimal").contains("31")
                .doesNotContain("longer than");
        List<String> underscore = problems("underscore.yaml", HEAD + "  - {key: a.count, value: 1_000}\n");
        assertThat(underscore).singleElement().asString().contains("1_000").contains("underscore").contains("1000")
                .doesNotContain("longer than");
    }

    @Test
    void aTabIndentationIsPlacedAtTheTabAndSaidInPlainWords() throws IOException {
        List<String> tab = problems("tab.yaml", HEAD + "\t- {key: a.flag, value: true}\n");
        assertThat(tab).singleElement().asString().startsWith(dir.resolve("tab.yaml") + ":4:1:").contains("tab")
                .contains("spaces").doesNotContain("\\n").doesNotContain("'reader'").doesNotContain("(TAB)");
    }

    @Test
    void otherYamlParserErrorsKeepNoneOfTheParsersText() throws IOException {
        List<String> broken = problems("broken.yaml", HEAD + "  - {key: a.flag, value: true}\n  ? " + "k".repeat(2000) + "\n  : 1\n");
        assertThat(broken).isNotEmpty().allSatisfy(p -> assertThat(p).doesNotContain("\\n").doesNotContain("'reader'")
                .doesNotContain("<block end>").doesNotContain("while parsing"));
        assertThat(broken.get(0)).contains(":5:");
    }

    @Test
    void aPlainKeyLongerThanYamlAllowsIsSaidInPlainWordsOnItsLine() throws IOException {
        // An implicit key (no '?') over 1,024 characters, as a careless paste into a note's name would make.
        List<String> longKey = problems("longkey.yaml", HEAD + "  - key: a.flag\n    value: true\n    " + "k".repeat(1100) + ": 1\n");
        assertThat(longKey).singleElement().asString().startsWith(dir.resolve("longkey.yaml") + ":6:")
                .contains("longer than YAML allows (1024 characters)")
                .doesNotContain("\\n").doesNotContain("could not find expected").doesNotContain("simple key").doesNotContain("'reader'");
    }

    @Test
    void yamlStringsKeepTheStringLengthLimit() throws IOException {
        List<String> longNote = problems("long.yaml", HEAD + "  - {key: a.flag, value: true, note: " + "n".repeat(200_000) + "}\n");
        assertThat(longNote).singleElement().asString().contains(":4:").contains("longer than").contains("maxStringLength");
    }

    @Test
    void aLoneSurrogateEscapeIsRefusedInJsonAndYaml() throws IOException {
        List<String> json = problems("sur.json", "{\"country\": {\"code\": \"XA\", \"name\": \"A\\ud800tlantis\"}, \"assessedOn\": \"2026-06-30\","
                + " \"evidence\": [{\"key\": \"a.flag\", \"value\": true, \"note\": \"\\udc00\"}]}");
        assertThat(json).hasSize(2).allSatisfy(p -> assertThat(p).contains("surrogate"));
        List<String> yaml = problems("sur.yaml", HEAD + "  - {key: a.flag, value: true, source: \"\\ud800\"}\n");
        assertThat(yaml).singleElement().asString().contains(":4:").contains("surrogate");
    }

    @Test
    void datesOutsideTheYears1900To2200AreInvalid() throws IOException {
        List<String> farPast = problems("past.json", "{\"country\": {\"code\": \"XA\"}, \"assessedOn\": \"-999999999-01-01\", \"evidence\": []}");
        assertThat(farPast).singleElement().asString().contains("assessedOn").contains("1900").contains("2200");
        List<String> farFuture = problems("future.json", "{\"country\": {\"code\": \"XA\"}, \"assessedOn\": \"2026-06-30\","
                + " \"evidence\": [{\"key\": \"a.date\", \"value\": \"2201-01-01\"}]}");
        assertThat(farFuture).singleElement().asString().contains("/evidence/0/value").contains("1900").contains("2200");
        assertThat(problems("early.yaml", "country: {code: XA}\nassessedOn: 1899-12-31\nevidence: []\n")).singleElement().asString()
                .contains("1900");
    }

    @Test
    void atMostAThousandProblemsAreListedPerFileInEveryFormat() throws IOException {
        StringBuilder json = new StringBuilder("{\"country\": {\"code\": \"XA\"}, \"assessedOn\": \"2026-06-30\", \"evidence\": [");
        StringBuilder yaml = new StringBuilder(HEAD);
        for (int i = 0; i < 1500; i++) {
            json.append(i == 0 ? "" : ",").append("{\"key\": \"no.such_key").append(i).append("\", \"value\": true}");
            yaml.append("  - {key: no.such_key").append(i).append(", value: true}\n");
        }
        json.append("]}");
        for (List<String> problems : List.of(problems("many.json", json.toString()), problems("many.yaml", yaml.toString()))) {
            assertThat(problems).hasSize(1001);
            assertThat(problems.get(1000)).contains("500 more problems are not listed");
        }
    }
}
