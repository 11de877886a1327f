package org.mnr.engine.evidence;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

import java.util.List;
import java.util.Objects;

/**
 * The country an evidence file describes.
 *
 * @param code an ISO 3166-1 alpha-2 code, or XA to XZ for fictional countries
 * @param name the country's name, or null
 * @param memberships the regional memberships that select variants, e.g. {@code CoE}, {@code EU}
 */
@API(status = STABLE, since = "1.0")
public record Country(String code, String name, List<String> memberships) {

    /** Validates and copies the fields. */
    public Country {
        Objects.requireNonNull(code, "code");
        memberships = List.copyOf(memberships);
    }
}
