package org.mnr.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mnr.engine.EvidenceChecker;
import org.mnr.engine.MaturityEngine;
import picocli.CommandLine.Option;

/** The options that load packs from jars and folders, shared by every command that loads rules. */
final class PackOptions {

    @Option(names = "--pack", paramLabel = "PATH",
            description = {
                "Load the packs of a pack's jar (or the packs under a folder) beside the installed ones (repeatable); "
                    + "also from MNR_PACKS (a path list) and the packs/ folder of the distribution. Two packs with one id are "
                    + "an error.",
                "Its rules run as code: use only packs you trust."
            })
    private List<Path> packs = new ArrayList<>();

    @Option(names = "--rules", paramLabel = "DIR",
            description = {
                "Load the packs in DIR from their criteria files (repeatable); a pack from a folder takes the place of "
                    + "the installed pack with the same id. Its rules run as code: use only folders you trust."
            })
    private List<Path> rules = new ArrayList<>();

    /** Builds the engine the options describe. */
    MaturityEngine engine() {
        return builder().build();
    }

    /** Loads the packs the options describe, to check evidence without compiling rules. */
    EvidenceChecker checker() {
        return builder().buildChecker();
    }

    /** Where the packs beyond the class path come from, and how each was named. */
    List<InstalledPacks.Source> installed() {
        return InstalledPacks.of(packs, System.getenv(InstalledPacks.ENVIRONMENT), InstalledPacks.distributionFolder());
    }

    /** A builder with the packs the options describe, for other options to add to. */
    MaturityEngine.Builder builder() {
        MaturityEngine.Builder builder = MaturityEngine.builder();
        for (InstalledPacks.Source source : installed()) {
            builder.packPath(source.path());
        }
        for (Path folder : rules) {
            // A folder that is not there is a mistake on the command line, not a broken pack.
            if (!Files.isDirectory(folder)) {
                throw Files.exists(folder) ? UsageException.of("msg.rules.not-a-folder", folder)
                        : UsageException.of("msg.lint.no-rules-folder", folder);
            }
            builder.packFolder(folder);
        }
        return builder;
    }
}
