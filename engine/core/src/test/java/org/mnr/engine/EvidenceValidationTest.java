package org.mnr.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mnr.engine.evidence.InvalidEvidenceException;
import org.mnr.engine.evidence.Problem;

class EvidenceValidationTest {

    @TempDir
    Path dir;

    private Path file(String name, String json) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }

    private List<String> problems(String json) throws IOException {
        Path file = file("in.json", json);
        return MiniPack.engine().validate(file, Variants.fromMemberships()).stream().map(Problem::toString).toList();
    }

    private static String doc(String items) {
        return "{\n  \"country\": {\"code\": \"XA\"},\n  \"assessedOn\": \"2026-06-30\",\n  \"evidence\": [\n" + items + "\n  ]\n}\n";
    }

    @Test
    void validEvidenceHasNoProblems() throws IOException {
        assertThat(problems(doc("    {\"key\": \"a.flag\", \"value\": true, \"source\": \"s\", \"note\": \"n\"}"))).isEmpty();
    }

    @Test
    void misspeltKeyIsNamedWithItsPlaceAndASuggestion() throws IOException {
        assertThat(problems(doc("    {\"key\": \"a.falg\", \"value\": true}")))
                .singleElement().asString()
                .contains("in.json:5:")
                .contains("/evidence/0/key")
                .contains("unknown evidence key 'a.falg'")
                .contains("did you mean 'a.flag'?");
    }

    @Test
    void everyProblemIsReportedAtOnce() throws IOException {
        List<String> problems = problems(doc(String.join(",\n",
                "    {\"key\": \"a.flag\", \"value\": \"yes\"}",
                "    {\"key\": \"a.count\", \"value\": 101}",
                "    {\"key\": \"a.kind\", \"value\": \"w\"}",
                "    {\"key\": \"a.date\", \"value\": \"2023-02-29\"}",
                "    {\"key\": \"a.set\", \"value\": [\"p\", \"p\"]}",
                "    {\"key\": \"a.flag\", \"value\": true}")));
        assertThat(problems).hasSize(6);
        assertThat(problems.get(0)).contains(":5:").contains("a.flag takes true or false, not the string \"yes\"");
        assertThat(problems.get(1)).contains(":6:").contains("a.count is 101, out of range").contains("from 0 to 100");
        assertThat(problems.get(2)).contains(":7:").contains("'w', not an allowed value").contains("allowed: x, y, z");
        assertThat(problems.get(3)).contains(":8:").contains("'2023-02-29', not a valid ISO date");
        assertThat(problems.get(4)).contains("/evidence/4/value/1").contains("lists 'p' twice");
        assertThat(problems.get(5)).contains(":10:").contains("key a.flag is given twice").contains("/evidence/0");
    }

    @Test
    void malformedJsonNamesLineAndColumn() throws IOException {
        assertThat(problems("{\n  \"country\": {\"code\": \"XA\"},\n  \"assessedOn\": \"2026-06-30\"\n  \"evidence\": []\n}"))
                .singleElement().asString().startsWith(dir.resolve("in.json") + ":4:").contains("not valid JSON");
    }

    @Test
    void missingRequiredFieldsAreEachNamed() throws IOException {
        assertThat(problems("{\"country\": {\"name\": \"X\"}, \"evidence\": [{\"value\": 1}]}"))
                .anySatisfy(p -> assertThat(p).contains("country.code is missing"))
                .anySatisfy(p -> assertThat(p).contains("assessedOn is missing"))
                .anySatisfy(p -> assertThat(p).contains("/evidence/0").contains("has no key"));
    }

    @Test
    void unknownTopLevelFieldGetsASuggestion() throws IOException {
        assertThat(problems("{\"country\": {\"code\": \"XA\"}, \"assesedOn\": \"2026-06-30\", \"evidence\": []}"))
                .anySatisfy(p -> assertThat(p).contains("unknown field 'assesedOn'").contains("did you mean 'assessedOn'?"));
    }

    @Test
    void badCountryCodeAndMembershipAreRejected() throws IOException {
        assertThat(problems("{\"country\": {\"code\": \"ZZ\", \"memberships\": [\"coe\"]}, \"assessedOn\": \"2026-06-30\", \"evidence\": []}"))
                .anySatisfy(p -> assertThat(p).contains("country code 'ZZ' is not an ISO 3166-1 alpha-2 code"))
                .anySatisfy(p -> assertThat(p).contains("unknown membership 'coe'").contains("did you mean 'CoE'?"));
    }

    @Test
    void emptyFileAndNonObjectAreRejected() throws IOException {
        assertThat(problems("")).singleElement().asString().contains("the file is empty");
        assertThat(problems("[1, 2]")).singleElement().asString().contains("not a JSON object");
    }

    @Test
    void assessingInvalidEvidenceThrowsWithEveryProblemAndScoresNothing() throws IOException {
        Path file = file("bad.json", doc("    {\"key\": \"a.flag\", \"value\": 1},\n    {\"key\": \"nope\", \"value\": 1}"));
        assertThatThrownBy(() -> MiniPack.engine().assess(file))
                .isInstanceOfSatisfying(InvalidEvidenceException.class, e -> assertThat(e.problems()).hasSize(2));
    }

    @Test
    void missingFileIsAProblemNotACrash() {
        assertThat(MiniPack.engine().validate(dir.resolve("absent.json"), Variants.fromMemberships()))
                .singleElement().asString().contains("absent.json").contains("no such file");
    }
}
