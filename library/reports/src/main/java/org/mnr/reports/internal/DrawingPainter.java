package org.mnr.reports.internal;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.mnr.reports.internal.Drawing.Dot;
import org.mnr.reports.internal.Drawing.Label;
import org.mnr.reports.internal.Drawing.Mark;
import org.mnr.reports.internal.Drawing.Path;
import org.mnr.reports.internal.Drawing.Point;
import org.mnr.reports.internal.Drawing.Stroke;

/** Paints a {@link Drawing} with Java2D, scaled into a box: the PDF's chart, the same marks as the page's SVG. */
public final class DrawingPainter {

    /** Text is measured without hinting, as outlines, so that the same label has the same width everywhere. */
    private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

    private DrawingPainter() {
    }

    /** Paints the drawing scaled to fit the box of the given size at the graphics' origin, centred, keeping its proportions. */
    public static void paint(Drawing drawing, Graphics2D graphics, double width, double height) {
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            double scale = Math.min(width / drawing.width(), height / drawing.height());
            g.translate((width - drawing.width() * scale) / 2, (height - drawing.height() * scale) / 2);
            g.scale(scale, scale);
            g.setColor(Color.WHITE);
            g.fill(new Rectangle2D.Double(0, 0, drawing.width(), drawing.height()));
            for (Mark mark : drawing.marks()) {
                if (mark instanceof Path p) {
                    path(g, p);
                } else if (mark instanceof Dot d) {
                    dot(g, d);
                } else if (mark instanceof Label l) {
                    label(g, l);
                }
            }
        } finally {
            g.dispose();
        }
    }

    private static void path(Graphics2D g, Path p) {
        Path2D.Double shape = new Path2D.Double();
        for (int i = 0; i < p.points().size(); i++) {
            Point point = p.points().get(i);
            if (i == 0) {
                shape.moveTo(point.x(), point.y());
            } else {
                shape.lineTo(point.x(), point.y());
            }
        }
        if (p.closed()) {
            shape.closePath();
        }
        if (p.fill() != null) {
            g.setColor(Color.decode(p.fill()));
            g.fill(shape);
        }
        stroke(g, p.stroke(), shape);
    }

    private static void dot(Graphics2D g, Dot d) {
        Ellipse2D.Double circle = new Ellipse2D.Double(d.centre().x() - d.radius(), d.centre().y() - d.radius(), 2 * d.radius(), 2 * d.radius());
        g.setColor(Color.decode(d.fill()));
        g.fill(circle);
        stroke(g, d.stroke(), circle);
    }

    private static void stroke(Graphics2D g, Stroke s, java.awt.Shape shape) {
        if (s == null) {
            return;
        }
        float width = (float) s.width();
        int cap = s.roundCaps() ? BasicStroke.CAP_ROUND : BasicStroke.CAP_BUTT;
        int join = s.roundCaps() ? BasicStroke.JOIN_ROUND : BasicStroke.JOIN_MITER;
        g.setStroke(s.dashed() ? new BasicStroke(width, cap, join, 10, new float[] {width * 4, width * 3}, 0) : new BasicStroke(width, cap, join));
        g.setColor(Color.decode(s.colour()));
        Composite before = g.getComposite();
        if (s.opacity() < 1) {
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) s.opacity()));
        }
        g.draw(shape);
        g.setComposite(before);
    }

    private static void label(Graphics2D g, Label l) {
        Font font = (l.bold() ? ReportFonts.SANS_BOLD : ReportFonts.SANS).awt((float) l.size());
        g.setColor(Color.decode(l.colour()));
        for (int i = 0; i < l.lines().size(); i++) {
            String line = l.lines().get(i);
            double width = font.getStringBounds(line, MEASURE).getWidth();
            double x = switch (l.anchor()) {
                case START -> l.x();
                case MIDDLE -> l.x() - width / 2;
                case END -> l.x() - width;
            };
            // Glyph outlines rather than text: the PDF needs no font for the chart, and the outlines are the shipped font's.
            java.awt.Shape outline = font.createGlyphVector(MEASURE, line).getOutline();
            g.fill(AffineTransform.getTranslateInstance(x, l.firstBaseline() + i * l.lineHeight()).createTransformedShape(outline));
        }
    }
}
