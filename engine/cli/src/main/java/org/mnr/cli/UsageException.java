package org.mnr.cli;

/** The command line asks for something that cannot be done; exits 2 with the message. */
final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
