package org.mnr.engine.planning;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Locale;
import org.apiguardian.api.API;
import org.mnr.engine.evidence.Wording;
import org.mnr.engine.internal.planning.NeedTexts;

/**
 * What one evidence key must be for a criterion's condition to hold, as its rule compares it.
 *
 * <p>{@link #requirement()} is English and is what the plan's JSON carries; {@link #requirement(Locale)} says the same
 * in French or Spanish. Keys, values, dates and numbers are data and stay as an evidence file writes them in every
 * language: a yes/no key's requirement is {@code true} (or {@code false}), the word the evidence file and the workbook
 * must hold, not a translated "oui"/"sí".
 *
 * @param key the evidence key
 * @param requirement the requirement in English words, e.g. {@code at least 18} or {@code includes production, possession}
 * @param value a value that meets it, as an evidence file would give it, or null when none can be derived
 * @param wording the requirement as a key of the planner's texts ({@code org/mnr/engine/planning/needs*.properties}, not
 *     the problem texts) and its arguments, so that {@link #requirement(Locale)} can say it in another language; null
 *     when the requirement was given only as English words (since 1.2, not in JSON)
 */
@API(status = EXPERIMENTAL, since = "1.0")
public record Need(String key, String requirement, Object value,
        @API(status = EXPERIMENTAL, since = "1.2") @JsonIgnore Wording wording) {

    /** A need whose requirement is given only in English words: {@link #requirement(Locale)} says it as given. */
    public Need(String key, String requirement, Object value) {
        this(key, requirement, value, null);
    }

    /**
     * A need worded by one of the planner's texts, its English requirement formatted from it (since 1.2).
     *
     * @param key the evidence key
     * @param wording a key of {@code org/mnr/engine/planning/needs.properties} and its arguments
     * @param value a value that meets it, or null
     */
    @API(status = EXPERIMENTAL, since = "1.2")
    public static Need worded(String key, Wording wording, Object value) {
        return new Need(key, NeedTexts.format(Locale.ROOT, wording), value, wording);
    }

    /**
     * The requirement in a language (since 1.2): French or Spanish when asked for, English for any other language and
     * for null, never the system's default locale. A need without a wording gives {@link #requirement()} as it is.
     */
    @API(status = EXPERIMENTAL, since = "1.2")
    public String requirement(Locale locale) {
        return wording == null ? requirement : NeedTexts.format(locale, wording);
    }
}
