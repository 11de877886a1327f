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
        // Each step checks one value, so a refused step names the value in the command's own words and language.
        PackProject project = step(() -> PackProject.of(id), "msg.new-pack.id", id);
        if (membership != null) {
            PackProject named = project;
            project = step(() -> named.withMembership(membership), "msg.new-pack.membership", membership);
        }
        if (javaPackage != null) {
            PackProject named = project;
            project = step(() -> named.withJavaPackage(javaPackage), "msg.new-pack.package", javaPackage);
        }
        if (groupId != null) {
            PackProject named = project;
            project = step(() -> named.withGroupId(groupId), "msg.new-pack.group", groupId);
        }
        Path folder = dir == null ? Path.of(id) : dir;
        try {
            PrintWriter out = spec.commandLine().getOut();
            for (Path file : project.write(folder)) {
                out.println(folder.resolve(file));
            }
            out.flush();
        } catch (IllegalArgumentException e) {
            // PackProject refuses a folder that exists and holds files, whatever they are.
            throw UsageException.of("msg.new-pack.folder", folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        spec.commandLine().getErr().println(CliText.of(CliLanguage.of(spec)).format("msg.new-pack.wrote", id, folder));
        return ExitCodes.OK;
    }

    private static PackProject step(java.util.function.Supplier<PackProject> step, String key, String value) {
        try {
            return step.get();
        } catch (IllegalArgumentException e) {
            throw UsageException.of(key, value);
        }
    }
}
