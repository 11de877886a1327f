package org.mnr.reports.internal;

import org.mnr.reports.SampleAssessment;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class RadarChartTest {

    private static final ReportView REPORT = ReportView.of(SampleAssessment.get());

    @Test
    void sameReportGivesTheSameSvgWithFixedIds() {
        String svg = RadarChart.svg(REPORT, "chart-a", "A title");
        assertThat(RadarChart.svg(REPORT, "chart-a", "A title")).isEqualTo(svg);
        Element root = Jsoup.parse(svg, Parser.xmlParser()).selectFirst("svg");
        assertThat(root.id()).isEqualTo("chart-a");
        assertThat(root.select("[id]").eachAttr("id")).allMatch(id -> id.startsWith("chart-a"));
        assertThat(root.selectFirst("title").text()).isEqualTo("A title");
        assertThat(root.attr("viewBox")).isEqualTo("0 0 " + RadarChart.WIDTH + " " + RadarChart.HEIGHT);
    }

    @Test
    void hasALabelPerCapabilityAndEveryLabelFitsInsideTheChart() {
        Element root = Jsoup.parse(RadarChart.svg(REPORT, "c", "t"), Parser.xmlParser()).selectFirst("svg");
        List<Element> labels = root.select("text");
        assertThat(labels).extracting(Element::text).containsExactlyElementsOf(
                REPORT.capabilities().stream().map(c -> c.id() + " " + c.name()).toList());
        Graphics2D graphics = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        FontMetrics metrics = graphics.getFontMetrics(RadarChart.LABEL_FONT);
        for (Element label : labels) {
            double x = Double.parseDouble(label.attr("x"));
            double y = Double.parseDouble(label.attr("y"));
            assertThat(x).as(label.text()).isGreaterThanOrEqualTo(0);
            assertThat(x + metrics.stringWidth(label.text())).as(label.text()).isLessThanOrEqualTo(RadarChart.WIDTH);
            assertThat(y - metrics.getAscent()).as(label.text()).isGreaterThanOrEqualTo(0);
            assertThat(y).as(label.text()).isLessThanOrEqualTo(RadarChart.HEIGHT);
        }
        graphics.dispose();
    }

    @Test
    void drawsTheCountrysLevelsOverFourRings() {
        Element root = Jsoup.parse(RadarChart.svg(REPORT, "c", "t"), Parser.xmlParser()).selectFirst("svg");
        // One closed outline per series, in a group that carries its stroke: the rings for levels 1 to 4, then the country.
        List<Element> outlines = root.select("g > path[fill-rule=evenodd]");
        assertThat(outlines).hasSize(5);
        for (int ring = 0; ring < 4; ring++) {
            assertThat(outlines.get(ring).parent().attr("style")).contains("stroke:rgb(140,149,159)").contains("stroke-width:0.75");
        }
        assertThat(outlines.get(4).parent().attr("style")).contains("stroke:rgb(11,92,173)").contains("stroke-width:3");
    }
}
