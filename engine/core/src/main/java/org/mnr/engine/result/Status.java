package org.mnr.engine.result;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What an assessment found for one criterion. */
public enum Status {
    /** The condition is true. */
    MET,
    /** Not met, and every key the condition names has evidence. */
    UNMET,
    /** Not met, and some key the condition names has no evidence: providing it could change the result. */
    UNKNOWN,
    /** A variant that applies declares the criterion not applicable; it counts nowhere. */
    WAIVED;

    /** The name in results, e.g. {@code met}. */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
