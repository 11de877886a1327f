package org.mnr.engine.pack;

/** A pack cannot be loaded or used: its message names the pack's file or jar and what is wrong. */
public final class PackException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A pack problem with no underlying exception. */
    public PackException(String message) {
        super(message);
    }

    /** A pack problem caused by another exception. */
    public PackException(String message, Throwable cause) {
        super(message, cause);
    }
}
