package org.mnr.engine.internal.evaluation;

import java.util.Objects;
import org.mnr.engine.model.Criterion;

/**
 * A criterion as it applies to one country, with where it came from.
 *
 * @param criterion the criterion in force (a variant's replacement where there is one)
 * @param addedBy the variant that added it, or null
 * @param replacedBy the variant that replaced the base criterion, or null
 * @param replacedTitle the base criterion's title, when replaced
 * @param waivedBy the variant that waived it, or null
 * @param reason why it was waived, or null
 */
public record Applied(Criterion criterion, String addedBy, String replacedBy, String replacedTitle, String waivedBy,
        String reason) {

    /** Validates the fields. */
    public Applied {
        Objects.requireNonNull(criterion, "criterion");
    }

    /** Whether a variant waived it, so that it counts nowhere. */
    public boolean waived() {
        return waivedBy != null;
    }

    /** The criterion id. */
    public String id() {
        return criterion.id();
    }
}
