package org.mnr.engine.result;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The country a result describes.
 *
 * @param code its code
 * @param name its name, or null
 * @param memberships its regional memberships
 */
@JsonPropertyOrder({"code", "name", "memberships"})
@API(status = STABLE, since = "1.0")
public record CountryRef(String code, @JsonInclude(JsonInclude.Include.NON_NULL) String name, List<String> memberships) {

    /** Copies the list. */
    public CountryRef {
        memberships = List.copyOf(memberships);
    }
}
