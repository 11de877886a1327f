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
 * @param confidence the item's confidence in words as the evidence gives it, or null when it gives none
 */
public record EvidenceView(String key, String value, String source, String note, String confidence) {

    static EvidenceView of(CitedEvidence evidence, ReportText text) {
        return new EvidenceView(evidence.key(), text(evidence.value(), text), evidence.source(), evidence.note(),
                evidence.confidence() == null ? null : text.get("confidence." + evidence.confidence().word()));
    }

    private static String text(Object value, ReportText text) {
        if (value instanceof Boolean flag) {
            return text.get(flag ? "value.yes" : "value.no");
        }
        if (value instanceof BigDecimal number) {
            return Figures.decimal(number.stripTrailingZeros().toPlainString(), text);
        }
        if (value instanceof Double number) {
            return Figures.decimal(BigDecimal.valueOf(number).stripTrailingZeros().toPlainString(), text);
        }
        if (value instanceof List<?> members) {
            return members.isEmpty() ? text.get("value.none") : members.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }
}
