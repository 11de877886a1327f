package org.mnr.engine.pack;

/**
 * A variant's declaration that a base criterion does not apply to the countries it covers.
 *
 * @param id the id of the waived base criterion
 * @param reason why it does not apply
 */
public record Waiver(String id, String reason) {
}
