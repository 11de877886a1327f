package org.mnr.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mnr.engine.model.EvidenceKey;
import org.mnr.engine.model.ValueType;

/** The workspace's pages as the server renders them, before any script runs. */
class PagesTest {

    @TempDir
    static Path workspace;

    private static Served served;

    @BeforeAll
    static void start() throws IOException {
        Files.copy(Served.EVIDENCE.resolve("xc-cordessa-2025.json"), workspace.resolve("xc-2025.json"));
        Files.copy(Served.EVIDENCE.resolve("xc-cordessa-2026.json"), workspace.resolve("xc-2026.json"));
        Files.copy(Served.EVIDENCE.resolve("xa-arvenia-2026.json"), workspace.resolve("xa-2026.json"));
        served = new Served(ServerSettings.local(workspace));
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    private static Document page(String path) {
        HttpResponse<String> response = served.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    @Test
    void theWorkspaceListsItsFilesAndOffersANewAssessment() {
        Document home = page("/");

        assertThat(home.select("#files a.open").eachText()).containsExactly("xa-2026.json", "xc-2025.json", "xc-2026.json");
        assertThat(home.select("#new-assessment input[name=code]")).hasSize(1);
    }

    @Test
    void everyCapabilityHasItsKeysEachWithItsDescriptionAndAControlForItsType() {
        Document form = page("/edit/xc-2026.json");

        assertThat(form.select("section.capability")).hasSize(Served.engine().framework().capabilities().size());
        for (EvidenceKey key : Served.engine().checker().vocabulary().values()) {
            Element div = form.selectFirst(".key[data-key=" + key.key() + "]");
            assertThat(div).as(key.key()).isNotNull();
            if (key.description() != null) {
                assertThat(div.selectFirst(".description").text()).isEqualTo(key.description().strip().replaceAll("\\s+", " "));
            }
            switch (key.type()) {
                case BOOLEAN -> assertThat(div.select("select.value option").eachAttr("value")).containsExactly("", "true", "false");
                case ENUM -> assertThat(div.select("select.value option").eachAttr("value").subList(1, key.values().size() + 1))
                        .containsExactlyElementsOf(key.values());
                case NUMBER -> {
                    Element input = div.selectFirst("input.value[type=number]");
                    assertThat(input).isNotNull();
                    if (key.min() != null) {
                        assertThat(input.attr("min")).isEqualTo(key.min().toPlainString());
                    }
                    if (key.max() != null) {
                        assertThat(input.attr("max")).isEqualTo(key.max().toPlainString());
                    }
                }
                case DATE -> assertThat(div.select("input.value[type=date]")).hasSize(1);
                case SET -> assertThat(div.select("input.member[type=checkbox]").eachAttr("value")).containsExactlyElementsOf(key.values());
                default -> throw new AssertionError(key.type());
            }
            assertThat(div.select("input.source")).hasSize(1);
            assertThat(div.select("input.note")).hasSize(1);
            assertThat(div.select("select.confidence option").eachAttr("value")).containsExactly("", "verified", "documented", "reported");
        }
        assertThat(Served.engine().checker().vocabulary().values()).extracting(EvidenceKey::type).contains(ValueType.values());
    }

    @Test
    void theFormShowsTheFileAsReadAndItsLevelsAsScored() throws IOException {
        Document form = page("/edit/xc-2026.json");
        var expected = Served.engine().assess(Served.EVIDENCE.resolve("xc-cordessa-2026.json"));

        assertThat(form.selectFirst("#country-code").val()).isEqualTo("XC");
        assertThat(form.selectFirst(".key[data-key=hotline.exists] select.value option[selected]").val()).isEqualTo("true");
        for (var capability : expected.capabilities()) {
            assertThat(form.selectFirst("#result-" + capability.id() + " .level").text()).isEqualTo(reportWords(capability));
        }
        assertThat(form.select(".compare-link").eachText()).containsExactly("xc-2025.json");
        assertThat(form.selectFirst("#assessment").attr("data-etag"))
                .isEqualTo(Workspace.etag(Files.readAllBytes(workspace.resolve("xc-2026.json"))));
    }

    @Test
    void aNewAssessmentGetsAFreeJsonNameAndAnEmptyForm() {
        HttpResponse<String> started = served.get("/new?code=xc&name=Cordessa&date=2026-11-30");
        assertThat(started.statusCode()).isEqualTo(303);
        String location = started.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("/edit/xc-cordessa-2026.json?");

        Document form = page(location);
        assertThat(form.selectFirst("#country-code").val()).isEqualTo("XC");
        assertThat(form.selectFirst("#assessed-on").val()).isEqualTo("2026-11-30");
        assertThat(form.selectFirst("#assessment").attr("data-exists")).isEqualTo("false");
        assertThat(form.select("select.value option[selected]")).isEmpty();
    }

    @Test
    void aWorkbookOpensAsAFormThatSavesAsItsJsonTwin() throws IOException {
        var evidence = org.mnr.engine.evidence.Evidence.read(Served.EVIDENCE.resolve("xa-arvenia-2026.json"));
        byte[] workbook = org.mnr.workbook.WorkbookWriter.write(org.mnr.template.EvidenceTemplate.filled(Served.engine(), evidence, java.util.List.of()));
        Files.write(workspace.resolve("xa-book.xlsx"), workbook);

        try {
            Document form = page("/edit/xa-book.xlsx");

            assertThat(form.selectFirst("#assessment").attr("data-save")).isEqualTo("xa-book.json");
            assertThat(form.selectFirst("#assessment").attr("data-exists")).isEqualTo("false");
            assertThat(form.selectFirst("#country-code").val()).isEqualTo("XA");
            assertThat(form.selectFirst(".key[data-key=hotline.exists] select.value option[selected]").val()).isEqualTo("true");
        } finally {
            // The other tests count the workspace's files.
            Files.delete(workspace.resolve("xa-book.xlsx"));
        }
    }

    @Test
    void theComparisonSaysWhatMoved() {
        Document compare = page("/compare?before=xc-2025.json&after=xc-2026.json");

        assertThat(compare.selectFirst("#comparison").text()).contains("XC");
        assertThat(served.get("/compare?before=none.json&after=xc-2026.json").statusCode()).isEqualTo(400);
    }
    /** A level as the reports write it (docs/model.md): not assessed, a range while evidence is missing, else the level. */
    private static String reportWords(org.mnr.engine.result.CapabilityResult c) {
        if (c.coverage() == 0) {
            return "Not assessed";
        }
        return c.level() + " " + c.levelName() + (c.levelMax() > c.level() ? ", up to " + c.levelMax() + " " + c.levelMaxName() : "");
    }

    @Test
    void eachLevelIsShownWithItsRangeOrAsNotAssessedAndEachKeyWithItsConfidence() throws IOException {
        Files.writeString(workspace.resolve("xq-2026.json"), """
                {"country": {"code": "XQ"}, "assessedOn": "2026-06-30", "evidence": [
                  {"key": "governance.body.exists", "value": true, "confidence": "documented"},
                  {"key": "hotline.exists", "value": true}
                ]}
                """);
        try {
            Document form = page("/edit/xq-2026.json");
            var expected = Served.engine().assess(workspace.resolve("xq-2026.json"));

            int notAssessed = 0;
            int ranges = 0;
            for (var capability : expected.capabilities()) {
                Element result = form.selectFirst("#result-" + capability.id());
                String level = result.selectFirst(".level").text();
                assertThat(level).as("capability %d", capability.id()).isEqualTo(reportWords(capability));
                assertThat(result.attr("data-assessed")).isEqualTo(capability.coverage() > 0 ? "true" : "false");
                assertThat(result.attr("data-provisional")).isEqualTo(capability.levelMax() > capability.level() ? "true" : "false");
                notAssessed += level.equals("Not assessed") ? 1 : 0;
                ranges += level.contains(", up to ") ? 1 : 0;
            }
            assertThat(notAssessed).as("capabilities without evidence").isPositive();
            assertThat(ranges).as("capabilities with a range").isPositive();
            assertThat(form.selectFirst(".key[data-key=governance.body.exists] select.confidence option[selected]").val()).isEqualTo("documented");
            assertThat(form.select(".key[data-key=hotline.exists] select.confidence option[selected]")).isEmpty();
        } finally {
            // The other tests count the workspace's files.
            Files.delete(workspace.resolve("xq-2026.json"));
        }
    }
}
