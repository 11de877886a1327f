package org.mnr.template;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.math.BigDecimal;
import org.mnr.engine.model.EvidenceKey;

/** Says in words what values a key takes, the same way in every template format. */
@API(status = EXPERIMENTAL, since = "1.0")
public final class KeyDescriptions {

    /** How a set's empty value is written in a spreadsheet cell, where an empty cell means not known. */
    public static final String EMPTY_SET = "[]";

    private KeyDescriptions() {
    }

    /** The key's type and, for a number, its unit, e.g. {@code number (percent)}. */
    public static String type(EvidenceKey key) {
        return key.type().id() + (key.unit() == null ? "" : " (" + key.unit() + ")");
    }

    /** The values a key takes, as a person reads them in a spreadsheet's column. */
    public static String allowed(EvidenceKey key) {
        return switch (key.type()) {
            case BOOLEAN -> "true, false";
            case NUMBER -> range(key);
            case DATE -> "a date, yyyy-mm-dd";
            case ENUM -> "one of: " + String.join(", ", key.values());
            case SET -> "comma-separated, any of: " + String.join(", ", key.values()) + " (" + EMPTY_SET + " for none)";
        };
    }

    /**
     * The one-line note of a JSON template item: {@code type: ...; allowed: ...; description}, which
     * keeps the template valid evidence while it explains each key.
     */
    public static String note(EvidenceKey key) {
        String allowed = switch (key.type()) {
            case BOOLEAN -> "true or false";
            case NUMBER -> range(key);
            case DATE -> "a date string \"yyyy-mm-dd\"";
            case ENUM -> "one of " + String.join(", ", key.values());
            case SET -> "an array of distinct values among " + String.join(", ", key.values());
        };
        return "type: " + type(key) + "; allowed: " + allowed + (key.description() == null ? "" : "; " + key.description());
    }

    private static String range(EvidenceKey key) {
        BigDecimal min = key.min();
        BigDecimal max = key.max();
        String unit = key.unit() == null ? "" : " " + key.unit();
        if (min != null && max != null) {
            return "a number from " + min.toPlainString() + " to " + max.toPlainString() + unit;
        }
        if (min != null) {
            return "a number, at least " + min.toPlainString() + unit;
        }
        if (max != null) {
            return "a number, at most " + max.toPlainString() + unit;
        }
        return "a number" + unit;
    }
}
