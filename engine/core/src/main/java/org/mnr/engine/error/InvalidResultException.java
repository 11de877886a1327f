package org.mnr.engine.error;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** A document read as a result is not one as the engine writes results; the message says where and what. */
@API(status = EXPERIMENTAL, since = "1.0")
public final class InvalidResultException extends MnrException {

    private static final long serialVersionUID = 1L;

    /** The document is not a result, for the reason given. */
    public InvalidResultException(String message) {
        super(ProblemCode.RESULT_INVALID, message);
    }
}
