package org.mnr.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.cos.COSName;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mnr.engine.MaturityEngine;
import org.mnr.engine.result.Assessment;

/**
 * The PDF report as a reader gets it: A4 pages, the shipped fonts embedded, the header and "Page N of M" on
 * every page, "DRAFT" on every page of a draft, the summary first, and the same bytes each time. Pages are
 * rendered to PNG with poppler's pdftoppm and read with pdftotext, as a person's viewer would show them; the
 * PNGs stay in {@code target/report-pdf/} for a person to look at.
 *
 * <p>Needs Debian's {@code poppler-utils}: {@code .ci/run} installs it. Without it the rendering checks are
 * skipped on a developer machine and fail in CI ({@code CI=true}).
 */
class PdfReportTest {

    private static final MaturityEngine ENGINE = MaturityEngine.builder().build();
    private static final Path OUT = Path.of("target", "report-pdf");
    /** A4 in PostScript points. */
    private static final float A4_WIDTH = 595.28f;
    private static final float A4_HEIGHT = 841.89f;

    private static Assessment cordessa;
    private static byte[] draft;

    @BeforeAll
    static void render() throws IOException {
        cordessa = ENGINE.assess(HtmlReportContentTest.CORDESSA);
        draft = PdfReport.render(ReportInput.of(cordessa).withFramework(ENGINE.framework())
                .withMetadata(AssessmentMetadata.of("Jane Doe", "Ministry of Justice", "draft")));
        Files.createDirectories(OUT);
        Files.write(OUT.resolve("cordessa-draft.pdf"), draft);
    }

    @Test
    void theSameInputGivesTheSameBytes() {
        byte[] again = PdfReport.render(ReportInput.of(cordessa).withFramework(ENGINE.framework())
                .withMetadata(AssessmentMetadata.of("Jane Doe", "Ministry of Justice", "draft")));
        assertThat(again).isEqualTo(draft);
        assertThat(new String(draft, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }

    @Test
    void everyPageIsA4AndEveryFontIsEmbedded() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(draft)) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(5);
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("MNR maturity report: Cordessa (XC), 2026-09-30");
            List<String> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(A4_WIDTH, org.assertj.core.data.Offset.offset(1f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(A4_HEIGHT, org.assertj.core.data.Offset.offset(1f));
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts.add(font.getName());
                }
            }
            assertThat(fonts).anyMatch(f -> f.contains("LiberationSans")).noneMatch(f -> f.contains("Helvetica") || f.contains("Times"));
        }
    }

    @Test
    void everyPageHasTheHeaderItsNumberAndTheDraftMark() throws Exception {
        requirePoppler();
        Path pdf = OUT.resolve("cordessa-draft.pdf");
        int pages;
        try (PDDocument document = Loader.loadPDF(draft)) {
            pages = document.getNumberOfPages();
        }
        for (int page = 1; page <= pages; page++) {
            String text = run("pdftotext", "-layout", "-f", String.valueOf(page), "-l", String.valueOf(page), pdf.toString(), "-");
            assertThat(text).as("page %d", page).contains("MNR maturity report: Cordessa (XC), 2026-09-30")
                    .contains("Page " + page + " of " + pages).contains("DRAFT");
        }
        String first = run("pdftotext", "-layout", "-f", "1", "-l", "1", pdf.toString(), "-");
        assertThat(first).contains("Assessed by Jane Doe. For Ministry of Justice. Status: draft.").contains("Summary")
                .contains("Overall score (of 100):");
        String all = run("pdftotext", pdf.toString(), "-");
        assertThat(all.indexOf("Summary")).isLessThan(all.indexOf("How to read this report"));
        assertThat(all).contains("Evidence to collect").contains("Changes to make")
                .contains(ENGINE.framework().capability(1).orElseThrow().summary().substring(0, 40));
    }

    @Test
    void aFrenchDraftCarriesTheSummaryTheMethodAndThePrioritiesAndIsMarkedOnEveryPage() throws Exception {
        requirePoppler();
        byte[] french = PdfReport.render(ReportInput.of(cordessa).withFramework(ENGINE.framework())
                .withMetadata(AssessmentMetadata.of(null, null, "draft")).withLocale(java.util.Locale.FRENCH));
        Path pdf = Files.write(OUT.resolve("cordessa-draft-fr.pdf"), french);
        int pages;
        try (PDDocument document = Loader.loadPDF(french)) {
            pages = document.getNumberOfPages();
        }
        for (int page = 1; page <= pages; page++) {
            String text = run("pdftotext", "-layout", "-f", String.valueOf(page), "-l", String.valueOf(page), pdf.toString(), "-");
            assertThat(text).as("page %d", page).contains("Rapport de maturité MNR : Cordessa (XC), 2026-09-30")
                    .contains("Page " + page + " sur " + pages).contains("PROJET");
        }
        String all = run("pdftotext", pdf.toString(), "-");
        assertThat(all).contains("Synthèse").contains("Comment lire ce rapport").contains("Éléments à recueillir")
                .contains("Changements à opérer").contains("Statut : projet.");
        assertThat(all.indexOf("Synthèse")).isLessThan(all.indexOf("Comment lire ce rapport"));
    }

    @Test
    void aFinalReportHasNoDraftMark() throws Exception {
        requirePoppler();
        byte[] fin = PdfReport.render(ReportInput.of(cordessa).withMetadata(AssessmentMetadata.of(null, null, "final")));
        Path pdf = Files.write(OUT.resolve("cordessa-final.pdf"), fin);
        assertThat(run("pdftotext", pdf.toString(), "-")).doesNotContain("DRAFT").contains("Status: final.");
    }

    @Test
    void pagesRenderToA4ImagesWithTheChartOnTheFirst() throws Exception {
        requirePoppler();
        Path pdf = OUT.resolve("cordessa-draft.pdf");
        try (Stream<Path> old = Files.list(OUT)) {
            old.filter(p -> p.getFileName().toString().startsWith("page-")).forEach(p -> p.toFile().delete());
        }
        run("pdftoppm", "-r", "50", "-png", pdf.toString(), OUT.resolve("page").toString());
        List<Path> pngs;
        try (Stream<Path> files = Files.list(OUT)) {
            pngs = files.filter(p -> p.getFileName().toString().startsWith("page-")).sorted().toList();
        }
        assertThat(pngs).isNotEmpty();
        for (Path png : pngs) {
            BufferedImage image = ImageIO.read(png.toFile());
            // A4 at 50 dots per inch: 8.27 x 11.69 inches.
            assertThat(image.getWidth()).as(png.toString()).isBetween(412, 415);
            assertThat(image.getHeight()).as(png.toString()).isBetween(583, 586);
            assertThat(share(image, rgb -> rgb != 0xFFFFFF)).as("%s is not blank", png).isGreaterThan(0.005);
        }
        BufferedImage first = ImageIO.read(pngs.get(0).toFile());
        // The chart's line and dots are the country's blue (#0b5cad); anti-aliasing blends their edges, so count near ones.
        assertThat(share(first, PdfReportTest::countryBlue)).as("the chart is drawn on the first page").isGreaterThan(0.001);
    }

    @Test
    void aLowCoverageDraftInFrenchStillHasItsChartOnTheFirstPage() throws Exception {
        requirePoppler();
        // The longest page 1 there is: the low-coverage warning, every metadata field, French words. Arvenia's coverage
        // is low, but enough of it is settled for the chart to draw a line.
        Assessment low = ENGINE.assess(HtmlReportContentTest.CORDESSA.resolveSibling("xa-arvenia-2026.json"));
        assertThat(low.overall().coverage()).as("the sample's coverage is low enough for the warning").isLessThan(0.8);
        byte[] pdf = PdfReport.render(ReportInput.of(low).withFramework(ENGINE.framework()).withPrevious(low)
                .withMetadata(AssessmentMetadata.of("Jane Doe", "Ministère de la Justice, Direction des affaires criminelles", "draft"))
                .withLocale(java.util.Locale.FRENCH));
        Path file = Files.write(OUT.resolve("arvenia-draft-fr.pdf"), pdf);
        String first = run("pdftotext", "-layout", "-f", "1", "-l", "1", file.toString(), "-");
        assertThat(first).contains("De nombreux niveaux peuvent encore changer").contains("Synthèse")
                // The caption and the legend follow the chart in a figure that is never split: on page 1, the chart is too.
                .contains("Chaque rayon est une capacité");
        run("pdftoppm", "-r", "50", "-png", "-f", "1", "-l", "1", file.toString(), OUT.resolve("arvenia-first").toString());
        Path png;
        try (Stream<Path> files = Files.list(OUT)) {
            png = files.filter(p -> p.getFileName().toString().startsWith("arvenia-first")).findFirst().orElseThrow();
        }
        BufferedImage image = ImageIO.read(png.toFile());
        // Arvenia's levels are mostly 0, so its blue line is short; the chart's ring and labels in the domains' colours
        // are what colours a page. Measured at 50 dpi: about 0.7% of page 1 with the chart, under 0.07% without it.
        assertThat(share(image, PdfReportTest::saturated)).as("the chart is drawn on the first page").isGreaterThan(0.003);
        int pages;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            pages = document.getNumberOfPages();
        }
        for (int page = 1; page <= pages; page++) {
            assertThat(run("pdftotext", "-layout", "-f", String.valueOf(page), "-l", String.valueOf(page), file.toString(), "-"))
                    .as("page %d", page).contains("PROJET");
        }
    }

    /** A strong colour, not black, grey or the warning's pale yellow. */
    private static boolean saturated(int rgb) {
        int r = rgb >> 16 & 0xFF;
        int g = rgb >> 8 & 0xFF;
        int b = rgb & 0xFF;
        int max = Math.max(r, Math.max(g, b));
        int min = Math.min(r, Math.min(g, b));
        return max > 60 && (max - min) > 0.45 * max;
    }

    private static boolean countryBlue(int rgb) {
        int r = rgb >> 16 & 0xFF;
        int g = rgb >> 8 & 0xFF;
        int b = rgb & 0xFF;
        return r < 60 && g > 60 && g < 130 && b > 140;
    }

    private static double share(BufferedImage image, java.util.function.IntPredicate pixel) {
        long count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (pixel.test(image.getRGB(x, y) & 0xFFFFFF)) {
                    count++;
                }
            }
        }
        return (double) count / (image.getWidth() * (long) image.getHeight());
    }

    private static void requirePoppler() {
        boolean installed = new File("/usr/bin/pdftoppm").canExecute() && new File("/usr/bin/pdftotext").canExecute();
        String missing = "poppler's pdftoppm and pdftotext are needed to check the PDF pages (Debian package poppler-utils)";
        if ("true".equals(System.getenv("CI"))) {
            assertThat(installed).as(missing).isTrue();
        } else {
            Assumptions.assumeTrue(installed, missing);
        }
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command)).isZero();
        return new String(out, StandardCharsets.UTF_8);
    }
}
