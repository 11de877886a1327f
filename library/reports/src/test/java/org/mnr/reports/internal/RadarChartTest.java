package org.mnr.reports.internal;

import org.mnr.reports.SampleAssessment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class RadarChartTest {

    private static final ReportView REPORT = ReportView.of(SampleAssessment.get());
    private static final double CENTRE_X = RadarChart.WIDTH / 2.0;
    private static final double CENTRE_Y = RadarChart.HEIGHT / 2.0;

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
    void titleAndLabelsAreEscaped() {
        String svg = RadarChart.svg(REPORT, "c", "Levels of <Atlantis> & \"co\"");
        assertThat(svg).contains("<title>Levels of &lt;Atlantis&gt; &amp; &quot;co&quot;</title>");
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
            int width = metrics.stringWidth(label.text());
            double left = switch (label.attr("text-anchor")) {
                case "start" -> x;
                case "end" -> x - width;
                case "middle" -> x - width / 2.0;
                default -> throw new AssertionError("unexpected text-anchor on " + label.text());
            };
            assertThat(left).as(label.text()).isGreaterThanOrEqualTo(0);
            assertThat(left + width).as(label.text()).isLessThanOrEqualTo(RadarChart.WIDTH);
            assertThat(y - metrics.getAscent()).as(label.text()).isGreaterThanOrEqualTo(0);
            assertThat(y + metrics.getDescent()).as(label.text()).isLessThanOrEqualTo(RadarChart.HEIGHT);
        }
        graphics.dispose();
    }

    @Test
    void drawsFourRingsAndTheCountrysLevelsAtTheirDistanceFromTheCentre() {
        Element root = Jsoup.parse(RadarChart.svg(REPORT, "c", "t"), Parser.xmlParser()).selectFirst("svg");
        List<Element> rings = root.select("polygon.ring");
        assertThat(rings).hasSize(4);
        for (int ring = 1; ring <= 4; ring++) {
            Element polygon = rings.get(ring - 1);
            assertThat(polygon.attr("stroke")).isEqualTo(RadarChart.RING_COLOUR);
            assertThat(polygon.attr("stroke-width")).isEqualTo("0.75");
            for (double distance : distances(polygon)) {
                assertThat(distance).isCloseTo(RadarChart.RADIUS * ring / 4, within(0.01));
            }
        }
        Element country = root.selectFirst("polygon.country");
        assertThat(country.attr("stroke")).isEqualTo(RadarChart.COUNTRY_COLOUR);
        assertThat(country.attr("stroke-width")).isEqualTo("3");
        List<Double> distances = distances(country);
        assertThat(distances).hasSize(REPORT.capabilities().size());
        for (int i = 0; i < distances.size(); i++) {
            CapabilityView capability = REPORT.capabilities().get(i);
            assertThat(distances.get(i)).as(RadarChart.label(capability))
                    .isCloseTo(RadarChart.RADIUS * capability.level() / 4, within(0.01));
        }
        assertThat(REPORT.capabilities().stream().map(CapabilityView::level).distinct().count())
                .as("the sample has more than one level, so the distances say which is which").isGreaterThan(1);
    }

    @Test
    void theFirstCapabilityIsStraightUpAndTheOthersFollowClockwise() {
        Element root = Jsoup.parse(RadarChart.svg(REPORT, "c", "t"), Parser.xmlParser()).selectFirst("svg");
        String[] outer = root.select("polygon.ring").get(3).attr("points").split(" ");
        double[] first = xy(outer[0]);
        double[] second = xy(outer[1]);
        assertThat(first[0]).isCloseTo(CENTRE_X, within(0.01));
        assertThat(first[1]).isLessThan(CENTRE_Y);
        assertThat(second[0]).as("clockwise: the second spoke leans right").isGreaterThan(CENTRE_X);
    }

    private static List<Double> distances(Element polygon) {
        return Arrays.stream(polygon.attr("points").split(" "))
                .map(RadarChartTest::xy)
                .map(p -> Math.hypot(p[0] - CENTRE_X, p[1] - CENTRE_Y))
                .toList();
    }

    private static double[] xy(String point) {
        String[] parts = point.split(",");
        return new double[] {Double.parseDouble(parts[0]), Double.parseDouble(parts[1])};
    }
}
