package org.mnr.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OpenAPI document: served as committed in docs/, and describing every route the server answers. */
class OpenApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theServedDocumentIsTheCommittedOneAndDescribesEveryRoute(@TempDir Path workspace) throws IOException {
        try (Served served = new Served(ServerSettings.local(workspace))) {
            HttpResponse<String> response = served.get("/api/openapi.json");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo(Files.readString(Served.DOCS.resolve("openapi.json")));
            JsonNode document = JSON.readTree(response.body());
            assertThat(document.get("openapi").asText()).isEqualTo("3.1.0");
            JsonNode paths = document.get("paths");
            assertThat(served.server.routes()).hasSizeGreaterThan(10);
            for (String route : served.server.routes()) {
                String[] parts = route.split(" ");
                assertThat(paths.has(parts[1])).as("%s is described", route).isTrue();
                assertThat(paths.get(parts[1]).has(parts[0].toLowerCase(Locale.ROOT))).as("%s is described", route).isTrue();
            }
            // And nothing is described that the server does not answer.
            paths.fieldNames().forEachRemaining(path -> assertThat(served.server.routes().stream().anyMatch(r -> r.endsWith(" " + path)))
                    .as("%s is answered", path).isTrue());
        }
    }
}
