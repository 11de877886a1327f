package org.mnr.engine.pack;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * A variant's declaration that a base criterion does not apply to the countries it covers.
 *
 * @param id the id of the waived base criterion
 * @param reason why it does not apply
 */
@API(status = STABLE, since = "1.0")
public record Waiver(String id, String reason) {
}
