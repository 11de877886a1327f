package org.mnr.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * File names the system's locale cannot spell: Java encodes names in the locale's charset, so with no
 * {@code LANG} (ASCII) a name such as {@code évidence.json} can be listed and read but not made anew.
 */
final class FileNames {

    private FileNames() {
    }

    /** A command-line argument as a path, or a usage mistake that says why it cannot be one. */
    static Path path(String argument) {
        try {
            return Path.of(argument);
        } catch (InvalidPathException e) {
            throw new CliConversionException(CliText.words("msg.file-name", argument, advice()));
        }
    }

    /** The file {@code name} in {@code folder}, or a usage mistake naming the input it was made from. */
    static Path resolve(Path folder, String name, Path input) {
        try {
            return folder.resolve(name);
        } catch (InvalidPathException e) {
            throw UsageException.of("msg.result-name", input, advice());
        }
    }

    private static CliText.Words advice() {
        return CliText.words("msg.locale-advice", System.getProperty("sun.jnu.encoding"));
    }
}
