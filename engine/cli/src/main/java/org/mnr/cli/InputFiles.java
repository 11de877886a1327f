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
                throw new UsageException("an input is an empty path; name an evidence file or a directory");
            }
            if (Files.isDirectory(argument)) {
                try (Stream<Path> children = Files.list(argument)) {
                    List<Path> evidence = children.filter(f -> EvidenceFiles.isEvidenceName(f.getFileName().toString()))
                            .filter(Files::isRegularFile)
                            .sorted()
                            .toList();
                    if (evidence.isEmpty()) {
                        throw new UsageException(argument + ": the directory holds no evidence file (*.json, *.yaml, *.yml, *.xlsx)");
                    }
                    files.addAll(evidence);
                } catch (IOException e) {
                    throw new UsageException(argument + ": the directory cannot be read: " + AtomicFiles.describe(e));
                }
            } else {
                files.add(argument);
            }
        }
        return files;
    }

    /** The file's name without its extension, e.g. {@code atlantis} for {@code fixtures/atlantis.json}. */
    static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
