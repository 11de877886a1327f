package org.mnr.aggregate;

/** No choice of counts to withhold would keep a small group of countries from being worked out. */
public final class UnsafeAggregateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UnsafeAggregateException(String message) {
        super(message);
    }
}
