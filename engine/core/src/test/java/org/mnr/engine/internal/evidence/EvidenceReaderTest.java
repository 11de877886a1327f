package org.mnr.engine.internal.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.MethodSource;
import org.mnr.engine.evidence.ParsedEvidence;
import org.mnr.engine.evidence.Place;
import org.mnr.engine.evidence.Problem;

/** What the reader says about files that are not evidence JSON: in plain words, at the right place, one line each. */
class EvidenceReaderTest {

    private static final String VALID = "{\"country\": {\"code\": \"XA\", \"name\": \"Économie\"}, \"assessedOn\": \"2026-06-30\", "
            + "\"evidence\": [{\"key\": \"a.flag\", \"value\": true}]}";

    private static ParsedEvidence read(byte[] bytes) {
        return new EvidenceReader().read(bytes, "in.json");
    }

    private static ParsedEvidence read(String json) {
        return read(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String problem(String json) {
        List<Problem> problems = read(json).problems();
        assertThat(problems).hasSize(1);
        return problems.get(0).toString();
    }

    /** A malformed document, where its problem is, and what the message and hint say. */
    record Malformed(String json, String place, String message, String hint) {
        @Override
        public String toString() {
            return json.replace("\n", "\\n");
        }
    }

    static List<Malformed> malformed() {
        return List.of(
                new Malformed("{\"country\": {\"code\": \"XA\"},}", "1:28", "a comma before '}' leaves an empty field",
                        "remove the last comma"),
                new Malformed("{\"evidence\": [1, 2,]}", "1:20", "a comma before ']' leaves an empty item", "remove the last comma"),
                new Malformed("{'country': 1}", "1:2", "a field name in single quotes", "double quotes"),
                new Malformed("{country: 1}", "1:2", "'c' where a field name in double quotes should be", "double quotes"),
                new Malformed("// evidence\n{}", "1:1", "JSON has no comments", "\"note\""),
                new Malformed("{\"$schema\": yes}", "1:13", "'yes' is not a JSON value", "lower case"),
                new Malformed("{\"$schema\": NaN}", "1:16", "'NaN' is not a JSON number", "null if it is not known"),
                new Malformed("{\"$schema\": 1 \"country\": 2}", "1:15", "'\"' where a comma should separate the object's fields",
                        "add the missing comma"),
                new Malformed("{\"$schema\" 1}", "1:12", "'1' where a colon should follow the field name", "\"name\": value"),
                new Malformed("{\"$schema\": \"x\ny\"}", "1:15", "a line break inside a string", "\\n"),
                new Malformed("{\"$schema\": [1, 2}", "1:18", "'}' where ']' should close the array opened at 1:13", "]"),
                new Malformed("{\"$schema\": [1, 2", "1:18", "the file ends before the array opened at 1:13 is closed", "cut short"),
                new Malformed("{\"$schema\": \"abc", "1:17", "the file ends inside a string", "cut short"),
                new Malformed("{\"$schema\": -", "1:14", "the file ends inside a number", "cut short"),
                new Malformed("{\"$schema\": {}", "1:15", "the file ends before the object opened at 1:1 is closed", "cut short"),
                new Malformed("{\"$schema\": 1}}", "1:15", "'}' closes nothing", "remove it"),
                new Malformed("{\"$schema\": 007}", "1:14", "invalid number: leading zeroes not allowed", "36"),
                new Malformed("{\"$schema\": \"\\x\"}", "1:15", "\\x is not a JSON escape", "backslash"),
                new Malformed("{\"$schema\": \"\u0001\"}", "1:14", "the control character U+0001 inside a string", "\\t"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void malformedJsonIsExplainedInPlainWordsAtItsPlace(Malformed malformed) {
        String line = problem(malformed.json());
        assertThat(line).startsWith("in.json:" + malformed.place() + ":").contains("not valid JSON: " + malformed.message())
                .contains(malformed.hint());
        assertThat(line).doesNotContainPattern("Jackson|Feature|Source|StreamRead|`|\\(code|CTRL-CHAR|Exception");
    }

    @Test
    void contentAfterTheDocumentIsAProblemOfItsOwn() {
        assertThat(problem(VALID + "\n{}")).isEqualTo("in.json:2:1: more content after the JSON object;"
                + " an evidence file holds exactly one JSON object");
    }

    @Test
    void columnsCountCharactersNotBytes() {
        assertThat(problem("{\"country\": {\"name\": \"Économie\" \"code\": \"XA\"}}")).startsWith("in.json:1:33:");
    }

    @Test
    void aUtf8ByteOrderMarkIsAllowedAndChangesNothing() {
        byte[] plain = VALID.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream withBom = new ByteArrayOutputStream();
        withBom.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        withBom.writeBytes(plain);
        ParsedEvidence bom = read(withBom.toByteArray());
        assertThat(bom.problems()).isEmpty();
        assertThat(bom.evidence()).isEqualTo(read(plain).evidence());
        assertThat(read("\uFEFF\uFEFF" + VALID).problems()).singleElement().asString()
                .startsWith("in.json:1:1:").contains("'\\uFEFF' where a value should be");
    }

    @Test
    void otherEncodingsAreNamedWithTheFix() {
        assertThat(read(VALID.getBytes(StandardCharsets.UTF_16)).problems()).singleElement().asString()
                .isEqualTo("in.json:1:1: the file is UTF-16 text (it starts with a UTF-16 byte order mark), not UTF-8; "
                        + "save the file as UTF-8 text, e.g. in Notepad with Save as, Encoding: UTF-8");
        assertThat(read(VALID.getBytes(StandardCharsets.UTF_16LE)).problems()).singleElement().asString()
                .contains("looks like UTF-16 text").contains("save the file as UTF-8");
        assertThat(read(("{\n  \"country\": {\"name\": \"Économie\"}}").getBytes(StandardCharsets.ISO_8859_1)).problems())
                .singleElement().asString()
                .isEqualTo("in.json:2:24: the file is not UTF-8 text: byte 0xC9 cannot be read as UTF-8; save the file as UTF-8 text;"
                        + " it may be in a legacy encoding such as Windows-1252 or Latin-1");
    }

    @Test
    void binaryDataIsNotText() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThat(read(png).problems()).singleElement().asString().startsWith("in.json:").contains("the file is not text");
        assertThat(read(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3, 4, 5, 6}).problems())
                .singleElement().asString().contains("the file is not text: it holds binary data");
    }

    @Test
    void emptyAndBlankFilesSaySo() {
        assertThat(problem("")).startsWith("in.json:1:1: the file is empty;");
        assertThat(problem(" \n\t\r\n ")).startsWith("in.json:1:1: the file holds only white space;");
    }

    @Test
    void documentsOtherThanAnObjectAreNamed() {
        assertThat(problem("[" + "1,".repeat(20_000) + "1]")).startsWith("in.json:1:1: the document is an array, not a JSON object");
        assertThat(problem("\"evidence\"")).contains("the document is the string \"evidence\", not a JSON object");
        assertThat(problem("42")).contains("the document is a number, not a JSON object");
        assertThat(problem("null")).contains("the document is null, not a JSON object");
    }

    @Test
    void everyProblemStaysOnOneLineWhateverTheFileHolds() {
        String json = "{\"country\": {\"code\": \"XA\"}, \"assessedOn\": \"2026-06-30\", \"evidence\": [], "
                + "\"evil\\nfield\\u001b[2J\\u202e\": 1}";
        String line = problem(json);
        assertThat(line).doesNotContain("\n").doesNotContain("\u001b").doesNotContain("\u202e")
                .contains("unknown field 'evil\\nfield\\u001B[2J\\u202E'");
    }

    @Test
    void longTextIsShortenedInMessages() {
        String json = "{\"country\": {\"code\": \"XA\"}, \"assessedOn\": \"" + "9".repeat(5000) + "\", \"evidence\": []}";
        assertThat(problem(json)).hasSizeLessThan(300).contains("...");
    }

    @Test
    void aFloodOfProblemsIsCutAfterTheFirstThousand() {
        String fields = IntStream.range(0, 1500).mapToObj(i -> "\"extra" + i + "\": " + i).collect(Collectors.joining(", "));
        List<Problem> problems = read("{\"country\": {\"code\": \"XA\"}, \"assessedOn\": \"2026-06-30\", \"evidence\": [], " + fields + "}")
                .problems();
        assertThat(problems).hasSize(EvidenceReader.MAX_LISTED_PROBLEMS + 1);
        assertThat(problems.get(0).toString()).contains("unknown field 'extra0'");
        assertThat(problems.get(problems.size() - 1).toString()).isEqualTo("in.json: 500 more problems are not listed;"
                + " fix the problems above and check the file again");
    }

    @Test
    void problemsFoundAfterReadingAreGivenTheirPlaceInTheFile() {
        ParsedEvidence parsed = read("{\n  \"country\": {\"code\": \"ZZ\", \"memberships\": [\"EU\", \"XY\"]},\n"
                + "  \"assessedOn\": \"2026-06-30\", \"evidence\": []\n}");
        List<Problem> later = List.of(
                Problem.error("in.json", Place.at("/country/memberships/1"), "unknown membership 'XY'", null),
                Problem.error("in.json", Place.at("/country/code"), "country code 'ZZ' is not an ISO 3166-1 alpha-2 code", null),
                Problem.error("in.json", Place.at("/country/nowhere/deeper"), "falls back to the closest parent", null),
                Problem.error("other.json", Place.at("/country/code"), "another file's problem is left alone", null));
        assertThat(parsed.located(later)).extracting(Problem::toString).containsExactly(
                "in.json:2:14: /country/nowhere/deeper: falls back to the closest parent",
                "in.json:2:23: /country/code: country code 'ZZ' is not an ISO 3166-1 alpha-2 code",
                "in.json:2:51: /country/memberships/1: unknown membership 'XY'",
                "other.json: /country/code: another file's problem is left alone");
    }
}
