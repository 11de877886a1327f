package org.mnr.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mnr.engine.evidence.Evidence;
import org.mnr.engine.result.Assessment;

/** The workspace's files over HTTP: listed, read with a version, saved atomically, never over a newer version. */
class WorkspaceFilesTest {

    @TempDir
    Path workspace;

    private String cordessa;

    @BeforeEach
    void readFixture() throws IOException {
        cordessa = Files.readString(Served.EVIDENCE.resolve("xc-cordessa-2026.json"));
    }

    private HttpResponse<String> put(Served served, String name, String body, String header, String value) {
        HttpRequest.Builder request = HttpRequest.newBuilder(served.uri("/api/workspace/files/" + name)).header("X-MNR-Request", "1")
                .PUT(HttpRequest.BodyPublishers.ofString(body));
        if (header != null) {
            request.header(header, value);
        }
        return served.send(request.build());
    }

    private List<String> folder() throws IOException {
        try (Stream<Path> files = Files.list(workspace)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aNewFileIsSavedAsUsualEvidenceThatScoresAsTheOriginal() throws IOException {
        try (Served served = new Served(ServerSettings.local(workspace))) {
            HttpResponse<String> saved = put(served, "new.json", cordessa, "If-None-Match", "*");

            assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
            Path file = workspace.resolve("new.json");
            assertThat(saved.headers().firstValue("ETag")).hasValue(Workspace.etag(Files.readAllBytes(file)));
            // Read back by the library, as any other command would: the same country, items and levels.
            Evidence original = Evidence.read(Served.EVIDENCE.resolve("xc-cordessa-2026.json"));
            Evidence written = Evidence.read(file);
            assertThat(written.country()).isEqualTo(original.country());
            assertThat(written.items()).extracting(i -> i.key() + "=" + i.value() + "|" + i.source() + "|" + i.note())
                    .containsExactlyElementsOf(original.items().stream().map(i -> i.key() + "=" + i.value() + "|" + i.source() + "|" + i.note()).toList());
            Assessment before = Served.engine().assess(original);
            Assessment after = Served.engine().assess(written);
            assertThat(after.capabilities()).isEqualTo(before.capabilities());
            assertThat(folder()).containsExactly("new.json");
        }
    }

    @Test
    void aSavedFileKeepsEachItemsConfidence() throws IOException {
        try (Served served = new Served(ServerSettings.local(workspace))) {
            String body = """
                    {"country": {"code": "XQ"}, "assessedOn": "2026-06-30", "evidence": [
                      {"key": "governance.body.exists", "value": true, "source": "Decree 1/2026", "confidence": "verified"},
                      {"key": "hotline.exists", "value": true, "confidence": "documented"},
                      {"key": "governance.wpga_member", "value": false}
                    ]}
                    """;
            assertThat(put(served, "xq.json", body, "If-None-Match", "*").statusCode()).isEqualTo(200);

            Evidence written = Evidence.read(workspace.resolve("xq.json"));
            assertThat(written.items()).extracting(i -> i.key() + "|" + i.confidence()).containsExactly(
                    "governance.body.exists|verified", "hotline.exists|documented", "governance.wpga_member|null");
            assertThat(Files.readString(workspace.resolve("xq.json"))).contains(
                    "{\"key\": \"hotline.exists\", \"value\": true, \"confidence\": \"documented\"}");
        }
    }

    @Test
    void aSavedFileGetsThePermissionsOfAnyNewFileNotOnlyItsOwners() throws IOException {
        try (Served served = new Served(ServerSettings.local(workspace))) {
            assertThat(put(served, "new.json", cordessa, "If-None-Match", "*").statusCode()).isEqualTo(200);
        }
        // What any program writing a new file in this folder gets, whatever the umask: the evidence is the user's file.
        Path ordinary = Files.writeString(workspace.resolve("ordinary.txt"), "x");
        assertThat(Files.getPosixFilePermissions(workspace.resolve("new.json"))).isEqualTo(Files.getPosixFilePermissions(ordinary));
    }

    @Test
    void savingOverANewerVersionIs412AndLeavesItAsItWas() throws IOException {
        Files.writeString(workspace.resolve("xc.json"), cordessa);
        try (Served served = new Served(ServerSettings.local(workspace))) {
            HttpResponse<String> read = served.get("/api/workspace/files/xc.json");
            assertThat(read.statusCode()).isEqualTo(200);
            String etag = read.headers().firstValue("ETag").orElseThrow();

            // Tab one saves first; tab two still holds the version both read.
            HttpResponse<String> first = put(served, "xc.json", cordessa.replace("Cordessa", "Cordessa One"), "If-Match", etag);
            assertThat(first.statusCode()).isEqualTo(200);
            String afterFirst = Files.readString(workspace.resolve("xc.json"));
            HttpResponse<String> second = put(served, "xc.json", cordessa.replace("Cordessa", "Cordessa Two"), "If-Match", etag);

            assertThat(second.statusCode()).isEqualTo(412);
            assertThat(second.body()).contains("changed since you opened it");
            assertThat(Files.readString(workspace.resolve("xc.json"))).isEqualTo(afterFirst).contains("Cordessa One");
            HttpResponse<String> again = put(served, "xc.json", cordessa, "If-Match", first.headers().firstValue("ETag").orElseThrow());
            assertThat(again.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void creatingAFileThatAppearedMeanwhileIs412AndSavingWithoutAVersionIs428() throws IOException {
        Files.writeString(workspace.resolve("xc.json"), cordessa);
        try (Served served = new Served(ServerSettings.local(workspace))) {
            assertThat(put(served, "xc.json", cordessa, "If-None-Match", "*").statusCode()).isEqualTo(412);
            assertThat(put(served, "xc.json", cordessa, null, null).statusCode()).isEqualTo(428);
            assertThat(Files.readString(workspace.resolve("xc.json"))).isEqualTo(cordessa);
        }
    }

    @Test
    void invalidEvidenceIsNeverSavedAndTheProblemIsTheCliMessage() throws IOException {
        try (Served served = new Served(ServerSettings.local(workspace))) {
            String invalid = cordessa.replace("\"key\": \"hotline.exists\", \"value\": true", "\"key\": \"hotline.exists\", \"value\": \"maybe\"");
            assertThat(invalid).isNotEqualTo(cordessa);

            HttpResponse<String> response = put(served, "bad.json", invalid, "If-None-Match", "*");

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.body()).contains("hotline.exists takes true or false, not the string \\\"maybe\\\"");
            assertThat(folder()).isEmpty();
        }
    }

    @Test
    void onlyJsonIsWrittenAndOtherFormatsAreListedAndRead() throws IOException {
        Files.copy(Served.EVIDENCE.resolve("xc-cordessa-2026.json"), workspace.resolve("a.json"));
        Files.writeString(workspace.resolve("b.yaml"), """
                country: {code: XB, name: Belloria}
                assessedOn: 2026-03-31
                evidence:
                  - {key: hotline.exists, value: true}
                """);
        Files.writeString(workspace.resolve("notes.txt"), "not evidence");
        try (Served served = new Served(ServerSettings.local(workspace))) {
            HttpResponse<String> list = served.get("/api/workspace/files");
            assertThat(list.body()).contains("\"a.json\"").contains("\"b.yaml\"").contains("\"yaml\"").doesNotContain("notes.txt");
            assertThat(served.get("/api/workspace/files/b.yaml").body()).contains("\"code\": \"XB\"");
            assertThat(put(served, "b.yaml", cordessa, "If-Match", "*").statusCode()).isEqualTo(400);
            assertThat(served.get("/api/workspace/files/none.json").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void downloadsGiveTheReportsAndTheEvidence() throws IOException {
        Files.copy(Served.EVIDENCE.resolve("xc-cordessa-2026.json"), workspace.resolve("xc.json"));
        try (Served served = new Served(ServerSettings.local(workspace))) {
            for (String format : List.of("html", "md", "csv", "result", "json")) {
                HttpResponse<String> response = served.get("/api/workspace/files/xc.json/download?format=" + format);
                assertThat(response.statusCode()).as(format).isEqualTo(200);
                assertThat(response.headers().firstValue("Content-Disposition")).as(format)
                        .hasValueSatisfying(d -> assertThat(d).startsWith("attachment; filename=\"xc."));
                assertThat(response.body()).as(format).contains(format.equals("csv") ? "XC" : "Cordessa");
            }
            assertThat(served.get("/api/workspace/files/xc.json/download?format=result").body())
                    .isEqualTo(Files.readString(Served.EXPECTED.resolve("xc-cordessa-2026.json")));
            HttpResponse<byte[]> workbook = served.sendBytes(HttpRequest.newBuilder(served.uri("/api/workspace/files/xc.json/download?format=xlsx")).build());
            assertThat(workbook.statusCode()).isEqualTo(200);
            // An xlsx file is a zip: it starts with PK.
            assertThat(workbook.body()[0]).isEqualTo((byte) 'P');
            assertThat(workbook.body()[1]).isEqualTo((byte) 'K');
        }
    }
}
