package org.mnr.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.mnr.engine.MaturityEngine;
import org.mnr.engine.evidence.Evidence;
import org.mnr.engine.result.Assessment;

/**
 * A criterion whose pack exempts the country (the eu variant's {@code exempt: DK}) reads "Not applicable to DK: reason",
 * not as a variant's waiver, in the report's language.
 */
class ExemptionReportTest {

    private static final MaturityEngine ENGINE = MaturityEngine.builder().build();
    /** eu.yaml, EU.C03.L1.directive-transposed, exempt for DK (Protocol No 22). */
    private static final String REASON_EN = "Denmark is not bound by Directive 2011/93/EU: under Protocol No 22 on the position"
            + " of Denmark it took no part in its adoption and is not subject to its application.";
    /** The eu variant's i18n/fr.yaml, the same reason. */
    private static final String REASON_FR = "Le Danemark n'est pas lié par la directive 2011/93/UE : en vertu du protocole n° 22"
            + " sur la position du Danemark, il n'a pas participé à son adoption et n'est pas soumis à son application.";

    private static Assessment assess(String country) {
        return ENGINE.assess(Evidence.builder(country, LocalDate.of(2026, 6, 30)).memberships("EU")
                .add("governance.body.exists", true).build());
    }

    @Test
    void denmarksExemptionShowsAsNotApplicableWithThePacksReason() {
        Assessment denmark = assess("DK");
        assertThat(denmark.criterion("EU.C03.L1.directive-transposed").orElseThrow().exemptFor()).isEqualTo("DK");
        Document page = Jsoup.parse(HtmlReport.render(denmark));
        Element row = page.select("table.criteria tbody tr").stream()
                .filter(tr -> tr.selectFirst("th .criterion-id code").text().equals("EU.C03.L1.directive-transposed"))
                .findFirst().orElseThrow();
        assertThat(row.selectFirst(".provenance").text()).isEqualTo("Not applicable to DK: " + REASON_EN);
        assertThat(row.selectFirst(".badge").text()).isEqualTo("Waived");
        String md = MarkdownReport.render(denmark);
        assertThat(md).contains("| `EU.C03.L1.directive-transposed` | Not applicable to DK: " + REASON_EN + " |")
                .doesNotContain("Waived by the eu variant");
        assertThat(page.text()).doesNotContain("Waived by the eu variant");
    }

    @Test
    void inFrenchTheReasonComesFromThePacksTranslation() {
        Assessment denmark = assess("DK");
        String md = MarkdownReport.render(ReportInput.of(denmark).withLocale(Locale.FRENCH).withTexts(ENGINE.texts("fr")));
        assertThat(md).contains("| `EU.C03.L1.directive-transposed` | Non applicable à DK : " + REASON_FR + " |");
    }

    @Test
    void aMemberTheVariantBindsHasNoExemption() {
        Assessment germany = assess("DE");
        assertThat(MarkdownReport.render(germany)).doesNotContain("Not applicable to");
        assertThat(germany.criterion("EU.C03.L1.directive-transposed").orElseThrow().exemptFor()).isNull();
    }
}
