package org.mnr.engine.internal.evidence;

import java.util.Locale;

/**
 * Shows text taken from an evidence file safely in a one-line message: control and invisible formatting
 * characters are escaped, so a key holding a line break or a terminal escape cannot split a problem
 * line or rewrite the screen, and long text is shortened.
 */
public final class Printable {

    /** The most characters of a value quoted in a message. */
    static final int QUOTED = 40;

    private Printable() {
    }

    /** The text with every control and formatting character written as {@code \n}, {@code \t} or {@code \}{@code uXXXX}. */
    public static String escape(String text) {
        StringBuilder out = null;
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            int width = Character.charCount(c);
            String replacement = replacement(c);
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.appendCodePoint(c);
                }
            }
            i += width;
        }
        return out == null ? text : out.toString();
    }

    /** The text escaped and cut to {@value #QUOTED} characters, with {@code ...} where it was cut. */
    public static String abbreviate(String text) {
        return abbreviate(text, QUOTED);
    }

    /** The text escaped and cut to {@code max} characters, with {@code ...} where it was cut. */
    public static String abbreviate(String text, int max) {
        String shown = text.length() > max ? text.substring(0, max - 3) + "..." : text;
        return escape(shown);
    }

    private static String replacement(int c) {
        switch (c) {
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            default:
                int type = Character.getType(c);
                boolean invisible = Character.isISOControl(c) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                        || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE;
                return invisible ? String.format(Locale.ROOT, "\\u%04X", c) : null;
        }
    }
}
