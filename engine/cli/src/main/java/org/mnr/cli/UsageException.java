package org.mnr.cli;

import java.util.Locale;

/**
 * The command line asks for something that cannot be done; exits 2 with the message. A message made from a key of the
 * command line's words is told in the command line's language; one made from text stays as it is (English).
 */
final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient Object[] arguments;

    UsageException(String message) {
        this(message, null, new Object[0]);
    }

    private UsageException(String message, String key, Object[] arguments) {
        super(message);
        this.key = key;
        this.arguments = arguments;
    }

    /** A message from the command line's words, e.g. {@code msg.lang.unknown}, with its arguments. */
    static UsageException of(String key, Object... arguments) {
        return new UsageException(CliText.ENGLISH.format(key, arguments), key, arguments.clone());
    }

    /** The message in a language: translated when it was made from a key. */
    String message(Locale locale) {
        return key == null ? getMessage() : CliText.of(locale).format(key, arguments);
    }
}
