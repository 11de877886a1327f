package org.mnr.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.mnr.reports.AssessmentMetadata;

class RadarChartTest {

    /**
     * Levels chosen for the chart, one per capability: {level, levelMax}, or null for a capability not assessed.
     * Capability 1 is settled at 2, 2 is provisional from 1 up to 3, 3 is not assessed, 4 is settled at 0.
     */
    private static final int[][] LEVELS = {
        {2, 2}, {1, 3}, null, {0, 0}, {4, 4}, {3, 3}, {1, 4}, {2, 2}, {0, 2}, {1, 1}, {2, 2},
        {3, 3}, {2, 3}, null, {1, 1}, {4, 4}, {3, 3}, {2, 2}, {1, 2}, {0, 0}, {2, 2}};
    private static final String[] NAMES = {"Leadership", "Research, Analysis and Monitoring", "Legislation", "Dedicated Law Enforcement",
        "Judiciary and Prosecutors", "Offender Management Process", "Access to Image Databases", "End-to-End Support",
        "Child Protection Workforce", "Compensation, Remedies and Complaints Arrangements", "Child Helpline", "CSEA Hotline",
        "Education Programme", "Child Participation", "Offender Support Systems", "Takedown Procedures", "CSEA Reporting",
        "Innovative Solution Development", "Corporate Social Responsibility", "Ethical and Informed Media Reporting",
        "Universal Terminology"};
    private static final String[] DOMAINS = {"D1", "D1", "D1", "D2", "D2", "D2", "D2", "D3", "D3", "D3", "D3", "D3", "D4", "D4", "D4",
        "D5", "D5", "D5", "D5", "D6", "D6"};

    private static final ReportView REPORT = report();
    private static final Element SVG = Jsoup.parse(RadarChart.svg(REPORT, "c", "t"), Parser.xmlParser()).selectFirst("svg");

    private static ReportView report() {
        ReportText text = ReportText.of(Locale.ENGLISH);
        List<CapabilityView> capabilities = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            int[] l = LEVELS[i];
            capabilities.add(new CapabilityView(i + 1, NAMES[i], DOMAINS[i], "Domain " + DOMAINS[i], null, l == null ? 0 : l[0],
                    l == null ? 4 : l[1], l != null, "", "", "", "", null, null, null, List.of()));
        }
        List<DomainView> domains = new ArrayList<>();
        for (int d = 1; d <= 6; d++) {
            domains.add(new DomainView("D" + d, "Domain D" + d, "", 0, "", RadarChart.DOMAIN_COLOURS.get(d - 1)));
        }
        return new ReportView(text, "XA", "Atlantis", "2026-06-30", "mnr-engine 1.1.0", "mnr 1.1.0", "", "", false, "reported", List.of(),
                AssessmentMetadata.NONE, null, true, domains, capabilities, List.of(), List.of(), 0, 0, List.of(), List.of());
    }

    @Test
    void sameReportGivesTheSameSvgWithFixedIds() {
        String svg = RadarChart.svg(REPORT, "chart-a", "A title");
        assertThat(RadarChart.svg(REPORT, "chart-a", "A title")).isEqualTo(svg);
        Element root = Jsoup.parse(svg, Parser.xmlParser()).selectFirst("svg");
        assertThat(root.id()).isEqualTo("chart-a");
        assertThat(root.select("[id]").eachAttr("id")).allMatch(id -> id.startsWith("chart-a"));
        assertThat(root.selectFirst("title").text()).isEqualTo("A title");
        assertThat(root.attr("viewBox")).startsWith("0 0 " + RadarChart.WIDTH + " ");
    }

    @Test
    void titleAndLabelsAreEscaped() {
        String svg = RadarChart.svg(REPORT, "c", "Levels of <Atlantis> & \"co\"");
        assertThat(svg).contains("<title>Levels of &lt;Atlantis&gt; &amp; &quot;co&quot;</title>");
    }

    @Test
    void everyCapabilityHasALabelThatFitsInsideTheChartAndOverlapsNoOther() {
        List<Element> labels = SVG.select("text.capability, text.not-assessed");
        assertThat(labels).hasSize(21);
        double height = Double.parseDouble(SVG.attr("viewBox").split(" ")[3]);
        Graphics2D graphics = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        FontMetrics metrics = graphics.getFontMetrics(RadarChart.LABEL_FONT);
        List<double[]> boxes = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            Element label = labels.get(i);
            List<String> lines = lines(label);
            String expected = (i + 1) + " " + NAMES[i] + (LEVELS[i] == null ? " (not assessed)" : "");
            assertThat(String.join(" ", lines)).isEqualTo(expected);
            assertThat(lines).allMatch(line -> line.length() <= RadarChart.WRAP || !line.contains(" "));
            double x = Double.parseDouble(label.attr("x"));
            double y = Double.parseDouble(label.attr("y"));
            int width = lines.stream().mapToInt(metrics::stringWidth).max().orElseThrow();
            double left = switch (label.attr("text-anchor")) {
                case "start" -> x;
                case "end" -> x - width;
                case "middle" -> x - width / 2.0;
                default -> throw new AssertionError("unexpected text-anchor on " + expected);
            };
            double[] box = {left, y - metrics.getAscent(), left + width, y + (lines.size() - 1) * RadarChart.LINE_HEIGHT + metrics.getDescent()};
            assertThat(box[0]).as(expected).isGreaterThanOrEqualTo(0);
            assertThat(box[2]).as(expected).isLessThanOrEqualTo(RadarChart.WIDTH);
            assertThat(box[1]).as(expected).isGreaterThanOrEqualTo(0);
            assertThat(box[3]).as(expected).isLessThanOrEqualTo(height);
            for (int j = 0; j < boxes.size(); j++) {
                double[] other = boxes.get(j);
                boolean apart = box[2] <= other[0] || other[2] <= box[0] || box[3] <= other[1] || other[3] <= box[1];
                assertThat(apart).as("label of %d overlaps the label of %d", i + 1, j + 1).isTrue();
            }
            boxes.add(box);
        }
        graphics.dispose();
    }

    @Test
    void labelsArePrintableAtA4Width() {
        // 18 cm wide on paper: a label of this size in a chart this wide is at least 8 pt (1 pt = 0.3528 mm).
        double points = RadarChart.LABEL_SIZE / RadarChart.WIDTH * 180 / 0.3528;
        assertThat(points).isGreaterThanOrEqualTo(8);
    }

    @Test
    void drawsFourRingsLabelledWithTheirLevelsAndZeroAtTheCentre() {
        double[] centre = centre();
        List<Element> rings = SVG.select("polygon.ring");
        assertThat(rings).hasSize(4);
        for (int ring = 1; ring <= 4; ring++) {
            Element polygon = rings.get(ring - 1);
            assertThat(polygon.attr("stroke")).isEqualTo(RadarChart.RING_COLOUR);
            for (double distance : distances(polygon, centre)) {
                assertThat(distance).isCloseTo(RadarChart.RADIUS * ring / 4, within(0.01));
            }
        }
        assertThat(SVG.select("text.ring-label").eachText()).containsExactly("0", "1", "2", "3", "4");
    }

    @Test
    void plotsEachAssessedLevelAtItsDistanceAndNeverPlotsACapabilityNotAssessed() {
        double[] centre = centre();
        List<Element> dots = SVG.select("circle.level");
        assertThat(dots).hasSize(19);
        for (Element dot : dots) {
            int capability = Integer.parseInt(dot.attr("data-capability"));
            int[] expected = LEVELS[capability - 1];
            assertThat(expected).as("capability %d is assessed", capability).isNotNull();
            double distance = Math.hypot(Double.parseDouble(dot.attr("cx")) - centre[0], Double.parseDouble(dot.attr("cy")) - centre[1]);
            assertThat(distance).as("capability %d", capability).isCloseTo(RadarChart.RADIUS * expected[0] / 4, within(0.01));
        }
        assertThat(dots.stream().map(d -> d.attr("data-capability"))).doesNotContain("3", "14");
        assertThat(SVG.select("polyline.spoke.not-assessed").eachAttr("data-capability")).containsExactly("3", "14");
        assertThat(SVG.select("polyline.spoke.not-assessed")).allMatch(s -> s.hasAttr("stroke-dasharray"));
        // The line breaks at each capability not assessed: 1-2, 4-13 and 15-21 joined with 1 across the top.
        List<Element> lines = SVG.select("polyline.country");
        assertThat(lines).hasSize(2);
        assertThat(lines.stream().mapToInt(l -> l.attr("points").split(" ").length).sorted().toArray()).containsExactly(9, 10);
    }

    @Test
    void drawsABandFromEachProvisionalLevelToTheHighestItCouldReach() {
        double[] centre = centre();
        org.jsoup.select.Elements bands = SVG.select("polyline.range");
        assertThat(bands.eachAttr("data-capability")).containsExactly("2", "7", "9", "13", "19");
        for (Element band : bands) {
            int[] expected = LEVELS[Integer.parseInt(band.attr("data-capability")) - 1];
            List<Double> ends = distances(band, centre);
            assertThat(ends.get(0)).isCloseTo(RadarChart.RADIUS * expected[0] / 4, within(0.01));
            assertThat(ends.get(1)).isCloseTo(RadarChart.RADIUS * expected[1] / 4, within(0.01));
            assertThat(Double.parseDouble(band.attr("stroke-width"))).isGreaterThan(5);
        }
    }

    @Test
    void eachDomainHasItsOwnColourOnItsArcAndItsLabels() {
        org.jsoup.select.Elements arcs = SVG.select("polyline.domain");
        assertThat(arcs.eachAttr("data-domain")).containsExactly("D1", "D2", "D3", "D4", "D5", "D6");
        assertThat(arcs.stream().map(a -> a.attr("stroke")).distinct()).hasSize(6);
        for (Element label : SVG.select("text.capability")) {
            int d = Integer.parseInt(label.attr("data-domain").substring(1));
            assertThat(label.attr("fill")).isEqualTo(arcs.get(d - 1).attr("stroke"));
        }
    }

    @Test
    void theFirstCapabilityIsStraightUpAndTheOthersFollowClockwise() {
        double[] centre = centre();
        String[] outer = SVG.select("polygon.ring").get(3).attr("points").split(" ");
        double[] first = xy(outer[0]);
        double[] second = xy(outer[1]);
        assertThat(first[0]).isCloseTo(centre[0], within(0.01));
        assertThat(first[1]).isLessThan(centre[1]);
        assertThat(second[0]).as("clockwise: the second spoke leans right").isGreaterThan(centre[0]);
    }

    @Test
    void wrapsLongNamesAtWordsIntoLinesOfAtMostTheWrapWidth() {
        assertThat(RadarChart.wrap("10 Compensation, Remedies and Complaints Arrangements"))
                .containsExactly("10 Compensation,", "Remedies and", "Complaints", "Arrangements");
        assertThat(RadarChart.wrap("1 Leadership")).containsExactly("1 Leadership");
    }

    private static List<String> lines(Element label) {
        List<Element> spans = label.select("tspan");
        return spans.isEmpty() ? List.of(label.text()) : spans.stream().map(Element::text).toList();
    }

    /** The centre: where every spoke starts. */
    private static double[] centre() {
        return xy(SVG.selectFirst("polyline.spoke").attr("points").split(" ")[0]);
    }

    private static List<Double> distances(Element polygon, double[] centre) {
        return Arrays.stream(polygon.attr("points").split(" "))
                .map(RadarChartTest::xy)
                .map(p -> Math.hypot(p[0] - centre[0], p[1] - centre[1]))
                .toList();
    }

    private static double[] xy(String point) {
        String[] parts = point.split(",");
        return new double[] {Double.parseDouble(parts[0]), Double.parseDouble(parts[1])};
    }
}
