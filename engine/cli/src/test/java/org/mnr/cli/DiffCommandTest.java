package org.mnr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {

    private static final String BEFORE = Engines.FIXTURES.resolve("xc-cordessa-2025.json").toString();
    private static final String AFTER = Engines.FIXTURES.resolve("xc-cordessa-2026.json").toString();

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    private static JsonNode json(CliRun run) throws IOException {
        assertThat(run.exit()).as(run.err()).isZero();
        return new ObjectMapper().readTree(run.out());
    }

    private static JsonNode capability(JsonNode diff, int id) {
        for (JsonNode capability : diff.path("capabilities")) {
            if (capability.path("id").asInt() == id) {
                return capability;
            }
        }
        throw new AssertionError("no capability " + id);
    }

    private static JsonNode criterion(JsonNode diff, String id) {
        for (JsonNode capability : diff.path("capabilities")) {
            for (JsonNode criterion : capability.path("criteria")) {
                if (criterion.path("id").asText().equals(id)) {
                    return criterion;
                }
            }
        }
        throw new AssertionError("no change of " + id + " in " + diff);
    }

    @Test
    void cordessaAYearApartNamesWhatMovedAndWhy() throws IOException {
        CliRun run = CliRun.of("diff", BEFORE, AFTER);
        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .startsWith("Cordessa (XC), 2025-09-30 -> 2026-09-30\n")
                .contains("Both evidence files were scored now with the same packs (mnr 2.0.0, coe 2.0.0; engine 1.0.0): every change comes from the evidence.")
                // Content 2.0.0: the overall and capability 2 figures are those of the fixtures' golden results
                // fixtures/expected/xc-cordessa-2025.json and -2026.json (checked there against the independent oracle).
                .contains("Overall score 51.5 -> 71.6 (+20.1), coverage 0.653 -> 0.845 (+0.192)")
                .contains("  2  Research, Analysis and Monitoring           1 Building -> 3 Established     25.0 -> 83.3 (+58.3)")
                .contains("2 Research, Analysis and Monitoring: level 1 Building -> 3 Established")
                .contains("  C02.L2.prevalence-survey: unmet -> met, from the evidence\n"
                        + "    A national prevalence survey was carried out in the last 5 years\n"
                        + "    research.prevalence_survey.last_date: 2019-10-22 -> 2025-04-22")
                .contains("  C01.L3.evidence-informed: unmet -> met, from the systems approach\n")
                .contains("capability 2, whose level it reads, went from level 1 to 3")
                .contains("  C06.L4.treatment-coverage: met -> unmet, from the evidence\n")
                .contains("offender.treatment_coverage_pct: 84 -> 49")
                .contains("Evidence that moved")
                .contains("changed  coe.barnahus.standards_coverage_pct: 49 -> 74 (Minutes of the national board, 2025)");
    }

    @Test
    void jsonDiffAgreesWithBothResults() throws IOException {
        JsonNode diff = json(CliRun.of("diff", "--format", "json", BEFORE, AFTER));
        JsonNode before = new ObjectMapper().readTree(CliRun.of("score", BEFORE).out());
        JsonNode after = new ObjectMapper().readTree(CliRun.of("score", AFTER).out());
        assertThat(diff.path("rules").path("changed").asBoolean()).isFalse();
        assertThat(diff.path("warnings")).isEmpty();
        assertThat(diff.path("capabilities")).hasSize(21);
        for (int i = 0; i < 21; i++) {
            JsonNode change = diff.path("capabilities").get(i);
            assertThat(change.path("level").path("before").asInt()).isEqualTo(before.path("capabilities").get(i).path("level").asInt());
            assertThat(change.path("level").path("after").asInt()).isEqualTo(after.path("capabilities").get(i).path("level").asInt());
            assertThat(change.path("score").path("after").asDouble()).isEqualTo(after.path("capabilities").get(i).path("score").asDouble());
            int changedStatuses = 0;
            for (int c = 0; c < after.path("capabilities").get(i).path("criteria").size(); c++) {
                String was = before.path("capabilities").get(i).path("criteria").get(c).path("status").asText();
                String is = after.path("capabilities").get(i).path("criteria").get(c).path("status").asText();
                changedStatuses += was.equals(is) ? 0 : 1;
            }
            assertThat(change.path("criteria")).as("capability " + (i + 1)).hasSize(changedStatuses);
        }
        JsonNode prevalence = criterion(diff, "C02.L2.prevalence-survey");
        assertThat(prevalence.path("before").asText()).isEqualTo("unmet");
        assertThat(prevalence.path("after").asText()).isEqualTo("met");
        assertThat(prevalence.path("cause").asText()).isEqualTo("evidence");
        assertThat(prevalence.path("evidence").get(0).path("before").asText()).isEqualTo("2019-10-22");
        assertThat(criterion(diff, "C01.L3.evidence-informed").path("cause").asText()).isEqualTo("dependency");
        assertThat(capability(diff, 2).path("level").path("afterName").asText()).isEqualTo("Established");
    }

    @Test
    void sameInputGivesTheSameBytes() {
        assertThat(CliRun.of("diff", "--format", "json", BEFORE, AFTER).out()).isEqualTo(CliRun.of("diff", "--format", "json", BEFORE, AFTER).out());
    }

    @Test
    void markdownHasATableAndASectionPerCapabilityThatMoved() {
        CliRun run = CliRun.of("diff", "--format", "md", BEFORE, AFTER);
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("# Cordessa (XC): 2025-09-30 to 2026-09-30\n")
                .contains("| # | Capability | Level | Score | Coverage |")
                .contains("| 2 | **Research, Analysis and Monitoring** | 1 Building -> 3 Established |")
                .contains("## 2 Research, Analysis and Monitoring")
                .contains("| `C02.L2.prevalence-survey`<br>A national prevalence survey was carried out in the last 5 years | unmet → met | evidence |"
                        + " `research.prevalence_survey.last_date`: 2019-10-22 → 2025-04-22 |")
;
        // In content 2.0.0 every capability has a criterion whose status differs between the two golden results
        // (fixtures/expected/xc-cordessa-2025.json and -2026.json), so each has its section.
        for (int capability = 1; capability <= 21; capability++) {
            assertThat(run.out()).contains("\n## " + capability + " ");
        }
    }

    @Test
    void theSameEvidenceAYearLaterMovesOnlyByTheDate() throws IOException {
        String evidence = """
                {"country": {"code": "XA"}, "assessedOn": "%s",
                 "evidence": [{"key": "governance.strategy.adopted_date", "value": "2021-06-30"}]}
                """;
        Path before = write("2026.json", evidence.formatted("2026-06-30"));
        Path after = write("2027.json", evidence.formatted("2027-06-30"));
        JsonNode diff = json(CliRun.of("diff", "--format", "json", before.toString(), after.toString()));
        JsonNode strategy = criterion(diff, "C01.L2.current-strategy");
        assertThat(strategy.path("before").asText()).isEqualTo("met");
        assertThat(strategy.path("after").asText()).isEqualTo("unmet");
        assertThat(strategy.path("cause").asText()).isEqualTo("date");
        assertThat(strategy.path("why").asText()).contains("assessment date moved from 2026-06-30 to 2027-06-30");
        assertThat(diff.path("evidence")).isEmpty();
    }

    @Test
    void joiningTheCouncilOfEuropeBringsItsCriteriaThroughTheMemberships() throws IOException {
        String evidence = """
                {"country": {"code": "XA", "memberships": %s}, "assessedOn": "2026-06-30",
                 "evidence": [{"key": "governance.body.exists", "value": true}]}
                """;
        Path before = write("before.json", evidence.formatted("[]"));
        Path after = write("after.json", evidence.formatted("[\"CoE\"]"));
        JsonNode diff = json(CliRun.of("diff", "--format", "json", before.toString(), after.toString()));
        assertThat(diff.path("rules").path("changed").asBoolean()).isFalse();
        assertThat(diff.path("rules").path("summary").asText()).contains("coe applies after only").contains("memberships (none) -> CoE");
        // coe 2.0.0 adds COE.C01.L4.lanzarote-monitoring, which reads a key this evidence does not give.
        JsonNode lanzarote = criterion(diff, "COE.C01.L4.lanzarote-monitoring");
        assertThat(lanzarote.path("before").isNull()).isTrue();
        assertThat(lanzarote.path("after").asText()).isEqualTo("unknown");
        assertThat(lanzarote.path("cause").asText()).isEqualTo("memberships");
    }

    @Test
    void resultsScoredByDifferentPackVersionsSayTheRulesChanged() throws IOException {
        String result = CliRun.of("score", BEFORE).out();
        Path old = write("old.json", result);
        // The same evidence scored by a later coe pack that decides one criterion differently.
        String later = result.replace("\"id\": \"coe\",\n      \"version\": \"2.0.0\"", "\"id\": \"coe\",\n      \"version\": \"2.1.0\"");
        assertThat(later).isNotEqualTo(result);
        JsonNode parsed = new ObjectMapper().readTree(later);
        String flipped = null;
        for (JsonNode capability : parsed.path("capabilities")) {
            for (JsonNode criterion : capability.path("criteria")) {
                if (flipped == null && criterion.path("status").asText().equals("unmet") && criterion.path("capabilities").isMissingNode()) {
                    flipped = criterion.path("id").asText();
                }
            }
        }
        assertThat(flipped).isNotNull();
        later = later.replaceFirst("(\"id\": \"" + java.util.regex.Pattern.quote(flipped) + "\",\\s*\"level\": \\d,\\s*\"weight\": \\d,\\s*\"status\": )\"unmet\"", "$1\"met\"");
        Path now = write("new.json", later);
        JsonNode diff = json(CliRun.of("diff", "--format", "json", old.toString(), now.toString()));
        assertThat(diff.path("before").path("kind").asText()).isEqualTo("result");
        assertThat(diff.path("rules").path("changed").asBoolean()).isTrue();
        assertThat(diff.path("rules").path("details").toString()).contains("coe 2.0.0 -> 2.1.0");
        JsonNode change = criterion(diff, flipped);
        assertThat(change.path("cause").asText()).isEqualTo("rules");
        assertThat(change.path("why").asText()).contains("the evidence it reads is the same").contains("coe 2.0.0 -> 2.1.0");
        assertThat(diff.path("evidence")).isEmpty();
    }

    @Test
    void aResultAndTheEvidenceItCameFromShowNoChange() throws IOException {
        Path result = write("result.json", CliRun.of("score", BEFORE).out());
        CliRun run = CliRun.of("diff", result.toString(), BEFORE);
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Before: " + result + " (result)").contains("(evidence, scored now)")
                .contains("Evidence: 0 keys added, 0 removed, 0 changed").contains("No capability moved.");
    }

    @Test
    void differentCountriesAreComparedWithAWarning() {
        CliRun run = CliRun.of("diff", Engines.FIXTURES.resolve("xa-arvenia-2026.json").toString(), AFTER);
        assertThat(run.exit()).isZero();
        assertThat(run.err()).contains("mnr: warning: the two files describe different countries, Arvenia (XA) before and Cordessa (XC) after");
        assertThat(run.out()).contains("Warning: the two files describe different countries");
    }

    @Test
    void workbookAndYamlEvidenceCompareAsTheirJson() throws IOException {
        Path workbook = dir.resolve("before.xlsx");
        assertThat(CliRun.of("template", "--from", BEFORE, "-o", workbook.toString()).exit()).isZero();
        String fromJson = CliRun.of("diff", "--format", "json", BEFORE, AFTER).out();
        String fromWorkbook = CliRun.of("diff", "--format", "json", workbook.toString(), AFTER).out();
        assertThat(fromWorkbook.replace(workbook.toString(), BEFORE)).isEqualTo(fromJson);
    }

    @Test
    void invalidEvidenceExitsTwoAndPrintsNoComparison() throws IOException {
        Path bad = write("bad.json", "{\"country\": {\"code\": \"XC\"}, \"assessedOn\": \"2026-06-30\", \"evidence\": [{\"key\": \"nope\", \"value\": 1}]}");
        CliRun run = CliRun.of("diff", BEFORE, bad.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("bad.json").contains("unknown evidence key 'nope'");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aBrokenResultIsAUsageError() throws IOException {
        Path broken = write("broken.json", "{\"capabilities\": [], \"country\": {\"code\": \"XC\"}, \"assessedOn\": \"yesterday\"}");
        CliRun run = CliRun.of("diff", broken.toString(), AFTER);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("broken.json: not a result written by 'mnr score'");
    }

    @Test
    void helpExplainsInputsAndCauses() {
        CliRun run = CliRun.of("diff", "--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Usage: mnr diff").contains("BEFORE").contains("AFTER").contains("--format").contains("md")
                .contains("rules");
    }
}
