package org.mnr.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.mnr.engine.MaturityEngine;
import org.mnr.server.MnrServer;
import org.mnr.server.ServerSettings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Assessing one fixture through {@code mnr serve}'s API (an HTTP round trip on loopback to a running
 * server) against its baseline, a cold {@code mnr score} of the same file: a new process through the
 * launcher, as a person runs it. Both are measured in the same run; the target is the API at least 20x
 * faster.
 *
 * <p>Run from the repository root after {@code ./mvnw -q -DskipTests package}, so that the launcher
 * {@code engine/cli/target/mnr} is there (another with {@code -Dmnr.launcher=PATH}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class ServeBenchmark {

    private static final String FIXTURE = "xc-cordessa-2026.json";

    private MnrServer server;
    private HttpClient client;
    private HttpRequest assess;
    private Path workspace;
    private Path launcher;
    private Path fixture;

    /** Starts the server once, on loopback, and finds the launcher. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        fixture = AssessBenchmark.Fixtures.folder().resolve(FIXTURE).toAbsolutePath();
        launcher = Path.of(System.getProperty("mnr.launcher", "engine/cli/target/mnr")).toAbsolutePath();
        if (!Files.isExecutable(launcher)) {
            throw new IllegalStateException("the launcher " + launcher + " is missing: build with ./mvnw -q -DskipTests package,"
                    + " and run from the repository root");
        }
        workspace = Files.createTempDirectory("mnr-serve-bench");
        server = MnrServer.start(MaturityEngine.builder().build(), ServerSettings.local(workspace));
        client = HttpClient.newHttpClient();
        assess = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/assess"))
                .header("X-MNR-Request", "1").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(fixture))).build();
    }

    /** Stops the server. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        server.close();
        Files.deleteIfExists(workspace);
    }

    /** One assessment through the API: the request, the engine, the result JSON back. */
    @Benchmark
    public String apiAssess() throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(assess, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("the API answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** The baseline: {@code mnr score FILE} in a new process, as a person runs it, its output discarded. */
    @Benchmark
    public int coldScore() throws IOException, InterruptedException {
        Process process = new ProcessBuilder(launcher.toString(), "score", fixture.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int exit = process.waitFor();
        if (exit != 0) {
            throw new IllegalStateException("mnr score exited " + exit);
        }
        return exit;
    }
}
