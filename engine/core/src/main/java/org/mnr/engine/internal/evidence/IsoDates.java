package org.mnr.engine.internal.evidence;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

/** Parses the one date form evidence uses: ISO {@code yyyy-mm-dd}, with impossible dates rejected. */
public final class IsoDates {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private IsoDates() {
    }

    /** The years a date in evidence may fall in, as a phrase. */
    public static final String RANGE = "the years " + IsoDates.FIRST_YEAR + " to " + IsoDates.LAST_YEAR;
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2200;

    /** Whether a date is one evidence can mean: from 1900 to 2200; anything else is a typing mistake or an attack. */
    public static boolean inRange(LocalDate date) {
        return date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR;
    }

    static LocalDate parse(String text) {
        return LocalDate.parse(text, ISO);
    }
}
