package org.mnr.workbook;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text as a workbook cell stores it, so that reading it back gives the same text: Office Open XML writes a
 * character XML cannot hold as {@code _xHHHH_}, so a literal {@code _xHHHH_} in the text is itself escaped,
 * and control characters are written that way rather than lost.
 */
final class CellText {

    /** The most characters a cell holds, in Excel and in POI. */
    static final int MAX_LENGTH = 32_767;

    private static final Pattern LITERAL_ESCAPE = Pattern.compile("_(x[0-9A-Fa-f]{4}_)");

    private CellText() {
    }

    /**
     * The text as stored in a cell.
     *
     * @param what what the text is, for the message when it is too long, e.g. {@code the note of governance.body.exists}
     * @throws IllegalArgumentException when the text is longer than a cell holds
     */
    static String encode(String text, String what) {
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(what + " is " + text.length() + " characters long, more than the "
                    + String.format(Locale.ROOT, "%,d", MAX_LENGTH) + " a workbook cell holds");
        }
        StringBuilder out = new StringBuilder(text.length());
        Matcher literal = LITERAL_ESCAPE.matcher(text);
        String escaped = literal.replaceAll("_x005F_$1");
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            boolean control = c < 0x20 && c != '\n' && c != '\t' || c == 0x7F;
            out.append(control ? String.format(Locale.ROOT, "_x%04X_", (int) c) : String.valueOf(c));
        }
        return out.toString();
    }
}
