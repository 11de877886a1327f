package org.mnr.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The {@code -o FILE} option of commands that write one document: to the file, whole or not at all, else to standard output. */
final class OutputOption {

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (its folder is created if missing) instead of standard output.")
    private Path file;

    /** Refuses an output that is one of the inputs, so that no evidence is overwritten. */
    void refuseInputs(List<Path> inputs) {
        if (file == null) {
            return;
        }
        OutputGuard.of(inputs).refuse(file);
    }

    void write(CommandSpec spec, String content) {
        if (file == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(content);
            out.flush();
            return;
        }
        if (Files.isDirectory(file)) {
            throw UsageException.of("msg.output-directory", file);
        }
        try {
            AtomicFiles.write(file, content);
        } catch (IOException e) {
            throw AtomicFiles.failure(file, e);
        }
    }
}
