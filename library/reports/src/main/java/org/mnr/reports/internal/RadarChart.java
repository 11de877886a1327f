package org.mnr.reports.internal;

import java.awt.Font;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mnr.engine.model.Framework;
import org.mnr.reports.internal.Drawing.Anchor;
import org.mnr.reports.internal.Drawing.Dot;
import org.mnr.reports.internal.Drawing.Label;
import org.mnr.reports.internal.Drawing.Mark;
import org.mnr.reports.internal.Drawing.Path;
import org.mnr.reports.internal.Drawing.Point;
import org.mnr.reports.internal.Drawing.Stroke;

/**
 * Draws the capability levels as a radar chart: grey rings for levels 1 to 4 labelled 0 to 4, a spoke per
 * capability with its label in its domain's colour and an arc of that colour over each domain's spokes,
 * the level reached as a dot joined to its neighbours, and, where the level is provisional, a band from
 * the level to the highest level it could reach. A capability not assessed has a dashed spoke, says so
 * in its label and is not plotted at all, never as 0.
 *
 * <p>The marks are written directly rather than through a charting library: the one that could paint a
 * chart into SVG (JFreeSVG) is GPL-3.0, which an Apache-licensed library that others embed cannot
 * bundle, and a radar is a few polygons. Labels are anchored by the side of the chart they stand on and
 * measured with the shipped font, so no installed font's metrics decide a coordinate.
 */
public final class RadarChart {

    /** The chart's width in user units; its height is what the labels need. */
    static final int WIDTH = 1100;
    /** Space kept free around the labels. */
    private static final double MARGIN = 10;

    /** The label size: at least 8 pt when the chart is printed 18 cm wide on A4. */
    static final float LABEL_SIZE = 18;
    static final double LINE_HEIGHT = 21;
    /** The font the labels are measured with; the page asks for the same family. */
    static final Font LABEL_FONT = ReportFonts.SANS.awt(LABEL_SIZE);
    /** A label line is wrapped at this many characters. */
    static final int WRAP = 18;

    static final String RING_COLOUR = "#8c959f";
    static final String RING_LABEL_COLOUR = "#424a53";
    static final String COUNTRY_COLOUR = "#0b5cad";
    /** One colour per domain, in domain order: distinct hues, none blue like the country's line, each dark enough for text. */
    static final List<String> DOMAIN_COLOURS = List.of("#b35400", "#00745f", "#8a3f9c", "#b8233a", "#5f6500", "#7a4f2a");

    static final double CENTRE_X = WIDTH / 2.0;
    /** The radius of the level-4 ring. */
    static final double RADIUS = 270;
    private static final double ARC_RADIUS = RADIUS + 9;
    private static final double LABEL_GAP = 22;
    /** Within this much of a vertical spoke a label is centred on it rather than set to one side. */
    private static final double CENTRED = 0.1;
    static final double BAND_WIDTH = 14;

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
        return drawing(report, title).svg(id);
    }

    /** The chart of a report's capability levels as marks. */
    public static Drawing drawing(ReportView report, String title) {
        List<CapabilityView> capabilities = report.capabilities();
        Map<String, String> colours = new HashMap<>();
        report.domains().forEach(d -> colours.put(d.id(), d.colour()));
        int n = capabilities.size();
        List<Mark> marks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            CapabilityView c = capabilities.get(i);
            Stroke stroke = new Stroke(RING_COLOUR, c.assessed() ? 0.75 : 1.5, 1, !c.assessed(), false);
            marks.add(new Path(c.assessed() ? "spoke" : "spoke not-assessed", List.of(new Point(CENTRE_X, 0), at(i, n, RADIUS)),
                    false, null, stroke, Map.of("capability", String.valueOf(c.id()))));
        }
        for (int ring = 1; ring <= Framework.TOP_LEVEL; ring++) {
            List<Point> points = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                points.add(at(i, n, radius(ring)));
            }
            marks.add(new Path("ring", points, true, null, Stroke.solid(RING_COLOUR, 0.75), Map.of("level", String.valueOf(ring))));
        }
        domainArcs(marks, capabilities, colours);
        for (int i = 0; i < n; i++) {
            CapabilityView c = capabilities.get(i);
            if (c.assessed() && c.levelMax() > c.level()) {
                marks.add(new Path("range", List.of(at(i, n, radius(c.level())), at(i, n, radius(c.levelMax()))), false, null,
                        new Stroke(COUNTRY_COLOUR, BAND_WIDTH, 0.3, false, false), Map.of("capability", String.valueOf(c.id()),
                                "level", String.valueOf(c.level()), "level-max", String.valueOf(c.levelMax()))));
            }
        }
        levelLine(marks, capabilities);
        for (int i = 0; i < n; i++) {
            CapabilityView c = capabilities.get(i);
            if (c.assessed()) {
                marks.add(new Dot("level", at(i, n, radius(c.level())), 5.5, COUNTRY_COLOUR, null,
                        Map.of("capability", String.valueOf(c.id()), "level", String.valueOf(c.level()))));
            }
        }
        ringLabels(marks, n);
        List<Label> labels = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            labels.add(label(capabilities.get(i), i, n, colours.getOrDefault(capabilities.get(i).domainId(), "#000000"),
                    report.t("chart.not-assessed")));
        }
        labels = separate(labels, marks, n);
        marks.addAll(labels);
        double top = -ARC_RADIUS - 4;
        double bottom = ARC_RADIUS + 4;
        for (Label l : labels) {
            top = Math.min(top, box(l)[1]);
            bottom = Math.max(bottom, box(l)[3]);
        }
        // Drawn around a centre at y = 0, then moved down so that the highest label has a margin above it.
        return new Drawing(WIDTH, 0, title, marks).movedDown(MARGIN - top, (int) Math.ceil(bottom - top + 2 * MARGIN));
    }

    /**
     * Labels moved apart: taken from the sides of the chart towards its top and bottom, each is pushed away from
     * the centre line until it overlaps no label placed before it, and a thin leader joins a pushed label to its spoke.
     */
    private static List<Label> separate(List<Label> labels, List<Mark> marks, int n) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        order.sort(java.util.Comparator.comparingDouble((Integer i) -> Math.abs(Math.sin(angle(i, n)))).thenComparing(i -> i));
        Label[] placed = new Label[n];
        List<double[]> boxes = new ArrayList<>();
        for (int i : order) {
            Label l = labels.get(i);
            double step = Math.sin(angle(i, n)) > 0 ? -2 : 2;
            double moved = 0;
            while (overlapsAny(box(l), boxes)) {
                l = new Label(l.kind(), l.x(), l.firstBaseline() + step, l.lineHeight(), l.lines(), l.anchor(), l.size(), l.bold(), l.colour(),
                        l.data());
                moved += Math.abs(step);
            }
            if (moved > LABEL_SIZE / 2) {
                double[] b = box(l);
                Point from = at(i, n, ARC_RADIUS + 6);
                marks.add(new Path("leader", List.of(from, new Point(l.x(), step > 0 ? b[1] + 2 : b[3] - 2)), false, null,
                        Stroke.solid(RING_COLOUR, 0.75), Map.of("capability", l.data().get("capability"))));
            }
            placed[i] = l;
            boxes.add(box(l));
        }
        return List.of(placed);
    }

    private static boolean overlapsAny(double[] box, List<double[]> boxes) {
        for (double[] other : boxes) {
            boolean apart = box[2] + 4 <= other[0] || other[2] + 4 <= box[0] || box[3] + 2 <= other[1] || other[3] + 2 <= box[1];
            if (!apart) {
                return true;
            }
        }
        return false;
    }

    /** A label's box, {left, top, right, bottom}, measured with the shipped font. */
    static double[] box(Label l) {
        Font font = ReportFonts.SANS.awt((float) l.size());
        java.awt.font.FontRenderContext frc = new java.awt.font.FontRenderContext(null, true, true);
        java.awt.font.LineMetrics metrics = font.getLineMetrics("Ag", frc);
        double width = 0;
        for (String line : l.lines()) {
            width = Math.max(width, font.getStringBounds(line, frc).getWidth());
        }
        double left = switch (l.anchor()) {
            case START -> l.x();
            case MIDDLE -> l.x() - width / 2;
            case END -> l.x() - width;
        };
        double top = l.firstBaseline() - metrics.getAscent();
        double bottom = l.firstBaseline() + (l.lines().size() - 1) * l.lineHeight() + metrics.getDescent();
        return new double[] {left, top, left + width, bottom};
    }

    /** Joins the levels of neighbouring assessed capabilities; a capability not assessed breaks the line. */
    private static void levelLine(List<Mark> marks, List<CapabilityView> capabilities) {
        int n = capabilities.size();
        if (capabilities.stream().allMatch(CapabilityView::assessed)) {
            List<Point> points = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                points.add(at(i, n, radius(capabilities.get(i).level())));
            }
            marks.add(new Path("country", points, true, null, new Stroke(COUNTRY_COLOUR, 3, 1, false, true), Map.of()));
            return;
        }
        // Start after a capability not assessed, so that a run crossing the first spoke stays one line.
        int start = 0;
        while (capabilities.get(start).assessed()) {
            start++;
        }
        List<Point> run = new ArrayList<>();
        for (int k = 1; k <= n; k++) {
            int i = (start + k) % n;
            if (capabilities.get(i).assessed()) {
                run.add(at(i, n, radius(capabilities.get(i).level())));
            }
            if (!capabilities.get(i).assessed() || k == n) {
                if (run.size() > 1) {
                    marks.add(new Path("country", run, false, null, new Stroke(COUNTRY_COLOUR, 3, 1, false, true), Map.of()));
                }
                run = new ArrayList<>();
            }
        }
    }

    /** An arc in each domain's colour just outside the outer ring, over its capabilities' spokes. */
    private static void domainArcs(List<Mark> marks, List<CapabilityView> capabilities, Map<String, String> colours) {
        int n = capabilities.size();
        int i = 0;
        while (i < n) {
            String domain = capabilities.get(i).domainId();
            int first = i;
            while (i < n && capabilities.get(i).domainId().equals(domain)) {
                i++;
            }
            List<Point> points = new ArrayList<>();
            double from = first - 0.42;
            double to = i - 1 + 0.42;
            int steps = Math.max(2, (int) Math.ceil((to - from) * 8));
            for (int s = 0; s <= steps; s++) {
                double position = from + (to - from) * s / steps;
                points.add(at(position, n, ARC_RADIUS));
            }
            marks.add(new Path("domain", points, false, null, Stroke.solid(colours.getOrDefault(domain, RING_COLOUR), 6),
                    Map.of("domain", domain)));
        }
    }

    /** The level of each ring, 0 at the centre to 4, between the first two spokes. */
    private static void ringLabels(List<Mark> marks, int n) {
        for (int level = 0; level <= Framework.TOP_LEVEL; level++) {
            Point p = at(0.5, n, radius(level) + (level == 0 ? 0 : 4));
            marks.add(new Label("ring-label", p.x() + 4, p.y() + 5, LINE_HEIGHT, List.of(String.valueOf(level)), Anchor.START, 15, true,
                    RING_LABEL_COLOUR, Map.of("level", String.valueOf(level))));
        }
    }

    private static Label label(CapabilityView capability, int i, int n, String colour, String notAssessed) {
        List<String> lines = new ArrayList<>(wrap(capability.id() + " " + capability.name()));
        if (!capability.assessed()) {
            lines.add(notAssessed);
        }
        double cos = Math.cos(angle(i, n));
        double sin = Math.sin(angle(i, n));
        Anchor anchor = cos > CENTRED ? Anchor.START : cos < -CENTRED ? Anchor.END : Anchor.MIDDLE;
        Point end = at(i, n, RADIUS + LABEL_GAP);
        double block = (lines.size() - 1) * LINE_HEIGHT;
        // Below the chart a label hangs from its spoke's end, above it rests on it, at the sides it is centred on it.
        double first = sin < -CENTRED ? end.y() + LABEL_SIZE * 0.8
                : sin > CENTRED ? end.y() - block - LABEL_SIZE * 0.1
                : end.y() - block / 2 + LABEL_SIZE * 0.35;
        return new Label(capability.assessed() ? "capability" : "capability not-assessed", end.x(), first, LINE_HEIGHT, lines, anchor,
                LABEL_SIZE, false, colour, Map.of("capability", String.valueOf(capability.id()), "domain", capability.domainId()));
    }

    /** Words into lines of at most {@link #WRAP} characters; a longer word stands alone. */
    static List<String> wrap(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > WRAP) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    static double radius(int level) {
        return RADIUS * level / Framework.TOP_LEVEL;
    }

    /** The angle of spoke i (fractions lie between spokes), counter-clockwise from the x axis: the first straight up, then clockwise. */
    private static double angle(double i, int n) {
        return Math.PI / 2 - 2 * Math.PI * i / n;
    }

    private static Point at(double i, int n, double radius) {
        return new Point(CENTRE_X + radius * Math.cos(angle(i, n)), -radius * Math.sin(angle(i, n)));
    }

    static String label(CapabilityView capability) {
        return capability.id() + " " + capability.name();
    }
}
