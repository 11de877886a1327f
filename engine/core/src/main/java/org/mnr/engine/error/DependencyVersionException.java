package org.mnr.engine.error;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A library the engine needs is on the class path in a version older than the one it needs; the message names
 * the library, the version found and the minimum.
 */
@API(status = EXPERIMENTAL, since = "1.0")
public final class DependencyVersionException extends MnrException {

    private static final long serialVersionUID = 1L;

    /** The library's version is too old. */
    public DependencyVersionException(String message) {
        super(ProblemCode.ENGINE_DEPENDENCY_VERSION, message);
    }
}
