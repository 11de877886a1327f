package org.mnr.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mnr.engine.MaturityEngine;
import org.mnr.engine.Variants;
import org.mnr.engine.evidence.ParsedEvidence;
import org.mnr.engine.result.Assessment;

/**
 * French puts a space before {@code : ; ? !} ("Leadership :", not "Leadership:"): the visible text of a French report, in
 * every format, has none of them right after a word. Addresses, times and ids (C01.L2, ISO 8601) are not words.
 */
class FrenchTypographyTest {

    private static final MaturityEngine ENGINE = MaturityEngine.builder().build();
    /** A letter or a closing mark, then one of the four marks. */
    private static final Pattern GLUED = Pattern.compile("[\\p{L})»\\]](?=[:;?!])");
    /** What is not prose: addresses, and a colon in a pointer, time or id such as {@code /evidence/0} or {@code 12:30}. */
    private static final Pattern NOT_PROSE = Pattern.compile("\\b(?:https?|mailto|file):\\S*");

    private static ReportInput arvenia;
    private static ReportInput cordessa;
    /** What evaluators wrote (sources and notes, in English in the fixtures): theirs, not the report's. */
    private static final List<String> EVALUATORS_WORDS = new ArrayList<>();

    @BeforeAll
    static void score() {
        arvenia = input("xa-arvenia-2026.json", Locale.FRENCH);
        cordessa = input("xc-cordessa-2026.json", Locale.FRENCH);
    }

    /** A full report of a fixture as {@code mnr score --lang} makes it, with every metadata field and the previous levels. */
    private static ReportInput input(String file, Locale locale) {
        Path path = HtmlReportContentTest.CORDESSA.resolveSibling(file);
        ParsedEvidence parsed = ENGINE.read(path);
        parsed.evidence().items().forEach(i -> {
            if (i.source() != null) {
                EVALUATORS_WORDS.add(i.source());
            }
            if (i.note() != null) {
                EVALUATORS_WORDS.add(i.note());
            }
        });
        Assessment assessment = ENGINE.assess(parsed, Variants.fromMemberships());
        return PlannedReports.of(ENGINE, parsed, Variants.fromMemberships(), assessment, locale).withPrevious(assessment)
                .withMetadata(AssessmentMetadata.of("Jeanne Dupont", "Ministère de la Justice", "draft"));
    }

    /** Each place a mark follows a word, with a little of what surrounds it. */
    private static List<String> glued(String text) {
        String prose = text;
        for (String theirs : EVALUATORS_WORDS) {
            prose = prose.replace(theirs, " ");
        }
        prose = NOT_PROSE.matcher(prose).replaceAll(" ");
        List<String> found = new ArrayList<>();
        Matcher m = GLUED.matcher(prose);
        while (m.find()) {
            found.add(prose.substring(Math.max(0, m.start() - 30), Math.min(prose.length(), m.end() + 10)).replace('\n', ' '));
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

    @Test
    void theHtmlReportPutsASpaceBeforeEachMark() {
        for (ReportInput input : List.of(arvenia, cordessa)) {
            String html = HtmlReport.render(input);
            assertThat(Jsoup.parse(html).selectFirst("html").attr("lang")).isEqualTo("fr");
            assertThat(glued(visible(html))).isEmpty();
        }
    }

    @Test
    void theMarkdownAndTextReportsPutASpaceBeforeEachMark() {
        for (ReportInput input : List.of(arvenia, cordessa)) {
            // Markdown's own syntax is not text: a link's target and a table's separator row.
            String markdown = MarkdownReport.render(input).replaceAll("\\]\\([^)]*\\)", "]").replaceAll("(?m)^\\|[-| :]+\\|$", "");
            assertThat(glued(markdown)).isEmpty();
            assertThat(glued(TextReport.render(input))).isEmpty();
        }
    }

    @Test
    void theCheckWouldSeeAGluedColonAndEnglishKeepsItsOwn() {
        // The check itself: it finds "Leadership:" and leaves an address and a criterion id alone.
        assertThat(glued("Leadership: 2 ; voir https://example.org/a:b et C01.L2")).singleElement().asString().startsWith("Leadership:");
        // English and Spanish write the mark right after the word, as before.
        String english = HtmlReport.render(input("xc-cordessa-2026.json", Locale.ENGLISH));
        assertThat(glued(visible(english))).isNotEmpty();
        String spanish = HtmlReport.render(input("xc-cordessa-2026.json", Locale.forLanguageTag("es")));
        assertThat(glued(visible(spanish))).isNotEmpty();
    }
}
