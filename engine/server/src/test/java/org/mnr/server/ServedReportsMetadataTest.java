package org.mnr.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server's reports show who assessed, for whom and the status the evidence file gives, as mnr score's do (#14). */
class ServedReportsMetadataTest {

    @TempDir
    static Path workspace;

    private static Served served;
    private static String evidence;

    @BeforeAll
    static void start() throws IOException {
        evidence = Files.readString(Served.EVIDENCE.resolve("xc-cordessa-2026.json")).replaceFirst("\"assessedOn\": \"2026-09-30\",",
                "\"assessedOn\": \"2026-09-30\",\n  \"assessment\": {\"assessor\": \"Jane Doe\", \"organisation\": \"UNICEF Cordessa\","
                        + " \"status\": \"draft\"},");
        assertThat(evidence).contains("\"assessment\"");
        Files.writeString(workspace.resolve("xc.json"), evidence);
        served = new Served(ServerSettings.local(workspace));
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    @Test
    void anAssessedReportInFrenchCarriesTheFilesAssessment() {
        HttpResponse<String> html = served.post("/api/assess?format=html&lang=fr", evidence);
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(html.body()).select(".credits").text()).isEqualTo("Évalué par Jane Doe. Pour UNICEF Cordessa. Statut : projet.");
        assertThat(html.body()).contains("class=\"draft-mark\"");
        assertThat(served.post("/api/assess", evidence).body()).contains("\"assessor\": \"Jane Doe\"");
    }

    @Test
    void aDownloadedPdfOfADraftIsMarkedOnEveryPage() throws IOException {
        HttpResponse<byte[]> pdf = served.sendBytes(HttpRequest.newBuilder(served.uri("/api/workspace/files/xc.json/download?format=pdf"))
                .GET().build());
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            PDFTextStripper stripper = new PDFTextStripper();
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(document)).as("page %d", page).contains("DRAFT");
            }
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            // The text layer's order is the PDF's drawing order, not always the reading order: each part on its own.
            assertThat(stripper.getText(document).replaceAll("\\s+", " ")).contains("Assessed by Jane Doe.").contains("For UNICEF Cordessa.")
                    .containsPattern("Status: \\.?draft");
        }
    }

    @Test
    void theEditorShowsTheFilesAssessmentSoThatSavingKeepsIt() {
        HttpResponse<String> page = served.get("/edit/xc.json");
        assertThat(page.statusCode()).isEqualTo(200);
        var document = Jsoup.parse(page.body());
        assertThat(document.select("#assessor").attr("value")).isEqualTo("Jane Doe");
        assertThat(document.select("#organisation").attr("value")).isEqualTo("UNICEF Cordessa");
        assertThat(document.select("#status-choice option[selected]").attr("value")).isEqualTo("draft");
    }

    @Test
    void aYamlFileDownloadedAsJsonKeepsItsAssessment() throws IOException {
        Files.writeString(workspace.resolve("xy.yaml"), String.join("\n", "country: {code: XY, name: Ylandia}", "assessedOn: 2026-06-30",
                "assessment: {assessor: Jane Doe, status: final}", "evidence:", "  - {key: governance.body.exists, value: true}", ""));
        HttpResponse<String> json = served.get("/api/workspace/files/xy.yaml/download?format=json");
        assertThat(json.statusCode()).as(json.body()).isEqualTo(200);
        assertThat(json.body()).contains("\"assessment\": {\"assessor\": \"Jane Doe\", \"status\": \"final\"}");
    }
}
