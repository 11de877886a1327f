package org.mnr.reports.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.SpiderWebPlot;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.ViewBox;
import org.mnr.engine.model.Framework;

/**
 * Draws the 21 capability levels as a radar chart in SVG: JFreeChart's spider-web plot painted onto
 * JFreeSVG's graphics, with grey rings for levels 1 to 4 and the country's levels on top.
 *
 * <p>The SVG is byte-stable: its ids are fixed rather than drawn from the clock, and coordinates
 * are rounded to two decimals.
 */
public final class RadarChart {

    /** The chart's width and height in SVG user units. */
    static final int WIDTH = 1120;
    static final int HEIGHT = 600;

    private static final Color RING = new Color(0x8c959f);
    private static final Color COUNTRY = new Color(0x0b5cad);
    static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 14);

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
        DefaultCategoryDataset levels = new DefaultCategoryDataset();
        for (int ring = 1; ring <= Framework.TOP_LEVEL; ring++) {
            for (CapabilityView capability : report.capabilities()) {
                levels.addValue(ring, "Level " + ring, label(capability));
            }
        }
        for (CapabilityView capability : report.capabilities()) {
            levels.addValue(capability.level(), report.country(), label(capability));
        }
        SpiderWebPlot plot = new SpiderWebPlot(levels);
        plot.setMaxValue(Framework.TOP_LEVEL);
        plot.setStartAngle(90);
        plot.setInteriorGap(0.16);
        plot.setHeadPercent(0.006);
        plot.setAxisLinePaint(RING);
        plot.setLabelFont(LABEL_FONT);
        plot.setLabelPaint(Color.BLACK);
        plot.setOutlineVisible(false);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setWebFilled(false);
        for (int ring = 0; ring < Framework.TOP_LEVEL; ring++) {
            plot.setSeriesPaint(ring, RING);
            plot.setSeriesOutlinePaint(ring, RING);
            plot.setSeriesOutlineStroke(ring, new BasicStroke(0.75f));
        }
        int country = Framework.TOP_LEVEL;
        plot.setSeriesPaint(country, COUNTRY);
        plot.setSeriesOutlinePaint(country, COUNTRY);
        plot.setSeriesOutlineStroke(country, new BasicStroke(3f));

        JFreeChart chart = new JFreeChart(null, null, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);

        SVGGraphics2D graphics = new SVGGraphics2D(WIDTH, HEIGHT);
        graphics.setDefsKeyPrefix(id + "-");
        graphics.setGeomDoubleConverter(RadarChart::twoDecimals);
        graphics.setTransformDoubleConverter(RadarChart::twoDecimals);
        graphics.setRenderingHint(SVGHints.KEY_ELEMENT_TITLE, title);
        chart.draw(graphics, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        return graphics.getSVGElement(id, false, new ViewBox(0, 0, WIDTH, HEIGHT), null, null);
    }

    private static String label(CapabilityView capability) {
        return capability.id() + " " + capability.name();
    }

    private static String twoDecimals(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
