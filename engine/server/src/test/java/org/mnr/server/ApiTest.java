package org.mnr.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mnr.engine.Variants;
import org.mnr.engine.evidence.Problem;

/** Every endpoint of {@code /api}, with good input and with bad, over real HTTP on loopback. */
class ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long LIMIT = 256 * 1024;

    @TempDir
    static Path workspace;

    private static Served served;

    @BeforeAll
    static void start() {
        served = new Served(ServerSettings.local(workspace).withLimits(LIMIT, Duration.ofSeconds(30)));
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    static Stream<String> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(Served.EVIDENCE)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList().stream();
        }
    }

    private static String fixture(String name) throws IOException {
        return Files.readString(Served.EVIDENCE.resolve(name));
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    /** The body of a refusal: problems, each with its message, and nothing of a library's or Java's wording. */
    private static JsonNode problems(HttpResponse<String> response) throws IOException {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(response.body()).doesNotContainIgnoringCase("jackson").doesNotContain("Exception").doesNotContain("at org.")
                .doesNotContain("jetty").doesNotContain("\tat ");
        JsonNode problems = json(response).get("problems");
        assertThat(problems).isNotNull();
        assertThat(problems.size()).isPositive();
        problems.forEach(p -> assertThat(p.get("message").asText()).isNotBlank());
        return problems;
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void assessingAFixtureGivesTheGoldenResultMnrScoreGives(String name) throws IOException {
        HttpResponse<String> response = served.post("/api/assess", fixture(name));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(Files.readString(Served.EXPECTED.resolve(name)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"html", "md", "csv", "text"})
    void assessGivesEachReport(String format) throws IOException {
        HttpResponse<String> response = served.post("/api/assess?format=" + format, fixture("xc-cordessa-2026.json"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Cordessa");
        if (format.equals("html")) {
            assertThat(response.body()).startsWith("<!DOCTYPE html>");
        }
    }

    @Test
    void assessGivesAPdfReport() throws IOException {
        HttpResponse<byte[]> response = served.sendBytes(HttpRequest.newBuilder(served.uri("/api/assess?format=pdf&lang=es"))
                .header("X-MNR-Request", "1").POST(HttpRequest.BodyPublishers.ofString(fixture("xc-cordessa-2026.json"))).build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(response.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void invalidEvidenceGets400WithEveryProblemInTheLibrarysWords() throws IOException {
        String body = """
                {"country": {"code": "XA"}, "assessedOn": "2026-01-01", "evidence": [
                  {"key": "hotline.exists", "value": "yes"},
                  {"key": "no.such.key", "value": true}
                ]}""";
        HttpResponse<String> response = served.post("/api/assess", body);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problems = problems(response);
        var parsed = Served.engine().evidenceReader().read(body.getBytes(StandardCharsets.UTF_8), Problems.REQUEST);
        List<Problem> library = Served.engine().validate(parsed, Variants.fromMemberships()).stream()
                .filter(p -> p.severity() == Problem.Severity.ERROR).toList();
        assertThat(library).hasSize(2);
        List<String> messages = new ArrayList<>();
        problems.forEach(p -> messages.add(p.get("message").asText()));
        assertThat(messages).containsAll(library.stream().map(Problem::message).toList());
        assertThat(problems.get(0).get("place").get("pointer").asText()).isEqualTo("/evidence/0/value");
        assertThat(problems.get(0).get("text").asText()).isEqualTo(library.get(0).toString());
    }

    @Test
    void everyProblemCarriesItsStableCodeAsDocumented() throws IOException {
        HttpResponse<String> response = served.post("/api/validate",
                "{\"country\": {\"code\": \"ZZ\"}, \"assessedOn\": \"2026-01-01\", \"evidence\": [{\"key\": \"governance.body.exist\", \"value\": true}]}");

        assertThat(response.statusCode()).isEqualTo(400);
        // The codes of docs/problem-codes.md, which a portal maps to its own messages; never the Java constant's name.
        assertThat(problems(response)).extracting(p -> p.get("code").asText())
                .containsExactly("evidence.unknown-country", "evidence.unknown-key");
    }

    @Test
    void malformedJsonGets400NamingWhere() throws IOException {
        HttpResponse<String> response = served.post("/api/assess", "{\"country\": {\"code\": \"XA\"},\n  \"assessedOn\": ");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(problems(response).get(0).get("place").get("line").asInt()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"[1, 2]", "\"evidence\"", "{\"country\": 7, \"assessedOn\": true, \"evidence\": {}}", ""})
    void wrongTypesGet400(String body) throws IOException {
        HttpResponse<String> response = served.post("/api/assess", body);

        assertThat(response.statusCode()).isEqualTo(400);
        problems(response);
    }

    @Test
    void aBodyDeclaredOverTheLimitGets413BeforeItIsSentAndTheServerGoesOn() throws IOException {
        String answer = raw("POST /api/assess HTTP/1.1\r\nHost: 127.0.0.1\r\nX-MNR-Request: 1\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + (LIMIT + 1) + "\r\nConnection: close\r\n\r\n{\"country\"");

        assertThat(answer).startsWith("HTTP/1.1 413").contains("larger than the limit of " + LIMIT + " bytes");
        assertThat(served.post("/api/assess", fixture("xa-arvenia-2026.json")).statusCode()).isEqualTo(200);
    }

    @Test
    void aBodyWithoutLengthIsCutAtTheLimit() throws IOException {
        // Chunked, so the server learns the size only by reading: it stops at the limit.
        StringBuilder request = new StringBuilder("POST /api/validate HTTP/1.1\r\nHost: 127.0.0.1\r\nX-MNR-Request: 1\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n");
        String chunk = " ".repeat(64 * 1024);
        for (long sent = 0; sent <= LIMIT; sent += chunk.length()) {
            request.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
        }
        request.append("0\r\n\r\n");

        assertThat(raw(request.toString())).startsWith("HTTP/1.1 413");
        assertThat(served.get("/api/packs").statusCode()).isEqualTo(200);
    }

    /** Sends bytes as they are, for requests an HTTP client would not send, and reads the answer until the server closes. */
    private static String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", served.server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            } catch (IOException e) {
                // The server may answer and close before the whole body is written: its answer is still there to read.
            }
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void evidenceOverTheEngineLimitsGets400InTheLibrarysWords() throws IOException {
        int depth = Served.engine().evidenceLimits().maxDepth() + 5;
        String nested = "[".repeat(depth) + "]".repeat(depth);
        String body = "{\"country\": {\"code\": \"XA\"}, \"assessedOn\": \"2026-01-01\", \"evidence\": [{\"key\": \"hotline.exists\", \"value\": "
                + nested + "}]}";

        HttpResponse<String> response = served.post("/api/assess", body);

        assertThat(response.statusCode()).isEqualTo(400);
        var parsed = Served.engine().evidenceReader().read(body.getBytes(StandardCharsets.UTF_8), Problems.REQUEST);
        assertThat(parsed.hasErrors()).isTrue();
        assertThat(problems(response).get(0).get("message").asText()).isEqualTo(parsed.problems().get(0).message());
        assertThat(served.get("/api/packs").statusCode()).isEqualTo(200);
    }

    @Test
    void unknownPathGets404AndWrongMethod405WithAllow() throws IOException {
        HttpResponse<String> unknown = served.get("/api/nothing-here");
        assertThat(unknown.statusCode()).isEqualTo(404);
        problems(unknown);

        HttpResponse<String> wrong = served.send(HttpRequest.newBuilder(served.uri("/api/packs")).header("X-MNR-Request", "1")
                .DELETE().build());
        assertThat(wrong.statusCode()).isEqualTo(405);
        assertThat(wrong.headers().firstValue("Allow")).hasValue("GET");
        problems(wrong);

        assertThat(served.get("/api/assess").statusCode()).isEqualTo(405);
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET /api/packs HTTP/1.1|Host: 127.0.0.1|A header line without a colon||",
        "GARBAGE /api/packs HTTP/9.9|Host: 127.0.0.1|Connection: close||",
        "GET /api/packs%zz HTTP/1.1|Host: 127.0.0.1|Connection: close||"})
    void malformedHttpIsRefusedAsJsonAndTheServerGoesOn(String request) throws IOException {
        String answer = raw(request.replace("|", "\r\n"));
        assertThat(answer).matches("(?s)HTTP/1.1 (400|505) .*").contains("\"problems\"").doesNotContain("Exception")
                .doesNotContain("\tat ").doesNotContainIgnoringCase("jetty");
        assertThat(served.get("/api/packs").statusCode()).isEqualTo(200);
    }

    @Test
    void badQueryParametersGet400() throws IOException {
        String evidence = fixture("xa-arvenia-2026.json");
        assertThat(served.post("/api/plan?target=9", evidence).statusCode()).isEqualTo(400);
        assertThat(served.post("/api/plan?top=many", evidence).statusCode()).isEqualTo(400);
        assertThat(served.post("/api/assess?format=docx", evidence).statusCode()).isEqualTo(400);
        assertThat(served.post("/api/assess?format=html&lang=de", evidence).statusCode()).isEqualTo(400);
        HttpResponse<String> variant = served.post("/api/assess?variant=mars", evidence);
        assertThat(variant.statusCode()).isEqualTo(400);
        assertThat(problems(variant).get(0).get("message").asText()).contains("unknown variant 'mars'").contains("coe");
    }

    @Test
    void validateSaysValidOrListsTheProblems() throws IOException {
        HttpResponse<String> valid = served.post("/api/validate", fixture("xc-cordessa-2026.json"));
        assertThat(valid.statusCode()).isEqualTo(200);
        assertThat(json(valid).get("valid").asBoolean()).isTrue();

        HttpResponse<String> invalid = served.post("/api/validate",
                "{\"country\": {\"code\": \"XA\"}, \"assessedOn\": \"2026-02-30\", \"evidence\": []}");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(problems(invalid).get(0).get("place").get("pointer").asText()).isEqualTo("/assessedOn");
    }

    @Test
    void theResultCarriesRangesConfidenceAndTheUnknownConfidenceProblem() throws IOException {
        HttpResponse<String> response = served.post("/api/assess", """
                {"country": {"code": "XQ"}, "assessedOn": "2026-06-30", "evidence": [
                  {"key": "governance.body.exists", "value": true, "source": "Decree 1/2026", "confidence": "documented"}
                ]}
                """);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode result = json(response);
        assertThat(result.get("minConfidence").asText()).isEqualTo("reported");
        assertThat(result.get("overall").has("scoreMax")).isTrue();
        JsonNode first = result.get("capabilities").get(0);
        assertThat(first.get("levelMax").asInt()).isGreaterThanOrEqualTo(first.get("level").asInt());
        for (String field : new String[] {"levelMaxName", "scoreMax", "confidence"}) {
            assertThat(first.has(field)).as(field).isTrue();
        }
        assertThat(response.body()).contains("\"confidence\": \"documented\"");

        HttpResponse<String> unknown = served.post("/api/assess", """
                {"country": {"code": "XQ"}, "assessedOn": "2026-06-30", "evidence": [
                  {"key": "governance.body.exists", "value": true, "confidence": "documneted"}
                ]}
                """);
        assertThat(unknown.statusCode()).isEqualTo(400);
        JsonNode problem = problems(unknown).get(0);
        assertThat(problem.get("code").asText()).isEqualTo("evidence.unknown-confidence");
        assertThat(problem.get("hint").asText()).contains("did you mean 'documented'?");
        assertThat(problem.get("place").get("pointer").asText()).isEqualTo("/evidence/0/confidence");
    }

    @Test
    void planRanksChangesForAWeakCountry() throws IOException {
        HttpResponse<String> response = served.post("/api/plan?target=2&top=3", fixture("xa-arvenia-2026.json"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode plan = json(response);
        assertThat(plan.get("target").asInt()).isEqualTo(2);
        assertThat(plan.get("actions").size()).isBetween(1, 3);
        plan.get("gaps").forEach(g -> assertThat(g.get("level").asInt()).isLessThan(2));
    }

    @Test
    void diffSaysWhatMovedBetweenTwoYearsOfACountry() throws IOException {
        String body = "{\"before\": " + fixture("xc-cordessa-2025.json") + ", \"after\": " + fixture("xc-cordessa-2026.json") + "}";
        HttpResponse<String> response = served.post("/api/diff", body);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("XC").contains("capabilities");

        HttpResponse<String> missing = served.post("/api/diff", "{\"before\": " + fixture("xc-cordessa-2025.json") + "}");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(problems(missing).get(0).get("message").asText()).contains("'after'");
    }

    @Test
    void catalogueSchemaAndPacksAreServed() throws IOException {
        HttpResponse<String> catalogue = served.get("/api/catalogue");
        assertThat(catalogue.statusCode()).isEqualTo(200);
        assertThat(catalogue.body()).contains("C01.L2");

        // The committed schema is what mnr schema writes: the API gives the same.
        HttpResponse<String> schema = served.get("/api/schema");
        assertThat(json(schema)).isEqualTo(JSON.readTree(Served.DOCS.resolve("schema/evidence.schema.json").toFile()));
        HttpResponse<String> result = served.get("/api/schema?kind=result");
        assertThat(json(result)).isEqualTo(JSON.readTree(Served.DOCS.resolve("schema/result.schema.json").toFile()));
        assertThat(served.get("/api/schema?kind=other").statusCode()).isEqualTo(400);

        JsonNode packs = json(served.get("/api/packs"));
        List<String> ids = new ArrayList<>();
        packs.forEach(p -> ids.add(p.get("id").asText()));
        assertThat(ids).containsExactlyInAnyOrder("mnr", "coe", "eu", "au", "asean");
    }

    @Test
    void aRequestOverTheTimeLimitGets503AndTheServerGoesOn(@TempDir Path other) throws IOException {
        try (Served slow = new Served(ServerSettings.local(other).withLimits(LIMIT, Duration.ofNanos(1)))) {
            HttpResponse<String> response = slow.post("/api/plan", fixture("xe-estmark-2026.json"));
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(problems(response).get(0).get("message").asText()).contains("longer than the limit").doesNotContain("Exception");
            assertThat(slow.get("/api/packs").statusCode()).isEqualTo(200);
        }
    }
}
