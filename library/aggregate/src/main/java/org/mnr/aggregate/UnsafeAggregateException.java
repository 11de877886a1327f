package org.mnr.aggregate;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.mnr.engine.error.MnrException;
import org.mnr.engine.error.ProblemCode;

/** No choice of counts to withhold would keep a small group of countries from being worked out. */
@API(status = EXPERIMENTAL, since = "1.0")
public final class UnsafeAggregateException extends MnrException {

    private static final long serialVersionUID = 1L;

    UnsafeAggregateException(String message) {
        super(ProblemCode.AGGREGATE_UNSAFE, message);
    }
}
