package org.mnr.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.mnr.engine.internal.evidence.Printable;
import picocli.CommandLine;

/** Runs the {@code mnr} command and exits with its code: 0 done, 2 invalid input or usage, 1 anything else. */
public final class Mnr {

    private Mnr() {
    }

    /** The command line's entry point. */
    public static void main(String[] args) {
        // The HTML report's chart is drawn with AWT into SVG: no display is ever needed.
        System.setProperty("java.awt.headless", "true");
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code, without exiting; for tests and embedding. */
    public static int run(String... args) {
        CommandLine commandLine = commandLine();
        int exit = commandLine.execute(args);
        commandLine.getOut().flush();
        commandLine.getErr().flush();
        return exit;
    }

    /** The configured command line. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new MnrCommand());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler(new FailureHandler());
        commandLine.setParameterExceptionHandler(new UsageErrorHandler());
        commandLine.registerConverter(Path.class, FileNames::path);
        // The help is rendered after parsing, so the bundle can follow the --lang that was parsed.
        commandLine.setExecutionStrategy(parsed -> {
            Locale locale;
            try {
                locale = CliLanguage.of(parsed);
            } catch (UsageException e) {
                commandLine.getErr().println(Printable.escape("mnr: " + e.message(CliLanguage.of(new String[0]))));
                return ExitCodes.INVALID;
            }
            CliLanguage.use(locale);
            commandLine.setResourceBundle(CliText.of(locale).bundle());
            return new CommandLine.RunLast().execute(parsed);
        });
        // UTF-8 whatever the locale: with no LANG the platform charset is ASCII, and every other character would be '?'.
        commandLine.setOut(new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8)));
        commandLine.setErr(new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true));
        return commandLine;
    }
}
