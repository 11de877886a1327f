package org.mnr.diff;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Puts evidence values from any source (evidence files of any format, results) in one form, to compare and show them. */
final class Values {

    private Values() {
    }

    /**
     * A boolean, an exact decimal without trailing zeros, a string (enum values and ISO dates), or a list
     * of strings; null stays null.
     */
    static Object normal(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal.signum() == 0 ? BigDecimal.ZERO : decimal.stripTrailingZeros();
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof BigInteger) {
            return normal(new BigDecimal(value.toString()));
        }
        if (value instanceof Double || value instanceof Float) {
            return normal(BigDecimal.valueOf(((Number) value).doubleValue()));
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof List<?> members) {
            return members.stream().map(m -> m instanceof String s ? s : String.valueOf(normal(m))).toList();
        }
        return value;
    }

    /** Whether two normal values are the same; sets compare whatever their order. */
    static boolean same(Object a, Object b) {
        if (a instanceof List<?> left && b instanceof List<?> right) {
            return left.size() == right.size() && new HashSet<>(left).equals(new HashSet<>(right));
        }
        if (a instanceof BigDecimal left && b instanceof BigDecimal right) {
            return left.compareTo(right) == 0;
        }
        return a == null ? b == null : a.equals(b);
    }

    /** The value as a person reads it: {@code (none)} for no value, {@code [a, b]} for a set, numbers in plain form. */
    static String show(Object value, DiffWords w) {
        if (value == null) {
            return w.get("value.none");
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof List<?> members) {
            return members.stream().map(String::valueOf).collect(Collectors.joining(", ", "[", "]"));
        }
        return value.toString();
    }

    /**
     * {@code 40.0 -> 60.0 (+20.0)}, or {@code 40.0} when it did not move; {@code decimals} places, with the language's
     * decimal separator ({@code 40,0} in French and Spanish).
     */
    static String show(Comparison.Figure figure, int decimals, DiffWords w) {
        String format = "%." + decimals + "f";
        String before = w.decimal(String.format(Locale.ROOT, format, figure.before()));
        if (!figure.moved()) {
            return before;
        }
        return before + " -> " + w.decimal(String.format(Locale.ROOT, format, figure.after()))
                + " (" + w.decimal(String.format(Locale.ROOT, "%+." + decimals + "f", figure.delta())) + ")";
    }

    /** {@code 1 Building -> 2 Developing}, or {@code 1 Building} when it did not move. */
    static String show(Comparison.LevelChange level) {
        String before = level.before() + " " + level.beforeName();
        return level.moved() ? before + " -> " + level.after() + " " + level.afterName() : before;
    }

    /** A status in the language, e.g. {@code met}, or {@code (not assessed)}. */
    static String status(String status, DiffWords w) {
        return w.get(status == null ? "status.none" : "status." + status);
    }
}
