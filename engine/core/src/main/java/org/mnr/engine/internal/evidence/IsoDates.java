package org.mnr.engine.internal.evidence;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

/** Parses the one date form evidence uses: ISO {@code yyyy-mm-dd}, with impossible dates rejected. */
final class IsoDates {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private IsoDates() {
    }

    static LocalDate parse(String text) {
        return LocalDate.parse(text, ISO);
    }
}
