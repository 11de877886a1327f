package org.mnr.engine.result;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A pack an assessment used.
 *
 * @param id the pack id
 * @param version the pack version
 * @param source {@value #LOCAL} for a pack loaded from a folder or a jar outside the engine's own class path (whose id
 *     and version anyone may write), absent for a pack of the distribution (since 1.1)
 * @param hash for a local pack, the SHA-256 of its files ({@code sha256:} and 64 hex digits), so that two results
 *     tell whether they were scored with the same rules; absent for a pack of the distribution (since 1.1)
 */
@JsonPropertyOrder({"id", "version", "source", "hash"})
@API(status = STABLE, since = "1.0")
public record PackVersion(String id, String version,
        @API(status = EXPERIMENTAL, since = "1.1") @JsonInclude(JsonInclude.Include.NON_NULL) String source,
        @API(status = EXPERIMENTAL, since = "1.1") @JsonInclude(JsonInclude.Include.NON_NULL) String hash) {

    /** The {@code source} of a pack loaded from outside the engine's own class path. */
    public static final String LOCAL = "local";

    /** A pack of the distribution: no source, no hash. */
    public PackVersion(String id, String version) {
        this(id, version, null, null);
    }

    /** Whether the pack was loaded from outside the engine's own class path. */
    public boolean local() {
        return LOCAL.equals(source);
    }
}
