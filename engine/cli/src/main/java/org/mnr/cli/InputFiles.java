package org.mnr.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands the command line's FILE|DIR arguments into evidence files: a directory means every *.json,
 * *.yaml, *.yml and *.xlsx in it.
 */
final class InputFiles {

    private InputFiles() {
    }

    static List<Path> expand(List<Path> arguments) {
        List<Path> files = new ArrayList<>();
        for (Path argument : arguments) {
            if (argument.toString().isBlank()) {
                // An empty path would mean the current directory: never what was meant.
                throw UsageException.of("msg.input-empty");
            }
            if (Files.isDirectory(argument)) {
                List<Path> evidence;
                try (Stream<Path> children = Files.list(argument)) {
                    evidence = children.filter(f -> EvidenceFiles.isEvidenceName(f.getFileName().toString())).sorted().toList();
                } catch (IOException e) {
                    throw UsageException.of("msg.input.unreadable-directory", argument, AtomicFiles.reason(e));
                }
                // Skipping what has an evidence name but is no file would score fewer countries than were given.
                List<CliText.Words> unreadable = evidence.stream().filter(f -> !Files.isRegularFile(f)).map(InputFiles::whatItIs).toList();
                if (!unreadable.isEmpty()) {
                    throw UsageException.of("msg.input.not-files", argument, unreadable);
                }
                if (evidence.isEmpty()) {
                    throw UsageException.of("msg.input.no-evidence", argument);
                }
                files.addAll(evidence);
            } else {
                files.add(argument);
            }
        }
        return files;
    }

    /** The file named with what it is instead of a file. */
    private static CliText.Words whatItIs(Path file) {
        if (Files.isSymbolicLink(file) && !Files.exists(file)) {
            return CliText.words("msg.input.dangling-link", file);
        }
        if (Files.isDirectory(file)) {
            return CliText.words("msg.input.directory", file);
        }
        return CliText.words("msg.input.special", file);
    }

    /** The file's name without its extension, e.g. {@code atlantis} for {@code fixtures/atlantis.json}. */
    static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
