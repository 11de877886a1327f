package org.mnr.reports.internal;

import java.awt.Font;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.apache.commons.text.StringEscapeUtils;
import org.mnr.engine.model.Framework;

/**
 * Draws the 21 capability levels as a radar chart in SVG: grey rings for levels 1 to 4, a spoke and a
 * label per capability, and the country's levels on top.
 *
 * <p>The SVG is written directly rather than through a charting library: the one that could paint a
 * chart into SVG (JFreeSVG) is GPL-3.0, which an Apache-licensed library that others embed cannot
 * bundle, and a radar is a few polygons. Writing it directly also keeps it byte-stable on every machine:
 * labels are anchored by the side of the chart they stand on, so no installed font's metrics decide a
 * coordinate; coordinates are rounded to two decimals and the only id is the one given.
 */
public final class RadarChart {

    /** The chart's width and height in SVG user units. */
    static final int WIDTH = 1120;
    static final int HEIGHT = 600;

    /** The font the labels are drawn in; the page's sans-serif at this size. */
    static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 14);

    static final String RING_COLOUR = "#8c959f";
    static final String COUNTRY_COLOUR = "#0b5cad";

    private static final double CENTRE_X = WIDTH / 2.0;
    private static final double CENTRE_Y = HEIGHT / 2.0;
    /** The radius of the level-4 ring: leaves room above and below for a label and on each side for the longest names. */
    static final double RADIUS = 230;
    private static final double LABEL_GAP = 12;
    /** Within this much of a vertical spoke a label is centred on it rather than set to one side. */
    private static final double CENTRED = 0.1;

    private RadarChart() {
    }

    /**
     * The chart of a report's capability levels as an {@code <svg>} element.
     *
     * @param report the report
     * @param id the element's id, unique in the page
     * @param title the chart's {@code <title>}, its short text alternative
     */
    public static String svg(ReportView report, String id, String title) {
        List<CapabilityView> capabilities = report.capabilities();
        StringBuilder svg = new StringBuilder(8_192);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"").append(StringEscapeUtils.escapeXml10(id))
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT).append("\">")
                .append("<title>").append(StringEscapeUtils.escapeXml10(title)).append("</title>")
                .append("<rect width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT).append("\" fill=\"#ffffff\"/>");
        int n = capabilities.size();
        svg.append("<g class=\"spokes\" stroke=\"").append(RING_COLOUR).append("\" stroke-width=\"0.75\">");
        for (int i = 0; i < n; i++) {
            svg.append("<line x1=\"").append(number(CENTRE_X)).append("\" y1=\"").append(number(CENTRE_Y))
                    .append("\" x2=\"").append(number(x(i, n, RADIUS))).append("\" y2=\"").append(number(y(i, n, RADIUS)))
                    .append("\"/>");
        }
        svg.append("</g>");
        for (int ring = 1; ring <= Framework.TOP_LEVEL; ring++) {
            double radius = RADIUS * ring / Framework.TOP_LEVEL;
            svg.append("<polygon class=\"ring\" data-level=\"").append(ring).append("\" fill=\"none\" stroke=\"")
                    .append(RING_COLOUR).append("\" stroke-width=\"0.75\" points=\"");
            for (int i = 0; i < n; i++) {
                point(svg, i, n, radius);
            }
            svg.append("\"/>");
        }
        svg.append("<polygon class=\"country\" fill=\"none\" stroke=\"").append(COUNTRY_COLOUR)
                .append("\" stroke-width=\"3\" stroke-linejoin=\"round\" points=\"");
        for (int i = 0; i < n; i++) {
            point(svg, i, n, RADIUS * capabilities.get(i).level() / Framework.TOP_LEVEL);
        }
        svg.append("\"/>");
        svg.append("<g class=\"labels\" font-family=\"sans-serif\" font-size=\"").append(LABEL_FONT.getSize())
                .append("\" fill=\"#000000\">");
        for (int i = 0; i < n; i++) {
            double cos = Math.cos(angle(i, n));
            String anchor = cos > CENTRED ? "start" : cos < -CENTRED ? "end" : "middle";
            double sin = Math.sin(angle(i, n));
            // Text sits on its baseline: below the chart a label hangs from its spoke's end, above it rests on it.
            double baseline = y(i, n, RADIUS + LABEL_GAP) + (sin < 0 ? LABEL_FONT.getSize() * 0.8 : LABEL_FONT.getSize() * 0.35);
            svg.append("<text x=\"").append(number(x(i, n, RADIUS + LABEL_GAP))).append("\" y=\"").append(number(baseline))
                    .append("\" text-anchor=\"").append(anchor).append("\">").append(StringEscapeUtils.escapeXml10(label(capabilities.get(i))))
                    .append("</text>");
        }
        svg.append("</g></svg>");
        return svg.toString();
    }

    /** The angle of capability i's spoke, counter-clockwise from the x axis: the first straight up, then clockwise. */
    private static double angle(int i, int n) {
        return Math.PI / 2 - 2 * Math.PI * i / n;
    }

    private static double x(int i, int n, double radius) {
        return CENTRE_X + radius * Math.cos(angle(i, n));
    }

    private static double y(int i, int n, double radius) {
        return CENTRE_Y - radius * Math.sin(angle(i, n));
    }

    private static void point(StringBuilder svg, int i, int n, double radius) {
        if (i > 0) {
            svg.append(' ');
        }
        svg.append(number(x(i, n, radius))).append(',').append(number(y(i, n, radius)));
    }

    static String label(CapabilityView capability) {
        return capability.id() + " " + capability.name();
    }

    private static String number(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }
}
