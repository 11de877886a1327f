package org.mnr.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many clients at once, good and bad requests mixed, for a short bounded time: every good one gets its
 * golden result, every bad one its 400, and none is lost. (The long load test with figures is
 * {@code org.mnr.bench.ServeLoad}, out of the default suite.)
 */
class ConcurrentClientsTest {

    @Test
    void sixteenClientsMixingGoodAndBadRequestsEachGetTheirAnswer(@TempDir Path workspace) throws Exception {
        String good = Files.readString(Served.EVIDENCE.resolve("xd-drovania-2026.json"));
        String golden = Files.readString(Served.EXPECTED.resolve("xd-drovania-2026.json"));
        String bad = good.replace("\"assessedOn\": \"", "\"assessedOn\": \"not a date ");
        try (Served served = new Served(ServerSettings.local(workspace))) {
            ExecutorService clients = Executors.newFixedThreadPool(16);
            try {
                List<Future<String>> answers = new ArrayList<>();
                for (int i = 0; i < 160; i++) {
                    boolean valid = i % 4 != 0;
                    answers.add(clients.submit(() -> {
                        var response = served.post("/api/assess", valid ? good : bad);
                        if (valid) {
                            return response.statusCode() == 200 && response.body().equals(golden) ? "ok" : "wrong: " + response.statusCode();
                        }
                        return response.statusCode() == 400 && response.body().contains("/assessedOn") ? "ok" : "wrong: " + response.statusCode();
                    }));
                }
                for (Future<String> answer : answers) {
                    assertThat(answer.get()).isEqualTo("ok");
                }
            } finally {
                clients.shutdownNow();
            }
        }
    }
}
