package org.mnr.engine.result;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import org.mnr.engine.evidence.Confidence;

/**
 * An evidence item a criterion's status rests on.
 *
 * @param key the evidence key
 * @param value the value: a boolean, number, string (enum or ISO date) or list of strings
 * @param source what proves it, or null
 * @param note the evaluator's note, or null
 * @param confidence the item's confidence as given, or null when the evidence gives none (since 1.1)
 */
@JsonPropertyOrder({"key", "value", "source", "note", "confidence"})
@API(status = STABLE, since = "1.0")
public record CitedEvidence(String key, Object value, @JsonInclude(JsonInclude.Include.NON_NULL) String source,
        @JsonInclude(JsonInclude.Include.NON_NULL) String note,
        @JsonInclude(JsonInclude.Include.NON_NULL) Confidence confidence) {

    /** An item cited without a confidence, as 1.0 results cite every item. */
    public CitedEvidence(String key, Object value, String source, String note) {
        this(key, value, source, note, null);
    }

    /**
     * Holds every number as a {@link BigDecimal}, as the engine cites them, so that a result read back from JSON
     * (where 42 reads as an integer) equals the one written.
     */
    public CitedEvidence {
        if (value instanceof Number number && !(value instanceof BigDecimal)) {
            value = number instanceof Double || number instanceof Float ? BigDecimal.valueOf(number.doubleValue())
                    : new BigDecimal(number.toString());
        }
    }
}
