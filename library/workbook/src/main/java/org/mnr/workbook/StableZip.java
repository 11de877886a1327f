package org.mnr.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a ZIP archive with every entry dated the same fixed local time, so that the same content
 * gives the same bytes: POI stamps each part of a workbook with the time it was written.
 */
final class StableZip {

    private static final LocalDateTime FIXED = LocalDateTime.of(2000, 1, 1, 0, 0);

    private StableZip() {
    }

    static byte[] rewrite(byte[] zip) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(zip.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry stable = new ZipEntry(entry.getName());
                // A local time writes the DOS fields as given, whatever the time zone, and adds no extra field.
                stable.setTimeLocal(FIXED);
                out.putNextEntry(stable);
                in.transferTo(out);
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
