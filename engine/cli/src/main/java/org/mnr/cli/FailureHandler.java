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
 * mistakes exit 2; a pack that cannot load and anything unexpected exit 1.
 */
final class FailureHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parseResult) {
        if (e instanceof InvalidEvidenceException invalid) {
            invalid.problems().forEach(p -> command.getErr().println(Printable.escape(CliHints.line(p))));
            return ExitCodes.INVALID;
        }
        if (e instanceof UsageException) {
            command.getErr().println(Printable.escape("mnr: " + e.getMessage()));
            return ExitCodes.INVALID;
        }
        if (e instanceof PackException) {
            // A pack's problems come one per line, each escaped on its own so that a line stays a line.
            for (String line : ("mnr: pack error: " + CliHints.message((PackException) e)).split("\n", -1)) {
                command.getErr().println(Printable.escape(line));
            }
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
        command.getErr().println(Printable.escape("mnr: internal error: " + e));
        if (Boolean.getBoolean("mnr.debug")) {
            e.printStackTrace(command.getErr());
        } else {
            command.getErr().println("(run with -Dmnr.debug=true for the stack trace)");
        }
        return ExitCodes.FAILURE;
    }
}
