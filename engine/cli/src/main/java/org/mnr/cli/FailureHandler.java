package org.mnr.cli;

import org.mnr.engine.internal.evidence.Printable;
import java.io.UncheckedIOException;
import org.mnr.engine.error.RuleFailureException;
import org.mnr.engine.evidence.InvalidEvidenceException;
import org.mnr.engine.pack.PackException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns what escapes a command into one clear message and an exit code: invalid evidence and usage
 * mistakes exit 2; a pack that cannot load and anything unexpected exit 1. The command line's own words and the evidence
 * problems follow its {@code --lang}; pack problems stay in English.
 */
final class FailureHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parseResult) {
        CliText text = CliText.of(CliLanguage.of(parseResult));
        if (e instanceof InvalidEvidenceException invalid) {
            invalid.problems().forEach(p -> command.getErr().println(Printable.escape(CliHints.line(p, CliLanguage.of(parseResult)))));
            return ExitCodes.INVALID;
        }
        if (e instanceof UsageException usage) {
            command.getErr().println(Printable.escape("mnr: " + usage.message(CliLanguage.of(parseResult))));
            return ExitCodes.INVALID;
        }
        if (e instanceof PackException) {
            // A pack's problems come one per line, each escaped on its own so that a line stays a line.
            for (String line : ("mnr: " + text.format("msg.pack-error", CliHints.message((PackException) e))).split("\n", -1)) {
                command.getErr().println(Printable.escape(line));
            }
            return ExitCodes.FAILURE;
        }
        if (e instanceof AtomicFiles.WriteFailure write) {
            command.getErr().println(Printable.escape("mnr: " + write.message(CliLanguage.of(parseResult))));
            return ExitCodes.FAILURE;
        }
        if (e instanceof UncheckedIOException io) {
            command.getErr().println(Printable.escape("mnr: " + io.getMessage()));
            return ExitCodes.FAILURE;
        }
        if (e instanceof RuleFailureException) {
            command.getErr().println(Printable.escape("mnr: " + e.getMessage()));
            return ExitCodes.FAILURE;
        }
        command.getErr().println(Printable.escape("mnr: " + text.format("msg.internal-error", e)));
        if (Boolean.getBoolean("mnr.debug")) {
            e.printStackTrace(command.getErr());
        } else {
            command.getErr().println(text.format("msg.debug"));
        }
        return ExitCodes.FAILURE;
    }
}
