package org.mnr.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Safe by default: loopback, the token, cross-site requests, and no path outside the workspace. */
class SafetyTest {

    private static final String SECRET = "outside the workspace: must never be served";

    @TempDir
    static Path root;

    private static Path workspace;
    private static Path outside;
    private static Served served;

    @BeforeAll
    static void start() throws IOException {
        workspace = Files.createDirectories(root.resolve("workspace"));
        outside = Files.createDirectories(root.resolve("outside"));
        Files.writeString(outside.resolve("secret.json"), SECRET);
        Files.copy(Served.EVIDENCE.resolve("xa-arvenia-2026.json"), workspace.resolve("xa.json"));
        Files.createSymbolicLink(workspace.resolve("link.json"), outside.resolve("secret.json"));
        Files.createSymbolicLink(workspace.resolve("sub"), outside);
        served = new Served(ServerSettings.local(workspace));
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    @Test
    void listensOnLoopbackByDefaultAndNeedsATokenElsewhere() {
        assertThat(ServerSettings.local(workspace).host()).isEqualTo("127.0.0.1");
        assertThatThrownBy(() -> new ServerSettings("0.0.0.0", 0, workspace, null, 1024, Duration.ofSeconds(1)))
                .hasMessageContaining("needs an access token");
        assertThat(ServerSettings.isLoopback("127.0.0.1")).isTrue();
        assertThat(ServerSettings.isLoopback("::1")).isTrue();
        assertThat(ServerSettings.isLoopback("192.168.1.10")).isFalse();
        assertThat(ServerSettings.isLoopback("example.org")).isFalse();
    }

    @Test
    void parentPathsAbsolutePathsAndLinksOutAreRefused() {
        for (String path : new String[] {"/api/workspace/files/..%2Foutside%2Fsecret.json", "/api/workspace/files/%2Fetc%2Fpasswd",
            "/api/workspace/files/..secret.json", "/api/workspace/files/sub%2Fsecret.json", "/api/workspace/files/.hidden.json",
            "/api/workspace/files/..", "/edit/..%2Foutside%2Fsecret.json", "/api/workspace/files/..%2Foutside%2Fsecret.json/download"}) {
            HttpResponse<String> response = served.get(path);
            assertThat(response.statusCode()).as(path).isIn(400, 403, 404);
            assertThat(response.body()).as(path).doesNotContain(SECRET);
        }
        HttpResponse<String> link = served.get("/api/workspace/files/link.json");
        assertThat(link.statusCode()).isEqualTo(403);
        assertThat(link.body()).doesNotContain(SECRET).contains("outside the workspace");
        assertThat(served.get("/api/workspace/files").body()).contains("xa.json").doesNotContain("link.json").doesNotContain("secret");
    }

    @Test
    void savingThroughALinkOutIsRefusedAndLeavesTheFileOutside() throws IOException {
        HttpRequest put = HttpRequest.newBuilder(served.uri("/api/workspace/files/link.json")).header("X-MNR-Request", "1")
                .header("If-Match", "*").PUT(HttpRequest.BodyPublishers.ofString(Files.readString(workspace.resolve("xa.json")))).build();

        assertThat(served.send(put).statusCode()).isEqualTo(403);
        assertThat(Files.readString(outside.resolve("secret.json"))).isEqualTo(SECRET);
    }

    @Test
    void stateChangingRequestsNeedTheCustomHeaderAndTheSameOrigin() throws IOException {
        String evidence = Files.readString(workspace.resolve("xa.json"));
        HttpResponse<String> plain = served.send(HttpRequest.newBuilder(served.uri("/api/assess"))
                .POST(HttpRequest.BodyPublishers.ofString(evidence)).build());
        assertThat(plain.statusCode()).isEqualTo(403);
        assertThat(plain.body()).contains("X-MNR-Request");

        HttpResponse<String> otherSite = served.send(HttpRequest.newBuilder(served.uri("/api/assess")).header("X-MNR-Request", "1")
                .header("Origin", "http://evil.example").POST(HttpRequest.BodyPublishers.ofString(evidence)).build());
        assertThat(otherSite.statusCode()).isEqualTo(403);

        HttpResponse<String> sameSite = served.send(HttpRequest.newBuilder(served.uri("/api/assess")).header("X-MNR-Request", "1")
                .header("Origin", "http://127.0.0.1:" + served.server.port()).POST(HttpRequest.BodyPublishers.ofString(evidence)).build());
        assertThat(sameSite.statusCode()).isEqualTo(200);
    }

    @Test
    void aRequestRefusedBeforeItsBodyIsReadIsToldTheConnectionCloses() throws IOException {
        // The server drops a connection whose body it did not read; without "Connection: close" a client (the
        // JDK's, a browser) could send its next request into that socket and see it fail ("received no bytes").
        try (Socket socket = new Socket("127.0.0.1", served.server.port())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            // Half the body only: the answer cannot wait for the rest.
            out.write(("POST /api/assess HTTP/1.1\r\nHost: 127.0.0.1:" + served.server.port()
                    + "\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n" + "{".repeat(100))
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertThat(answer).startsWith("HTTP/1.1 403").containsIgnoringCase("\r\nConnection: close\r\n").contains("X-MNR-Request");
        }
        // A request whose body was read keeps its connection for the next one.
        String evidence = Files.readString(workspace.resolve("xa.json"));
        HttpResponse<String> read = served.post("/api/assess", evidence);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().firstValue("Connection")).isEmpty();
    }

    @Test
    void anotherHostNameIsRefusedOnLoopbackAgainstDnsRebinding() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", served.server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write("GET /api/packs HTTP/1.1\r\nHost: rebound.example:80\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            assertThat(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1)).startsWith("HTTP/1.1 421");
        }
    }

    @Test
    void withATokenEveryRequestMustCarryIt(@TempDir Path other) {
        try (Served guarded = new Served(ServerSettings.local(other).withToken("s3cret-token"))) {
            assertThat(guarded.get("/api/packs").statusCode()).isEqualTo(401);
            assertThat(guarded.get("/").statusCode()).isEqualTo(401);
            assertThat(guarded.get("/static/app.js").statusCode()).isEqualTo(401);
            assertThat(guarded.send(HttpRequest.newBuilder(guarded.uri("/api/packs")).header("Authorization", "Bearer wrong").build())
                    .statusCode()).isEqualTo(401);
            assertThat(guarded.send(HttpRequest.newBuilder(guarded.uri("/api/packs")).header("Authorization", "Bearer s3cret-token").build())
                    .statusCode()).isEqualTo(200);

            HttpResponse<String> opened = guarded.get("/?token=s3cret-token");
            assertThat(opened.statusCode()).isEqualTo(303);
            String cookie = opened.headers().firstValue("Set-Cookie").orElseThrow();
            assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict");
            assertThat(guarded.send(HttpRequest.newBuilder(guarded.uri("/")).header("Cookie", cookie.split(";")[0]).build())
                    .statusCode()).isEqualTo(200);
            assertThat(guarded.server.address().toString()).endsWith("?token=s3cret-token");
        }
    }

    @Test
    void pagesLoadNothingFromOutsideTheMachine() {
        HttpResponse<String> page = served.get("/edit/xa.json");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("default-src 'none'").contains("script-src 'self'").contains("connect-src 'self'"));
        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(page.body());
        html.select("script[src], link[href], img[src]").forEach(e ->
                assertThat(e.hasAttr("src") ? e.attr("src") : e.attr("href")).startsWith("/static/"));
        assertThat(html.select("script:not([src])")).isEmpty();
        assertThat(html.select("[style]")).isEmpty();
        assertThat(served.get("/static/app.js").statusCode()).isEqualTo(200);
        assertThat(served.get("/static/app.css").statusCode()).isEqualTo(200);
        assertThat(served.get("/static/other.js").statusCode()).isEqualTo(404);
    }
}
