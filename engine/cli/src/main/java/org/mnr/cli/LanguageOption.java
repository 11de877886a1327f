package org.mnr.cli;

import picocli.CommandLine.Option;

/** The {@code --lang} option every command takes: the language of its messages, its help and what it writes for people. */
final class LanguageOption {

    @Option(names = "--lang", paramLabel = "LANG",
            description = {"The language of the command's messages and help, and of the reports and workbooks it writes: en, fr or es."
                + " The default is the system's language when it is one of these, and English otherwise."})
    String lang;
}
