package org.mnr.cli;

import picocli.CommandLine.TypeConversionException;

/**
 * An option's value that cannot be converted, with the command line's words for why: told in its language by the
 * usage error handler, rather than in picocli's English.
 */
final class CliConversionException extends TypeConversionException {

    private static final long serialVersionUID = 1L;

    private final transient CliText.Words words;

    CliConversionException(CliText.Words words) {
        super(CliText.ENGLISH.format(words.key(), words.arguments()));
        this.words = words;
    }

    /** Why the value cannot be used, as words to format in a language. */
    CliText.Words words() {
        return words;
    }
}
