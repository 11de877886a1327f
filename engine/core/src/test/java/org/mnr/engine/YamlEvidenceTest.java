package org.mnr.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mnr.engine.evidence.Evidence;
import org.mnr.engine.evidence.ParsedEvidence;
import org.mnr.engine.evidence.Problem;

/** YAML evidence mirrors the JSON document and scores the same, with problems placed by line and column. */
class YamlEvidenceTest {

    private static final String JSON = """
            {
              "country": {"code": "XA", "name": "Testland", "memberships": []},
              "assessedOn": "2026-06-30",
              "evidence": [
                {"key": "a.flag", "value": true, "source": "Decree 1"},
                {"key": "a.kind", "value": "y"},
                {"key": "a.count", "value": 42, "note": "2025 report"},
                {"key": "a.date", "value": "2024-02-29"},
                {"key": "a.set", "value": ["p", "r"]},
                {"key": "b.one", "value": null}
              ]
            }
            """;

    private static final String YAML = """
            # The same evidence as JSON above.
            country:
              code: XA
              name: Testland
              memberships: []
            assessedOn: 2026-06-30
            evidence:
              - key: a.flag
                value: true
                source: Decree 1
              - {key: a.kind, value: y}
              - key: a.count
                value: 42
                note: 2025 report
              - key: a.date
                value: 2024-02-29
              - key: a.set
                value: [p, r]
              - key: b.one
                value:
            """;

    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private List<String> problems(String name, String text) throws IOException {
        return MiniPack.engine().validate(file(name, text), Variants.fromMemberships()).stream().map(Problem::toString).toList();
    }

    @Test
    void yamlScoresExactlyAsTheSameJson() throws IOException {
        String fromJson = MiniPack.engine().assess(file("xa.json", JSON)).toJson();
        String fromYaml = MiniPack.engine().assess(file("xa.yaml", YAML)).toJson();
        assertThat(fromYaml).isEqualTo(fromJson);
        assertThat(fromYaml).contains("\"value\": 42").contains("\"source\": \"Decree 1\"");
    }

    @Test
    void aQuotedEmptyStringIsAValueNotNull() throws IOException {
        assertThat(problems("xa.yaml", YAML.replace("value: y}", "value: ''}"))).singleElement().asString()
                .contains("a.kind is '', not an allowed value");
    }

    @Test
    void ymlExtensionIsYamlToo() throws IOException {
        Evidence evidence = Evidence.read(file("xa.yml", YAML));
        assertThat(evidence.items()).hasSize(6);
        assertThat(evidence.items().get(2).note()).isEqualTo("2025 report");
    }

    @Test
    void wrongValueIsPlacedByLineAndColumn() throws IOException {
        String bad = YAML.replace("value: true", "value: yes");
        assertThat(problems("xa.yaml", bad)).singleElement().asString()
                .startsWith(dir.resolve("xa.yaml") + ":9:12: /evidence/0/value: ")
                .contains("a.flag takes true or false, not the string \"yes\"");
    }

    @Test
    void unknownKeyAndDuplicateKeyNameTheirLines() throws IOException {
        String bad = YAML.replace("key: a.kind", "key: a.knid").replace("key: b.one", "key: a.flag");
        List<String> problems = problems("xa.yaml", bad);
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0)).contains(":11:").contains("/evidence/1/key").contains("did you mean 'a.kind'?");
        assertThat(problems.get(1)).contains(":19:").contains("key a.flag is given twice").contains("/evidence/0 (line 9)");
    }

    @Test
    void norwaysCodeIsAStringNotFalse() throws IOException {
        assertThat(Evidence.read(file("no.yaml", YAML.replace("code: XA", "code: NO"))).country().code()).isEqualTo("NO");
    }

    @Test
    void badCountryCodeNamesItsLine() throws IOException {
        assertThat(problems("xa.yaml", YAML.replace("code: XA", "code: ZZ"))).singleElement().asString()
                .contains("xa.yaml:3:9: /country/code: country code 'ZZ'");
    }

    @Test
    void malformedYamlIsOneProblemWithItsLine() throws IOException {
        assertThat(problems("xa.yaml", "country:\n  code: XA\n assessedOn: [\n")).singleElement().asString()
                .contains("xa.yaml:").contains("not valid YAML");
    }

    @Test
    void aListOrAScalarIsNotAnEvidenceDocument() throws IOException {
        assertThat(problems("xa.yaml", "- 1\n- 2\n")).singleElement().asString().contains("not a YAML mapping");
        assertThat(problems("xa.yaml", "# only a comment\n")).singleElement().asString().contains("holds no YAML value");
    }

    @Test
    void oddYamlValuesAreProblemsNotCrashes() throws IOException {
        assertThat(problems("xa.yaml", YAML.replace("value: 42", "value: !!binary aGVsbG8=")))
                .singleElement().asString().contains("/evidence/2/value");
        assertThat(problems("xa.yaml", YAML.replace("value: 42", "value: .inf")))
                .singleElement().asString().contains("xa.yaml:13:12:").contains("'.inf' is not a finite number");
        // Issue 13: anchors and aliases are refused, each where it stands, rather than an alias read as the string "s".
        assertThat(problems("xa.yaml", YAML.replace("value: [p, r]", "value: &s [p, r]").replace("value:\n", "value: *s\n")))
                .satisfiesExactly(anchor -> assertThat(anchor).contains("xa.yaml:18:12:").contains("anchor (&s)"),
                        alias -> assertThat(alias).contains("/evidence/5/value").contains("alias (*s)"));
    }

    @Test
    void twoDocumentsAreRefused() throws IOException {
        assertThat(problems("xa.yaml", YAML + "---\ncountry: {code: XB}\n")).singleElement().asString()
                .contains("more content after the YAML mapping");
    }

    @Test
    void parseKeepsWhatCouldBeReadOfAnIncompleteDocument() throws IOException {
        ParsedEvidence parsed = Evidence.parse(file("xa.yaml", YAML.replace("assessedOn: 2026-06-30\n", "")));
        assertThat(parsed.evidence()).isNull();
        assertThat(parsed.partial().items()).hasSize(6);
        assertThat(parsed.problems()).singleElement().asString().contains("assessedOn is missing");
    }

    @Test
    void aWorkbookWithoutTheWorkbookLibraryNamesTheArtifactToAdd() throws IOException {
        assertThat(problems("xa.xlsx", "not read")).singleElement().asString()
                .contains("is an Excel workbook, and no reader of workbooks is on the class path").contains("org.mnr:mnr-workbook")
                .doesNotContain("command line");
    }
}
