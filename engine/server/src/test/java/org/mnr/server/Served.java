package org.mnr.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.mnr.engine.MaturityEngine;

/** A server on a free loopback port for one test class, and a client that talks to it. */
final class Served implements AutoCloseable {

    /** The fixture countries' evidence. */
    static final Path EVIDENCE = Path.of("..", "..", "fixtures", "evidence");
    /** The results {@code mnr score} gives for them, kept by the project as golden files. */
    static final Path EXPECTED = Path.of("..", "..", "fixtures", "expected");
    /** The project's docs folder. */
    static final Path DOCS = Path.of("..", "..", "docs");

    private static MaturityEngine shared;

    final MnrServer server;
    final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    Served(ServerSettings settings) {
        this.server = MnrServer.start(engine(), settings);
    }

    static synchronized MaturityEngine engine() {
        if (shared == null) {
            shared = MaturityEngine.builder().build();
        }
        return shared;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    HttpResponse<String> post(String path, String body) {
        return send(HttpRequest.newBuilder(uri(path)).header("X-MNR-Request", "1").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    HttpResponse<String> post(String path, byte[] body) {
        return send(HttpRequest.newBuilder(uri(path)).header("X-MNR-Request", "1")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<byte[]> sendBytes(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
