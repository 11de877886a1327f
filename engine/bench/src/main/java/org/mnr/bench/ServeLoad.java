package org.mnr.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.mnr.engine.MaturityEngine;
import org.mnr.server.MnrServer;
import org.mnr.server.ServerSettings;

/**
 * A bounded load test of {@code mnr serve} on loopback: N clients, each sending one assessment of a
 * fixture after another for a fixed time, every fixture in turn; prints throughput, p50 and p99 latency
 * and the count of failed requests. It starts its own server in this process and sends nothing
 * anywhere but 127.0.0.1; it stops by itself.
 *
 * <p>Usage, from the repository root: {@code java -cp engine/bench/target/benchmarks.jar org.mnr.bench.ServeLoad [CLIENTS] [SECONDS]}
 * (defaults 50 and 30).
 */
public final class ServeLoad {

    private ServeLoad() {
    }

    /** Runs the load test and prints its figures. */
    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        if (clients < 1 || clients > 500 || seconds < 1 || seconds > 600) {
            throw new IllegalArgumentException("clients 1 to 500 and seconds 1 to 600, not " + clients + " and " + seconds);
        }
        List<byte[]> fixtures = new ArrayList<>();
        try (Stream<Path> files = Files.list(AssessBenchmark.Fixtures.folder())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                fixtures.add(Files.readAllBytes(file));
            }
        }
        Path workspace = Files.createTempDirectory("mnr-serve-load");
        try (MnrServer server = MnrServer.start(MaturityEngine.builder().build(), ServerSettings.local(workspace))) {
            URI assess = URI.create("http://127.0.0.1:" + server.port() + "/api/assess");
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            // Warm up the server's code paths for a few seconds, not counted.
            run(client, assess, fixtures, clients, System.nanoTime() + Duration.ofSeconds(Math.min(5, seconds)).toNanos(), new AtomicInteger());
            AtomicInteger failures = new AtomicInteger();
            long start = System.nanoTime();
            long[] latencies = run(client, assess, fixtures, clients, start + Duration.ofSeconds(seconds).toNanos(), failures);
            double elapsed = (System.nanoTime() - start) / 1e9;
            Arrays.sort(latencies);
            System.out.printf(Locale.ROOT, "clients %d, %.1f s: %d requests, %.1f per second, p50 %.1f ms, p99 %.1f ms, max %.1f ms, %d failed%n",
                    clients, elapsed, latencies.length, latencies.length / elapsed, percentile(latencies, 50), percentile(latencies, 99),
                    latencies.length == 0 ? 0.0 : latencies[latencies.length - 1] / 1e6, failures.get());
        } finally {
            Files.deleteIfExists(workspace);
        }
    }

    private static long[] run(HttpClient client, URI assess, List<byte[]> fixtures, int clients, long deadline, AtomicInteger failures)
            throws InterruptedException {
        List<long[]> perClient = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        int[] counts = new int[clients];
        for (int c = 0; c < clients; c++) {
            long[] mine = new long[200_000];
            perClient.add(mine);
            int id = c;
            Thread thread = new Thread(() -> {
                int n = 0;
                while (System.nanoTime() < deadline && n < mine.length) {
                    byte[] body = fixtures.get((id + n) % fixtures.size());
                    HttpRequest request = HttpRequest.newBuilder(assess).header("X-MNR-Request", "1")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
                    long sent = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() != 200) {
                            failures.incrementAndGet();
                        }
                    } catch (IOException e) {
                        failures.incrementAndGet();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    mine[n++] = System.nanoTime() - sent;
                }
                counts[id] = n;
            }, "load-client-" + c);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(perClient.get(c), 0, all, at, counts[c]);
            at += counts[c];
        }
        return all;
    }

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
