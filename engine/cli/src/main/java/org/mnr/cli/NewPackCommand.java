package org.mnr.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mnr.testkit.newpack.PackProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mnr new-pack ID}: writes the project of a new variant pack, which builds and tests with {@code mvn verify}. */
@Command(
        name = "new-pack",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Write the Maven project of a new variant pack into a new folder.",
            "The project has a POM that inherits org.mnr:mnr-pack-parent, the pack's descriptor, vocabulary and "
                + "criteria with one added criterion to edit, the RulePack class and service file that make engines find it, "
                + "and a test. Build it with `mvn verify` (Maven 3.9.11 or later); the README's designer section goes on from "
                + "there."
        },
        footer = {"", "Exit codes: 0 written, 2 usage (a bad name, or a folder that is not empty), 1 anything else."})
final class NewPackCommand implements Callable<Integer> {

    @Mixin
    private LanguageOption language;

    @Parameters(paramLabel = "ID", description = "The pack id: lower-case letters, digits and dashes, e.g. oecs.")
    private String id;

    @Option(names = "--dir", paramLabel = "DIR", description = "Write the project here (default: a folder named ID); it must be new or empty.")
    private Path dir;

    @Option(names = "--membership", paramLabel = "CODE", description = "The membership code the variant applies to (default: ID in capitals).")
    private String membership;

    @Option(names = "--package", paramLabel = "NAME", description = "The Java package and resource folder (default: org.example.mnr.ID).")
    private String javaPackage;

    @Option(names = "--group-id", paramLabel = "GROUP", description = "The project's Maven groupId (default: org.example.mnr).")
    private String groupId;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PackProject project;
        try {
            project = PackProject.of(id);
            project = membership == null ? project : project.withMembership(membership);
            project = javaPackage == null ? project : project.withJavaPackage(javaPackage);
            project = groupId == null ? project : project.withGroupId(groupId);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Path folder = dir == null ? Path.of(id) : dir;
        try {
            PrintWriter out = spec.commandLine().getOut();
            for (Path file : project.write(folder)) {
                out.println(folder.resolve(file));
            }
            out.flush();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        spec.commandLine().getErr().println("new-pack: wrote pack " + id + " in " + folder + "; build and test it with `mvn verify` there");
        return ExitCodes.OK;
    }
}
