package org.mnr.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evidence problems a page shows are said in the page's language (issue 14), from the engine's problem texts; the
 * API's JSON keeps their English.
 */
class PageProblemsInLanguagesTest {

    @TempDir
    static Path workspace;

    private static Served served;

    @BeforeAll
    static void start() throws IOException {
        Files.writeString(workspace.resolve("xa.json"), "{\"country\": {\"code\": \"XA\"}, \"assessedOn\": \"2026-06-30\",\n"
                + "\"evidence\": [{\"key\": \"zz.nothing\", \"value\": true}]}\n");
        Files.writeString(workspace.resolve("broken.json"), "{\"country\": ");
        served = new Served(ServerSettings.local(workspace));
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    /** The first problem the editor lists for its file; the page names the file by its path in the workspace. */
    private static String fileProblem(String path) {
        HttpResponse<String> response = served.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        Document page = Jsoup.parse(response.body());
        return page.selectFirst("#file-problems li").text();
    }

    @Test
    void theEditorSaysAFilesProblemInThePagesLanguage() {
        assertThat(fileProblem("/edit/xa.json?lang=fr")).isEqualTo(workspace.resolve("xa.json") + ":2:22: /evidence/0/key : clé de preuve inconnue « zz.nothing » ;"
                + " un modèle de preuves liste les clés des référentiels chargés");
        assertThat(fileProblem("/edit/xa.json?lang=es")).isEqualTo(workspace.resolve("xa.json") + ":2:22: /evidence/0/key: clave de evidencia desconocida «zz.nothing»;"
                + " una plantilla de evidencias enumera las claves de los paquetes cargados");
        assertThat(fileProblem("/edit/xa.json")).isEqualTo(workspace.resolve("xa.json") + ":2:22: /evidence/0/key: unknown evidence key 'zz.nothing';"
                + " an evidence template lists the keys of the loaded packs");
    }

    @Test
    void anUnreadableFilesPageSaysItsProblemInThePagesLanguage() {
        HttpResponse<String> response = served.get("/edit/broken.json?lang=fr");
        assertThat(response.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fr");
        String english = Jsoup.parse(served.get("/edit/broken.json").body()).selectFirst("ul.problems li").text();
        String french = page.selectFirst("ul.problems li").text();
        assertThat(french).startsWith(workspace.resolve("broken.json") + ":1:13: /country : JSON non valide").isNotEqualTo(english);
    }

    @Test
    void theApiKeepsTheEnglishText() {
        HttpResponse<String> response = served.post("/api/validate", "{\"country\": {\"code\": \"XA\"}, \"assessedOn\": \"2026-06-30\", \"evidence\": [{\"key\": \"zz.nothing\", \"value\": true}]}");
        assertThat(response.body()).contains("unknown evidence key 'zz.nothing'").doesNotContain("clé");
    }
}
