package org.mnr.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code mnr} command; its subcommands do the work. */
@Command(
        name = "mnr",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Scores how mature a country's response to online child sexual exploitation and abuse is, capability by "
                + "capability, against the WeProtect Global Alliance Model National Response.",
            "Run mnr COMMAND --help for what a command does and the options it takes."
        },
        subcommands = {ScoreCommand.class, ValidateCommand.class, PlanCommand.class, DiffCommand.class, AggregateCommand.class,
            TemplateCommand.class, PacksCommand.class, LintCommand.class, TestCommand.class, CatalogueCommand.class,
            SchemaCommand.class, ServeCommand.class, NewPackCommand.class},
        footer = {"", "Exit codes: 0 done, 2 invalid input or usage, 1 anything else."})
final class MnrCommand implements Runnable {

    @Mixin
    private LanguageOption language;

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
