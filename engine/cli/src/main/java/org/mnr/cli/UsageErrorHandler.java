package org.mnr.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mnr.engine.internal.evidence.Printable;
import org.mnr.engine.internal.evidence.Suggestion;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Reports a command-line mistake in one line, in the command line's own words with a did-you-mean where one fits
 * (an unknown option or command, a value not among an option's choices), with a pointer to the help, and exits 2. It is
 * said in the language of the command line's {@code --lang}, read from the arguments since they could not be parsed.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        CliText text = CliText.of(CliLanguage.of(args));
        PrintWriter err = command.getErr();
        err.println(Printable.escape("mnr: " + message(e, text)));
        err.println(text.format("msg.run-help", command.getCommandSpec().qualifiedName()));
        return ExitCodes.INVALID;
    }

    private static String message(ParameterException e, CliText text) {
        if (e instanceof UnmatchedArgumentException unmatched) {
            return unmatched(unmatched, text);
        }
        if (e instanceof MissingParameterException missing) {
            return text.format("msg.missing", missing.getMissing().stream().map(UsageErrorHandler::name).collect(Collectors.joining(", ")));
        }
        if (e instanceof OverwrittenOptionException overwritten && overwritten.getOverwritten() != null) {
            return text.format("msg.option-once", name(overwritten.getOverwritten()));
        }
        if (e.getCause() instanceof CliConversionException conversion && e.getArgSpec() != null) {
            return text.format("msg.invalid-value", name(e.getArgSpec()), conversion.words());
        }
        return notAChoice(e, text).or(() -> notANumber(e, text)).orElse(e.getMessage());
    }

    /** An option by its longest name, a parameter by its label. */
    private static String name(ArgSpec spec) {
        return spec instanceof OptionSpec option ? option.longestName() : spec.paramLabel();
    }

    private static String unmatched(UnmatchedArgumentException e, CliText text) {
        List<String> arguments = e.getUnmatched();
        String first = arguments.isEmpty() ? "" : arguments.get(0);
        CommandLine command = e.getCommandLine();
        if (e.isUnknownOption()) {
            // The closest by edit distance, as for evidence keys; picocli's own guesses are often far off.
            String option = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
            List<String> names = command.getCommandSpec().options().stream().flatMap(o -> Arrays.stream(o.names())).toList();
            return text.format("msg.unknown-option", first) + Suggestion.closest(option, names).map(n -> text.format("msg.did-you-mean", n)).orElse("");
        }
        if (!command.getSubcommands().isEmpty() && command.getParseResult().subcommand() == null) {
            List<String> commands = List.copyOf(command.getSubcommands().keySet());
            return text.format("msg.not-a-command", first, command.getCommandSpec().qualifiedName())
                    + Suggestion.closest(first, commands).map(c -> text.format("msg.did-you-mean", c))
                            .orElse(text.format("msg.its-commands", String.join(", ", commands)));
        }
        return arguments.size() == 1 ? text.format("msg.unexpected-argument", first)
                : text.format("msg.unexpected-arguments", String.join("', '", arguments));
    }

    /** A whole-number option given something else, said without picocli's type names. */
    private static Optional<String> notANumber(ParameterException e, CliText text) {
        ArgSpec spec = e.getArgSpec();
        String value = e.getValue();
        if (!(spec instanceof OptionSpec option) || value == null) {
            return Optional.empty();
        }
        Class<?> type = spec.auxiliaryTypes()[0];
        // An option with its own converter (sizes such as 10MB) says what it takes itself.
        if (spec.converters().length > 0 || type != int.class && type != Integer.class && type != long.class && type != Long.class) {
            return Optional.empty();
        }
        return Optional.of(text.format("msg.whole-number", option.longestName(), value));
    }

    /** An option given a value outside its choices (an enum), said with the choices and the closest one. */
    private static Optional<String> notAChoice(ParameterException e, CliText text) {
        ArgSpec spec = e.getArgSpec();
        String value = e.getValue();
        if (!(spec instanceof OptionSpec option) || value == null || !spec.auxiliaryTypes()[0].isEnum() || spec.converters().length > 0) {
            return Optional.empty();
        }
        List<String> choices = Arrays.stream(spec.auxiliaryTypes()[0].getEnumConstants())
                .map(c -> String.valueOf(c).toLowerCase(Locale.ROOT)).toList();
        return Optional.of(text.format("msg.one-of", option.longestName(), String.join(", ", choices), value)
                + Suggestion.closest(value, choices).map(c -> text.format("msg.did-you-mean-value", c)).orElse(""));
    }
}
