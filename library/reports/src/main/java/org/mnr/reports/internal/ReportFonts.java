package org.mnr.reports.internal;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts shipped with the reports (Liberation Sans and Mono, SIL Open Font License 1.1, in
 * {@code org/mnr/reports/fonts}): the PDF embeds them and the chart is measured and painted with them,
 * so that no installed font decides how a report looks.
 */
public enum ReportFonts {
    /** Liberation Sans, regular. */
    SANS("LiberationSans-Regular.ttf"),
    /** Liberation Sans, bold. */
    SANS_BOLD("LiberationSans-Bold.ttf"),
    /** Liberation Mono, regular, for ids and keys. */
    MONO("LiberationMono-Regular.ttf");

    private final String file;
    private Font font;

    ReportFonts(String file) {
        this.file = file;
    }

    /** The font file's bytes, opened anew each time. */
    public InputStream open() {
        InputStream in = ReportFonts.class.getResourceAsStream("/org/mnr/reports/fonts/" + file);
        if (in == null) {
            throw new IllegalStateException("the report font " + file + " is missing from the mnr-reports jar");
        }
        return in;
    }

    /** The font for Java2D at the given size. */
    public synchronized Font awt(float size) {
        if (font == null) {
            try (InputStream in = open()) {
                font = Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("the report font " + file + " cannot be read", e);
            }
        }
        return font.deriveFont(size);
    }
}
