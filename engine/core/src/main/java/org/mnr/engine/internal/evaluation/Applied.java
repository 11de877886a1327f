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
 * @param reasonSource the document a variant's waiver cites for its reason, or null
 * @param exemptFor the country it is not in force for, when its own pack exempts that country; then {@code waivedBy} is
 *        that pack and {@code reason} the exemption's
 */
public record Applied(Criterion criterion, String addedBy, String replacedBy, String replacedTitle, String waivedBy,
        String reason, String reasonSource, String exemptFor) {

    /** Validates the fields. */
    public Applied {
        Objects.requireNonNull(criterion, "criterion");
    }

    /** A criterion as the variants left it, exempt for no country. */
    public Applied(Criterion criterion, String addedBy, String replacedBy, String replacedTitle, String waivedBy, String reason) {
        this(criterion, addedBy, replacedBy, replacedTitle, waivedBy, reason, null, null);
    }

    /** This criterion not in force for a country its pack exempts: waived by that pack, with the exemption's reason. */
    public Applied exempt(String country, String why) {
        return new Applied(criterion, addedBy, replacedBy, replacedTitle, criterion.rule().pack(), why, null, country);
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
