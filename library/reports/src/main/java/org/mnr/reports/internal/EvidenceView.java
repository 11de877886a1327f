package org.mnr.reports.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.mnr.engine.result.CitedEvidence;

/**
 * An evidence item as a report shows it: its value written for a person.
 *
 * @param key the evidence key
 * @param value the value as text, e.g. {@code yes}, {@code 36}, {@code 2025-01-25}, {@code a, b}
 * @param source what proves it, or null
 * @param note the evaluator's note, or null
 */
public record EvidenceView(String key, String value, String source, String note) {

    static EvidenceView of(CitedEvidence evidence) {
        return new EvidenceView(evidence.key(), text(evidence.value()), evidence.source(), evidence.note());
    }

    /** The item on one line, e.g. {@code governance.body.exists = yes (source: Decree 8/2018)}. */
    public String line() {
        StringBuilder line = new StringBuilder(key).append(" = ").append(value);
        if (source != null) {
            line.append(" (source: ").append(source).append(')');
        }
        if (note != null) {
            line.append(" (note: ").append(note).append(')');
        }
        return line.toString();
    }

    private static String text(Object value) {
        if (value instanceof Boolean flag) {
            return flag ? "yes" : "no";
        }
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Double number) {
            return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
        }
        if (value instanceof List<?> members) {
            return members.isEmpty() ? "none" : members.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }
}
