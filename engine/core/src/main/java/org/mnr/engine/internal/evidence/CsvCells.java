package org.mnr.engine.internal.evidence;

/**
 * Text as a CSV cell that a spreadsheet shows as text: control characters escaped, and a cell that would
 * start a formula ({@code = + - @}, tab or carriage return) prefixed with an apostrophe, as OWASP recommends
 * against CSV injection. Every CSV the project writes (reports, aggregate, catalogue) passes its text through it.
 */
public final class CsvCells {

    private CsvCells() {
    }

    /** The text, safe to open in a spreadsheet and to print on a terminal; numbers are not passed here. */
    public static String text(String value) {
        // Escaping first turns a leading tab or carriage return into visible text, which no spreadsheet evaluates.
        String shown = Printable.escape(value);
        if (!shown.isEmpty() && "=+-@".indexOf(shown.charAt(0)) >= 0) {
            return "'" + shown;
        }
        return shown;
    }
}
