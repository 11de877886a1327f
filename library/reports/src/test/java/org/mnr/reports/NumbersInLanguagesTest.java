package org.mnr.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mnr.engine.MaturityEngine;
import org.mnr.engine.Variants;
import org.mnr.engine.evidence.ParsedEvidence;
import org.mnr.engine.result.Assessment;

/**
 * French and Spanish write a decimal comma and a space before % ("71,6", "20,0 %"): a French or Spanish report, in
 * HTML, PDF, Markdown and text, writes its figures so and shows no English decimal point in its visible text; English
 * keeps "71.6" and "20.0%", and CSV, which is data, keeps the decimal point in every language.
 */
class NumbersInLanguagesTest {

    private static final MaturityEngine ENGINE = MaturityEngine.builder().build();
    private static final Locale SPANISH = Locale.forLanguageTag("es");
    /** A decimal point between digits: what a French reader would read as English. */
    private static final Pattern DECIMAL_POINT = Pattern.compile("\\d\\.\\d");
    /**
     * What is not a figure of the report: criterion ids such as {@code C01.L2} or {@code C07.L3.ext}, versions such as
     * {@code 1.0.0}, and addresses.
     */
    private static final Pattern NOT_FIGURES = Pattern.compile("\\bC\\d+\\.[\\w.-]+|\\b\\d+\\.\\d+\\.\\d+[\\w.-]*|\\b(?:https?|file):\\S*");

    private static ParsedEvidence parsed;
    private static Assessment cordessa;
    /** What evaluators wrote (sources and notes): theirs, not the report's. */
    private static final List<String> EVALUATORS_WORDS = new ArrayList<>();

    @BeforeAll
    static void score() {
        parsed = ENGINE.read(HtmlReportContentTest.CORDESSA);
        parsed.evidence().items().forEach(i -> {
            if (i.source() != null) {
                EVALUATORS_WORDS.add(i.source());
            }
            if (i.note() != null) {
                EVALUATORS_WORDS.add(i.note());
            }
        });
        cordessa = ENGINE.assess(parsed, Variants.fromMemberships());
    }

    private static ReportInput input(Locale locale) {
        return PlannedReports.of(ENGINE, parsed, Variants.fromMemberships(), cordessa, locale).withPrevious(cordessa)
                .withMetadata(AssessmentMetadata.of("Jeanne Dupont", "Ministère de la Justice", "draft"));
    }

    /** The overall score as French and Spanish write it, from the result's own number: one decimal, a comma. */
    private static String commaScore(double score) {
        return String.format(Locale.ROOT, "%.1f", score).replace('.', ',');
    }

    /** The overall coverage as French and Spanish write it: one decimal, a comma, a no-break space, %. */
    private static String commaPercent(double share) {
        return String.format(Locale.ROOT, "%.1f", share * 100).replace('.', ',') + "\u00A0%";
    }

    /** Each decimal point between digits in a report's text, with a little of what surrounds it. */
    private static List<String> decimalPoints(String text) {
        String figures = text;
        for (String theirs : EVALUATORS_WORDS) {
            figures = figures.replace(theirs, " ");
        }
        figures = NOT_FIGURES.matcher(figures).replaceAll(" ");
        List<String> found = new ArrayList<>();
        Matcher m = DECIMAL_POINT.matcher(figures);
        while (m.find()) {
            found.add(figures.substring(Math.max(0, m.start() - 30), Math.min(figures.length(), m.end() + 10)).replace('\n', ' '));
        }
        return found;
    }

    /** The text a reader sees: the body's text, the title, and image descriptions. */
    private static String visible(String html) {
        Document page = Jsoup.parse(html);
        page.select("style, script").remove();
        StringBuilder text = new StringBuilder(page.title()).append('\n').append(page.body().wholeText());
        page.select("[alt], [aria-label], [title]").forEach(e -> text.append('\n').append(e.attr("alt")).append(' ')
                .append(e.attr("aria-label")).append(' ').append(e.attr("title")));
        page.select("svg title, svg text").forEach(e -> text.append('\n').append(e.text()));
        return text.toString();
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void theFixtureHasFiguresWithDecimalsToWrite() {
        // Otherwise the checks below would pass on a report with no figure at all.
        assertThat(cordessa.overall().score() * 10 % 10).isNotZero();
        assertThat(cordessa.overall().coverage()).isBetween(0.0, 1.0);
    }

    @Test
    void aFrenchReportWritesADecimalCommaAndASpaceBeforePercentInEveryFormat() throws Exception {
        for (Locale locale : List.of(Locale.FRENCH, SPANISH)) {
            ReportInput input = input(locale);
            String score = commaScore(cordessa.overall().score());
            String coverage = commaPercent(cordessa.overall().coverage());
            String html = HtmlReport.render(input);
            Document page = Jsoup.parse(html);
            assertThat(page.getElementById("overall-score").text()).as(locale + " HTML score").contains(score);
            assertThat(page.getElementById("overall-coverage").wholeText()).as(locale + " HTML coverage").isEqualTo(coverage);
            assertThat(decimalPoints(visible(html))).as(locale + " HTML").isEmpty();

            String markdown = MarkdownReport.render(input);
            assertThat(markdown).as(locale + " Markdown").contains(score).contains(coverage);
            assertThat(decimalPoints(markdown)).as(locale + " Markdown").isEmpty();

            String text = TextReport.render(input);
            assertThat(text).as(locale + " text").contains(score).contains(coverage);
            assertThat(decimalPoints(text)).as(locale + " text").isEmpty();

            // PDF text extraction may give the no-break space as a plain one: the comma is what must be there.
            String pdf = pdfText(PdfReport.render(input));
            assertThat(pdf).as(locale + " PDF").contains(score).containsPattern(Pattern.quote(coverage.replace("\u00A0%", "")) + "[\\s\u00A0]%");
            assertThat(decimalPoints(pdf)).as(locale + " PDF").isEmpty();
        }
    }

    @Test
    void englishKeepsTheDecimalPointAndAGluedPercent() {
        String html = HtmlReport.render(input(Locale.ENGLISH));
        Document page = Jsoup.parse(html);
        assertThat(page.getElementById("overall-score").text()).contains(String.format(Locale.ROOT, "%.1f", cordessa.overall().score()));
        assertThat(page.getElementById("overall-coverage").text())
                .isEqualTo(String.format(Locale.ROOT, "%.1f%%", cordessa.overall().coverage() * 100));
    }

    @Test
    void csvIsDataAndKeepsTheDecimalPointWhateverTheLanguage() {
        // CSV has no language: the same table for every report language, read by spreadsheets and scripts.
        String csv = CsvReport.render(List.of(cordessa));
        assertThat(csv).contains(String.format(Locale.ROOT, "%.1f", cordessa.overall().score()))
                .doesNotContain(commaScore(cordessa.overall().score()));
    }

    @Test
    void theCheckWouldSeeADecimalPointAndLeavesIdsAndVersionsAlone() {
        assertThat(decimalPoints("Score 71.6 ; C01.L2 ; mnr 1.0.0")).singleElement().asString().contains("71.6");
    }
}
