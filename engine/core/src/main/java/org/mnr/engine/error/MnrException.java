package org.mnr.engine.error;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The root of every exception the engine and its libraries throw on purpose; unchecked, with a stable
 * {@linkplain #code() code} besides its message, so that an application can catch one type and branch on codes.
 */
@API(status = EXPERIMENTAL, since = "1.0")
public abstract class MnrException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ProblemCode code;

    /** An exception with the given code and message. */
    protected MnrException(ProblemCode code, String message) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
    }

    /** An exception with the given code and message, caused by another exception. */
    protected MnrException(ProblemCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
    }

    /** The stable code of what went wrong. */
    public ProblemCode code() {
        return code;
    }
}
