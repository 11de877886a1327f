package org.mnr.engine.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.Objects;

/**
 * A country for which a criterion is not in force, with the reason: the criterion appears in that country's results as
 * waived by the pack that defines it, and counts in no score.
 *
 * @param country the evidence file's country code, ISO 3166-1 alpha-2 in upper case, e.g. {@code DK}
 * @param reason why the criterion is not in force there, e.g. the instrument that does not bind the country
 */
@API(status = EXPERIMENTAL, since = "1.2")
public record Exemption(String country, String reason) {

    /** Validates the fields. */
    public Exemption {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(reason, "reason");
    }
}
