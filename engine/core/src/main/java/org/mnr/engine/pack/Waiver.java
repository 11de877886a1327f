package org.mnr.engine.pack;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A variant's declaration that a base criterion does not apply to the countries it covers.
 *
 * @param id the id of the waived base criterion
 * @param reason why it does not apply
 * @param source the document the reason rests on, or null (since 1.2)
 */
@API(status = STABLE, since = "1.0")
public record Waiver(String id, String reason,
        @API(status = EXPERIMENTAL, since = "1.2") @JsonInclude(JsonInclude.Include.NON_NULL) String source) {

    /** A waiver that cites no source. */
    public Waiver(String id, String reason) {
        this(id, reason, null);
    }
}
