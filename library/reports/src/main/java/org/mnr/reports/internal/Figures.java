package org.mnr.reports.internal;

import java.util.Locale;

/**
 * How reports write numbers: the same digits in every locale, so that output is byte-stable. Without words, as data
 * (CSV, JSON) writes them: a decimal point, {@code %} glued on. With a report's words, as its language writes them in
 * prose: the decimal separator is the language's and the percent pattern comes from the bundle (key
 * {@code number.percent}), never from the system's locale.
 */
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

    /** A score in the report's language, e.g. {@code 58.3}, or in French and Spanish {@code 58,3}. */
    public static String score(double score, ReportText text) {
        return decimal(score(score), text);
    }

    /** A coverage share as a percentage in the report's language, e.g. {@code 83.5%}, or in French {@code 83,5 %}. */
    public static String percent(double share, ReportText text) {
        return text.format("number.percent", decimal(String.format(Locale.ROOT, "%.1f", share * 100), text));
    }

    /** A number written with a decimal point, e.g. an evidence value {@code 2.5}, with the report's decimal separator. */
    static String decimal(String figure, ReportText text) {
        return text.decimal(figure);
    }
}
