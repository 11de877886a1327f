package org.mnr.reports.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.apache.commons.text.StringEscapeUtils;

/**
 * A chart as a list of simple marks in one coordinate space, written as SVG for the HTML page and painted
 * with Java2D for the PDF, so that both show the same chart.
 *
 * @param width the width in user units
 * @param height the height in user units
 * @param title the short text alternative
 * @param marks the marks, painted in order
 */
public record Drawing(int width, int height, String title, List<Mark> marks) {

    /** Copies the list. */
    public Drawing {
        marks = List.copyOf(marks);
    }

    /** A point in user units. */
    public record Point(double x, double y) {
    }

    /**
     * How a line or outline is drawn.
     *
     * @param colour the stroke colour, {@code #rrggbb}
     * @param width the stroke width
     * @param opacity 0 to 1
     * @param dashed whether the line is dashed
     * @param roundCaps whether line ends are rounded (else flat)
     */
    public record Stroke(String colour, double width, double opacity, boolean dashed, boolean roundCaps) {

        static Stroke solid(String colour, double width) {
            return new Stroke(colour, width, 1, false, false);
        }
    }

    /** One thing drawn; {@code kind} names it as an SVG class, {@code data} are its data attributes. */
    public sealed interface Mark permits Path, Dot, Label {
        /** The mark's SVG class. */
        String kind();

        /** Its data attributes, e.g. {@code capability -> 3}. */
        Map<String, String> data();
    }

    /**
     * A polyline, closed into a polygon when asked.
     *
     * @param kind the SVG class
     * @param points the points in order
     * @param closed whether the last point joins the first
     * @param fill the fill colour, or null for none
     * @param stroke the outline, or null for none
     * @param data data attributes
     */
    public record Path(String kind, List<Point> points, boolean closed, String fill, Stroke stroke, Map<String, String> data)
            implements Mark {

        /** Copies the list and the map. */
        public Path {
            points = List.copyOf(points);
            data = Map.copyOf(data);
        }
    }

    /**
     * A filled circle.
     *
     * @param kind the SVG class
     * @param centre its centre
     * @param radius its radius
     * @param fill the fill colour
     * @param stroke the outline, or null for none
     * @param data data attributes
     */
    public record Dot(String kind, Point centre, double radius, String fill, Stroke stroke, Map<String, String> data) implements Mark {

        /** Copies the map. */
        public Dot {
            data = Map.copyOf(data);
        }
    }

    /** Where a label's lines stand relative to its x. */
    public enum Anchor {
        START, MIDDLE, END
    }

    /**
     * Lines of text, each on its own baseline.
     *
     * @param kind the SVG class
     * @param x the x each line is anchored at
     * @param firstBaseline the baseline of the first line
     * @param lineHeight the distance between baselines
     * @param lines the lines, at least one
     * @param anchor how the lines stand to x
     * @param size the font size
     * @param bold whether the text is bold
     * @param colour the text colour
     * @param data data attributes
     */
    public record Label(String kind, double x, double firstBaseline, double lineHeight, List<String> lines, Anchor anchor, double size,
            boolean bold, String colour, Map<String, String> data) implements Mark {

        /** Copies the list and the map. */
        public Label {
            lines = List.copyOf(lines);
            data = Map.copyOf(data);
        }

        /** The lines joined by spaces: what the label says. */
        public String text() {
            return String.join(" ", lines);
        }
    }

    /** The same marks moved down by dy, on a drawing of the given height. */
    public Drawing movedDown(double dy, int newHeight) {
        List<Mark> moved = new java.util.ArrayList<>();
        for (Mark mark : marks) {
            if (mark instanceof Path p) {
                moved.add(new Path(p.kind(), p.points().stream().map(q -> new Point(q.x(), q.y() + dy)).toList(), p.closed(), p.fill(),
                        p.stroke(), p.data()));
            } else if (mark instanceof Dot d) {
                moved.add(new Dot(d.kind(), new Point(d.centre().x(), d.centre().y() + dy), d.radius(), d.fill(), d.stroke(), d.data()));
            } else if (mark instanceof Label l) {
                moved.add(new Label(l.kind(), l.x(), l.firstBaseline() + dy, l.lineHeight(), l.lines(), l.anchor(), l.size(), l.bold(),
                        l.colour(), l.data()));
            }
        }
        return new Drawing(width, newHeight, title, moved);
    }

    /** The drawing as an {@code <svg>} element with the given id; coordinates rounded to two decimals, attributes in a fixed order. */
    public String svg(String id) {
        StringBuilder svg = new StringBuilder(16_384);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"").append(xml(id)).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\"><title>").append(xml(title)).append("</title>")
                .append("<rect width=\"").append(width).append("\" height=\"").append(height).append("\" fill=\"#ffffff\"/>");
        for (Mark mark : marks) {
            if (mark instanceof Path p) {
                path(svg, p);
            } else if (mark instanceof Dot d) {
                dot(svg, d);
            } else if (mark instanceof Label l) {
                label(svg, l);
            }
        }
        return svg.append("</svg>").toString();
    }

    private static void path(StringBuilder svg, Path p) {
        svg.append('<').append(p.closed() ? "polygon" : "polyline").append(" class=\"").append(xml(p.kind())).append('"');
        data(svg, p.data());
        svg.append(" fill=\"").append(p.fill() == null ? "none" : p.fill()).append('"');
        stroke(svg, p.stroke());
        svg.append(" points=\"");
        for (int i = 0; i < p.points().size(); i++) {
            Point point = p.points().get(i);
            svg.append(i == 0 ? "" : " ").append(number(point.x())).append(',').append(number(point.y()));
        }
        svg.append("\"/>");
    }

    private static void dot(StringBuilder svg, Dot d) {
        svg.append("<circle class=\"").append(xml(d.kind())).append('"');
        data(svg, d.data());
        svg.append(" cx=\"").append(number(d.centre().x())).append("\" cy=\"").append(number(d.centre().y())).append("\" r=\"")
                .append(number(d.radius())).append("\" fill=\"").append(d.fill()).append('"');
        stroke(svg, d.stroke());
        svg.append("/>");
    }

    private static void label(StringBuilder svg, Label l) {
        svg.append("<text class=\"").append(xml(l.kind())).append('"');
        data(svg, l.data());
        svg.append(" x=\"").append(number(l.x())).append("\" y=\"").append(number(l.firstBaseline())).append("\" text-anchor=\"")
                .append(switch (l.anchor()) {
                    case START -> "start";
                    case MIDDLE -> "middle";
                    case END -> "end";
                }).append("\" font-family=\"Liberation Sans, Arial, Helvetica, sans-serif\" font-size=\"").append(number(l.size()))
                .append('"').append(l.bold() ? " font-weight=\"bold\"" : "").append(" fill=\"").append(l.colour()).append("\">");
        if (l.lines().size() == 1) {
            svg.append(xml(l.lines().get(0)));
        } else {
            for (int i = 0; i < l.lines().size(); i++) {
                svg.append("<tspan x=\"").append(number(l.x())).append('"').append(i == 0 ? "" : " dy=\"" + number(l.lineHeight()) + "\"")
                        .append('>').append(xml(l.lines().get(i))).append("</tspan>");
            }
        }
        svg.append("</text>");
    }

    private static void stroke(StringBuilder svg, Stroke s) {
        if (s == null) {
            svg.append(" stroke=\"none\"");
            return;
        }
        svg.append(" stroke=\"").append(s.colour()).append("\" stroke-width=\"").append(number(s.width())).append('"');
        if (s.opacity() < 1) {
            svg.append(" stroke-opacity=\"").append(number(s.opacity())).append('"');
        }
        if (s.dashed()) {
            svg.append(" stroke-dasharray=\"").append(number(s.width() * 4)).append(' ').append(number(s.width() * 3)).append('"');
        }
        svg.append(s.roundCaps() ? " stroke-linecap=\"round\" stroke-linejoin=\"round\"" : "");
    }

    private static void data(StringBuilder svg, Map<String, String> data) {
        data.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> svg.append(" data-").append(e.getKey()).append("=\"").append(xml(e.getValue())).append('"'));
    }

    private static String xml(String text) {
        return StringEscapeUtils.escapeXml10(text);
    }

    /** A coordinate with at most two decimals and no trailing zeros, the same in every locale. */
    static String number(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }
}
