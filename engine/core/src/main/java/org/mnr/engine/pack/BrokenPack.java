package org.mnr.engine.pack;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A variant that was read but cannot be used with the base pack loaded; countries it applies to get an error saying why.
 *
 * @param pack the variant as read
 * @param reason why it cannot be used and what to do, in a sentence that names the variant
 */
@API(status = EXPERIMENTAL, since = "1.1")
public record BrokenPack(Pack pack, String reason) {

    /** Validates the fields. */
    public BrokenPack {
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(reason, "reason");
    }
}
