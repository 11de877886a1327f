package org.mnr.reports.internal;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the report's HTML page into PDF with openhtmltopdf (on PDFBox): A4 pages laid out by the page's
 * print style sheet, the shipped fonts embedded, the chart painted as vectors, nothing fetched, and the
 * same bytes for the same page: the dates are the assessment date and the document id a digest of the page.
 */
public final class PdfRenderer {

    /** The object type the page uses where the PDF's chart goes. */
    public static final String CHART_TYPE = "application/x-mnr-radar";
    /** The font family the page asks for in the PDF. */
    public static final String FAMILY = "MNR Sans";
    public static final String MONO_FAMILY = "MNR Mono";

    private static final Logger LOG = LoggerFactory.getLogger(PdfRenderer.class);

    static {
        com.openhtmltopdf.util.XRLog.setLoggerImpl(new PdfLog());
    }

    private PdfRenderer() {
    }

    /**
     * The PDF of a page.
     *
     * @param html the HTML page, laid out for paper
     * @param chart the chart the page's {@value #CHART_TYPE} object stands for
     * @param title the document's title
     * @param producer what made it, e.g. the engine's name and version
     * @param date the date the document is dated, the assessment date
     */
    public static byte[] render(String html, Drawing chart, String title, String producer, LocalDate date) {
        org.w3c.dom.Document page = W3CDom.convert(Jsoup.parse(html));
        DefaultObjectDrawerFactory drawers = new DefaultObjectDrawerFactory();
        FSObjectDrawer drawer = (element, x, y, width, height, device, context, dotsPerPixel) -> {
            device.drawWithGraphics((float) x, (float) y, (float) width / dotsPerPixel, (float) height / dotsPerPixel,
                    graphics -> DrawingPainter.paint(chart, graphics, width / dotsPerPixel, height / dotsPerPixel));
            return Map.of();
        };
        drawers.registerDrawer(CHART_TYPE, drawer);
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .usePDDocument(document)
                    .withW3cDocument(page, null)
                    .useObjectDrawerFactory(drawers)
                    .useFont(ReportFonts.SANS::open, FAMILY, 400, FontStyle.NORMAL, true)
                    .useFont(ReportFonts.SANS_BOLD::open, FAMILY, 700, FontStyle.NORMAL, true)
                    .useFont(ReportFonts.MONO::open, MONO_FAMILY, 400, FontStyle.NORMAL, true)
                    .withProducer(producer)
                    .withDiagnosticConsumer(d -> LOG.debug("openhtmltopdf: {}", d))
                    // The page holds everything it needs; nothing is fetched from anywhere.
                    .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                    .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.createPDFWithoutClosing();
            }
            fix(document, html, title, producer, date);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF could not be made", e);
        }
    }

    /** The document's dates and id fixed, so that the same page always gives the same bytes. */
    private static void fix(PDDocument document, String html, String title, String producer, LocalDate date) {
        PDDocumentInformation info = document.getDocumentInformation();
        Calendar day = GregorianCalendar.from(date.atStartOfDay(ZoneOffset.UTC));
        day.setTimeZone(TimeZone.getTimeZone("UTC"));
        info.setCreationDate(day);
        info.setModificationDate(day);
        info.setTitle(title);
        info.setProducer(producer);
        info.setCreator(producer);
        byte[] digest = digest(html);
        COSArray id = new COSArray();
        id.add(new COSString(digest));
        id.add(new COSString(digest));
        document.getDocument().getTrailer().setItem(COSName.ID, id);
    }

    private static byte[] digest(String html) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(html.getBytes(StandardCharsets.UTF_8));
            return java.util.Arrays.copyOf(sha, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
