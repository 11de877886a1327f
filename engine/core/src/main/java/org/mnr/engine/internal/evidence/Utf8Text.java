package org.mnr.engine.internal.evidence;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.mnr.engine.evidence.Place;
import org.mnr.engine.evidence.Wording;

/**
 * Decodes an evidence file as UTF-8 text, the one encoding JSON files exchanged between systems may use
 * (RFC 8259, section 8.1), and says plainly when the file is something else: UTF-16 from a "Unicode"
 * save, text in a legacy encoding, or not text at all.
 *
 * <p>A UTF-8 byte order mark is allowed and dropped, as the RFC permits.
 */
final class Utf8Text {

    /**
     * The outcome: the text, or what is wrong and where.
     *
     * @param text the decoded text without a byte order mark, or null
     * @param wording what is wrong, with how to fix it, or null
     * @param place the line and column of the first offending byte
     */
    record Decoded(String text, Wording wording, Place place) {
    }

    private Utf8Text() {
    }

    static Decoded decode(byte[] bytes) {
        if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
            return problem(Wording.of("evidence.encoding.utf32"), new Place("", 1, 1));
        }
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            return problem(Wording.of("evidence.encoding.utf16-bom"), new Place("", 1, 1));
        }
        int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        int zero = start;
        while (zero < bytes.length && bytes[zero] != 0) {
            zero++;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, zero - start);
        CharBuffer out = CharBuffer.allocate(zero - start);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            // The first byte that no UTF-8 text holds comes before any zero byte.
            int offset = in.position();
            String value = String.format(Locale.ROOT, "0x%02X", bytes[offset] & 0xFF);
            return binary(bytes, start)
                    ? problem(Wording.of("evidence.encoding.binary-byte", value), place(bytes, start, offset))
                    : problem(Wording.of("evidence.encoding.not-utf8", value), place(bytes, start, offset));
        }
        if (zero < bytes.length) {
            return looksLikeUtf16(bytes, start)
                    ? problem(Wording.of("evidence.encoding.utf16"), place(bytes, start, zero))
                    : problem(Wording.of("evidence.encoding.binary-zero"), place(bytes, start, zero));
        }
        decoder.flush(out);
        out.flip();
        return new Decoded(out.toString(), null, null);
    }

    private static Decoded problem(Wording wording, Place place) {
        return new Decoded(null, wording, place);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Zero bytes at every odd or every even position of the start: ASCII text saved as UTF-16. */
    private static boolean looksLikeUtf16(byte[] bytes, int start) {
        int length = Math.min(bytes.length - start, 64) & ~1;
        if (length < 4) {
            return false;
        }
        boolean evenZero = true;
        boolean oddZero = true;
        for (int i = 0; i < length; i++) {
            boolean zero = bytes[start + i] == 0;
            if (i % 2 == 0) {
                evenZero &= zero;
            } else {
                oddZero &= zero;
            }
        }
        return evenZero != oddZero;
    }

    /** Whether the start of the file is mostly bytes that no text holds. */
    private static boolean binary(byte[] bytes, int start) {
        int length = Math.min(bytes.length - start, 512);
        int odd = 0;
        for (int i = 0; i < length; i++) {
            int b = bytes[start + i] & 0xFF;
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' || b == 0x7F || b >= 0xF8 || b == 0xC0 || b == 0xC1) {
                odd++;
            }
        }
        return odd * 20 > length;
    }

    /** The line and column of a byte, counting characters as UTF-8 encodes them. */
    private static Place place(byte[] bytes, int start, int offset) {
        int line = 1;
        int column = 1;
        for (int i = start; i < offset; i++) {
            byte b = bytes[i];
            if (b == '\n') {
                line++;
                column = 1;
            } else if ((b & 0xC0) != 0x80) {
                column++;
            }
        }
        return new Place("", line, column);
    }
}
