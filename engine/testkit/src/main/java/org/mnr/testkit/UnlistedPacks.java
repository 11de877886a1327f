package org.mnr.testkit;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.mnr.engine.internal.pack.PackResources;
import org.mnr.engine.pack.Pack;
import org.mnr.engine.pack.PackProblem;

/**
 * Finds a pack the project under test builds but no engine would load: a {@code pack.yaml} in the project's own
 * compiled resources that no {@code RulePack} service names, which would otherwise vanish from every host silently.
 */
final class UnlistedPacks {

    static final String SERVICE_FILE = "META-INF/services/org.mnr.engine.spi.RulePack";
    private static final int DEPTH = 16;

    private UnlistedPacks() {
    }

    /**
     * The descriptors under the class path's {@code classes} folders (the project's main output, as Maven and Gradle
     * name it) whose folder no loaded pack was read from.
     */
    static List<PackProblem> find(String classPath, List<Pack> loaded) {
        Set<String> folders = loaded.stream().map(Pack::resources)
                .filter(PackResources.OnClassPath.class::isInstance)
                .map(r -> ((PackResources.OnClassPath) r).folder())
                .collect(Collectors.toSet());
        List<PackProblem> problems = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            Path root = Path.of(entry);
            if (entry.isEmpty() || !Files.isDirectory(root) || root.getFileName() == null
                    || !root.getFileName().toString().equals("classes")) {
                continue;
            }
            for (Path descriptor : descriptors(root)) {
                String folder = root.relativize(descriptor.getParent()).toString().replace(File.separatorChar, '/');
                if (!folders.contains(folder)) {
                    problems.add(new PackProblem(descriptor.toString(), 0, "this pack is built but never loaded: no " + SERVICE_FILE
                            + " names a RulePack class whose resourceFolder() is \"" + folder + "\"; add that file under"
                            + " src/main/resources naming the class, or every engine that loads the jar will leave the pack out"));
                }
            }
        }
        return problems;
    }

    private static List<Path> descriptors(Path root) {
        try (Stream<Path> files = Files.walk(root, DEPTH)) {
            return files.filter(f -> f.getFileName().toString().equals("pack.yaml") && !f.getParent().equals(root)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
