package org.mnr.reports.internal;

import java.util.Locale;

/** How reports write numbers: the same digits in every locale, so that output is byte-stable. */
public final class Figures {

    private Figures() {
    }

    /** A score, e.g. {@code 58.3}. */
    public static String score(double score) {
        return String.format(Locale.ROOT, "%.1f", score);
    }

    /** A coverage share as a percentage, e.g. {@code 83.5%} for 0.835. */
    public static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    /** A coverage share as a fraction, e.g. {@code 0.835}. */
    public static String share(double share) {
        return String.format(Locale.ROOT, "%.3f", share);
    }
}
