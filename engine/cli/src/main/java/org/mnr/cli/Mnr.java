package org.mnr.cli;

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
        return commandLine().execute(args);
    }

    /** The configured command line. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new MnrCommand());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler(new FailureHandler());
        commandLine.setParameterExceptionHandler(new UsageErrorHandler());
        return commandLine;
    }
}
