package org.mnr.cli;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mnr.reports.PlannedReports;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * Which language a command line speaks: the {@code --lang} given to the command or to {@code mnr} before it (the one
 * nearest the command wins), else the system's language when the command line has it, else English; the reports,
 * the workbook and the command's own words follow the same choice.
 */
final class CliLanguage {

    /** The languages the command line, the reports and the workbook are written in. */
    static final List<String> LANGUAGES = PlannedReports.LANGUAGES;

    /** The language of the command running in this process, for what is printed outside it (log lines); null before one runs. */
    private static volatile Locale current;

    private CliLanguage() {
    }

    /** Makes a command's language the one log lines are told in. */
    static void use(Locale locale) {
        current = locale;
    }

    /** The language of the command running, else the system's when the command line has it, else English. */
    static Locale current() {
        Locale locale = current;
        return locale != null ? locale : locale(null);
    }

    /** The language of a parsed command line; an unsupported {@code --lang} is a usage error. */
    static Locale of(ParseResult parsed) {
        String asked = null;
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            String here = p.matchedOptionValue("--lang", null);
            asked = here != null ? here : asked;
        }
        return locale(asked);
    }

    /** The language of a running command: its own {@code --lang}, else that of the commands it was given under. */
    static Locale of(CommandSpec spec) {
        for (CommandSpec s = spec; s != null; s = s.parent()) {
            OptionSpec option = s.findOption("--lang");
            if (option != null && option.getValue() != null) {
                return locale(option.getValue());
            }
        }
        return locale(null);
    }

    /**
     * The language a running command was told with {@code --lang} (its own, else that of the commands it was given
     * under), or empty when none was given: for defaults that should not follow the system's language.
     */
    static Optional<Locale> given(CommandSpec spec) {
        for (CommandSpec s = spec; s != null; s = s.parent()) {
            OptionSpec option = s.findOption("--lang");
            if (option != null && option.getValue() != null) {
                return Optional.of(locale(option.getValue()));
            }
        }
        return Optional.empty();
    }

    /**
     * The language of a command line that could not be parsed, from its arguments as they are: a mistake is still
     * told in the language asked for. An unsupported language here gives the default, not a second error.
     */
    static Locale of(String[] args) {
        String asked = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                asked = args[i + 1];
            } else if (args[i].startsWith("--lang=")) {
                asked = args[i].substring("--lang=".length());
            }
        }
        return asked == null ? locale(null) : PlannedReports.language(asked).orElseGet(() -> locale(null));
    }

    /** The language asked for, or the system's when the command line has it, else English. */
    static Locale locale(String lang) {
        if (lang == null) {
            String system = Locale.getDefault().getLanguage();
            return Locale.forLanguageTag(LANGUAGES.contains(system) ? system : "en");
        }
        Optional<Locale> known = PlannedReports.language(lang);
        return known.orElseThrow(() -> UsageException.of("msg.lang.unknown", String.join(", ", LANGUAGES), lang));
    }
}
