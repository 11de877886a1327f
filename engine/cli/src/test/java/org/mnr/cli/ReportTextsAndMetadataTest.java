package org.mnr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mnr.testkit.newpack.PackProject;

/**
 * Reports a ministry receives (#14): the packs' texts in the report's language, with a note naming each pack used that has
 * none in it; and who assessed, for whom and the status, from the evidence file, in every report, the options overriding it.
 */
class ReportTextsAndMetadataTest {

    private static final Path CORDESSA = Engines.FIXTURES.resolve("xc-cordessa-2026.json");

    @TempDir
    Path dir;

    /** A variant pack written as {@code mnr new-pack} writes one: it has no translation file. */
    private Path untranslatedPack() throws IOException {
        Path project = dir.resolve("oecs");
        PackProject.of("oecs").write(project);
        try (Stream<Path> files = Files.walk(project)) {
            assertThat(files.anyMatch(f -> f.getFileName().toString().matches("(fr|es)\\.ya?ml"))).as("the new pack has no translation").isFalse();
        }
        return project.resolve("src/main/resources");
    }

    @Test
    void aFrenchReportNamesEachPackItUsedThatHasNoFrenchTexts() throws IOException {
        Path pack = untranslatedPack();
        String note = "Certains textes du référentiel oecs sont en anglais : il n'a pas encore de traduction française.";
        Path used = dir.resolve("used.html");
        CliRun withVariant = CliRun.of("score", "--pack", pack.toString(), "--variant", "oecs", "--lang", "fr", "-o", used.toString(),
                CORDESSA.toString());
        assertThat(withVariant.exit()).as(withVariant.err()).isZero();
        assertThat(Files.readString(used)).contains(note);

        CliRun markdown = CliRun.of("score", "--pack", pack.toString(), "--variant", "oecs", "--lang", "fr", "--format", "md",
                CORDESSA.toString());
        assertThat(markdown.out()).contains("_" + note + "_");
        CliRun text = CliRun.of("score", "--pack", pack.toString(), "--variant", "oecs", "--lang", "fr", "--format", "text",
                CORDESSA.toString());
        assertThat(text.out()).contains(note);

        // Loaded but not used (Cordessa is no OECS member): not the reader's concern.
        CliRun unused = CliRun.of("score", "--pack", pack.toString(), "--lang", "fr", "--format", "md", CORDESSA.toString());
        assertThat(unused.out()).doesNotContain("référentiel oecs");
        // English is the packs' own language: nothing fell back.
        CliRun english = CliRun.of("score", "--pack", pack.toString(), "--variant", "oecs", "--lang", "en", "--format", "md",
                CORDESSA.toString());
        assertThat(english.out()).doesNotContain("are in English");
    }

    @Test
    void aFrenchReportShowsThePacksFrenchTextsWhereTheyHaveThem() {
        var texts = Engines.installed().texts("fr");
        String name = texts.capabilityName(1);
        String english = Engines.installed().texts("en").capabilityName(1);
        CliRun french = CliRun.of("score", "--lang", "fr", "--format", "md", CORDESSA.toString());
        assertThat(french.exit()).as(french.err()).isZero();
        // Whatever the base pack has translated so far: the report uses the pack's French text when there is one.
        assertThat(french.out()).contains("### 1. " + name + "\n");
        boolean translated = !name.equals(english);
        assertThat(french.out().contains("Certains textes du référentiel mnr sont en anglais"))
                .as("the note on mnr's texts says whether some are missing")
                .isEqualTo(texts.fallbacks().stream().anyMatch(f -> f.pack().equals("mnr")));
        if (translated) {
            assertThat(french.out()).doesNotContain("### 1. " + english + "\n");
        }
    }

    /** Cordessa's evidence with an assessment object: who, for whom, draft. */
    private Path withAssessment() throws IOException {
        String evidence = Files.readString(CORDESSA).replaceFirst("\"assessedOn\": \"2026-09-30\",",
                "\"assessedOn\": \"2026-09-30\",\n  \"assessment\": {\"assessor\": \"Jane Doe\", \"organisation\": \"UNICEF Cordessa\","
                        + " \"status\": \"draft\"},");
        assertThat(evidence).contains("\"assessment\"");
        return Files.writeString(dir.resolve("xc.json"), evidence);
    }

    @Test
    void theEvidenceFilesAssessmentIsInEveryReport() throws IOException {
        Path file = withAssessment();
        String credits = "Assessed by Jane Doe. For UNICEF Cordessa. Status: draft.";

        Path html = dir.resolve("xc.html");
        assertThat(CliRun.of("score", "--lang", "en", "-o", html.toString(), file.toString()).exit()).isZero();
        assertThat(Files.readString(html)).contains("Jane Doe").contains("UNICEF Cordessa").contains("class=\"draft-mark\"");
        assertThat(org.jsoup.Jsoup.parse(Files.readString(html)).select(".credits").text()).isEqualTo(credits);

        assertThat(CliRun.of("score", "--lang", "en", "--format", "md", file.toString()).out()).contains("**DRAFT**")
                .contains("Jane Doe").contains("UNICEF Cordessa");
        assertThat(CliRun.of("score", "--lang", "en", "--format", "text", file.toString()).out()).startsWith("DRAFT\n");
        assertThat(CliRun.of("score", file.toString()).out()).contains("\"assessment\": {").contains("\"assessor\": \"Jane Doe\"")
                .contains("\"status\": \"draft\"");

        Path pdf = dir.resolve("xc.pdf");
        assertThat(CliRun.of("score", "--lang", "en", "-o", pdf.toString(), file.toString()).exit()).isZero();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
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
    void optionsOverrideTheEvidenceFilesAssessmentFieldByField() throws IOException {
        Path file = withAssessment();
        Path html = dir.resolve("final.html");
        CliRun run = CliRun.of("score", "--lang", "en", "--assessor", "A. Martin", "--status", "final", "-o", html.toString(),
                file.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        String page = Files.readString(html);
        assertThat(org.jsoup.Jsoup.parse(page).select(".credits").text())
                .isEqualTo("Assessed by A. Martin. For UNICEF Cordessa. Status: final.");
        assertThat(page).doesNotContain("class=\"draft-mark\"");
        assertThat(CliRun.of("score", "--organisation", "Ministry of Justice", file.toString()).out())
                .contains("\"organisation\": \"Ministry of Justice\"").contains("\"assessor\": \"Jane Doe\"");
    }
}
