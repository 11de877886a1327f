package org.mnr.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mnr.engine.MaturityEngine;

/** The comparison page's text (what {@code mnr diff} prints) is in the page's language, with the packs' names. */
class CompareInLanguagesTest {

    @TempDir
    static Path workspace;

    private static Served served;

    @BeforeAll
    static void start() throws IOException {
        Files.copy(Served.EVIDENCE.resolve("xc-cordessa-2025.json"), workspace.resolve("xc-2025.json"));
        Files.copy(Served.EVIDENCE.resolve("xc-cordessa-2026.json"), workspace.resolve("xc-2026.json"));
        served = new Served(ServerSettings.local(workspace));
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    private static String comparison(String lang) {
        HttpResponse<String> response = served.get("/compare?before=xc-2025.json&after=xc-2026.json" + lang);
        assertThat(response.statusCode()).isEqualTo(200);
        return Jsoup.parse(response.body()).selectFirst("#comparison").wholeText();
    }

    @Test
    void theComparisonIsWrittenInThePagesLanguage() {
        MaturityEngine engine = MaturityEngine.builder().build();
        String french = comparison("&lang=fr");
        assertThat(french).contains("Avant : xc-2025.json").contains("Score global ")
                .contains("\n3 " + engine.texts("fr").capabilityName(3) + " : niveau ").doesNotContain("Overall score");
        String spanish = comparison("&lang=es");
        assertThat(spanish).contains("Antes:").contains("Puntuación global ")
                .contains("\n3 " + engine.texts("es").capabilityName(3) + ": nivel ");
        assertThat(comparison("")).contains("Before: xc-2025.json").contains("Overall score ").contains("\n3 Legislation: level ");
    }
}
