package org.mnr.engine.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Where a criterion's rule lives: the pack, the DRL package and the rule name.
 *
 * @param pack the id of the pack that holds the rule
 * @param drlPackage the rule's DRL package
 * @param name the rule's name, which is the criterion id
 */
@API(status = STABLE, since = "1.0")
public record RuleRef(String pack, String drlPackage, String name) {
}
