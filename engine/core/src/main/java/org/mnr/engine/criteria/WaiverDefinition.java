package org.mnr.engine.criteria;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.Objects;

/**
 * A variant's declaration, in its criteria file, that a base criterion does not apply.
 *
 * @param id the id of the waived base criterion
 * @param reason why it does not apply
 * @param where where the entry is written
 * @param against the {@link CriterionFingerprint} of the base criterion the waiver was written against, or null
 * @param source the document the reason rests on, or null (since 1.2)
 */
@API(status = EXPERIMENTAL, since = "1.0")
public record WaiverDefinition(String id, String reason, Where where, String against, String source) {

    /** A waiver that cites no source. */
    public WaiverDefinition(String id, String reason, Where where, String against) {
        this(id, reason, where, against, null);
    }

    /** Validates the fields. */
    public WaiverDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(where, "where");
    }

    /** A waiver that records no base criterion it was written against. */
    public WaiverDefinition(String id, String reason, Where where) {
        this(id, reason, where, null);
    }
}
