package org.mnr.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mnr.engine.internal.pack.PackDiscovery;
import org.mnr.engine.pack.Pack;
import org.mnr.engine.pack.PackProblem;

/** A pack a project builds without the service file that makes engines load it is reported, not lost. */
class UnlistedPacksTest {

    @Test
    void aDescriptorInTheProjectsClassesThatNoServiceNamesIsReported(@TempDir Path project) throws Exception {
        Path classes = project.resolve("target/classes");
        Path testClasses = project.resolve("target/test-classes");
        write(classes.resolve("packs/mini/pack.yaml"));
        write(classes.resolve("org/example/oecs/pack.yaml"));
        write(testClasses.resolve("fixtures/other/pack.yaml"));
        Path services = project.resolve("services");
        write(services.resolve(UnlistedPacks.SERVICE_FILE), MiniTestPack.class.getName());
        List<Pack> loaded;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {services.toUri().toURL()}, getClass().getClassLoader())) {
            loaded = PackDiscovery.onClassPath(loader);
        }
        assertThat(loaded).extracting(Pack::id).containsExactly("mini");

        List<PackProblem> problems = UnlistedPacks.find(classes + File.pathSeparator + testClasses, loaded);

        // Only the project's main output counts: a test resource pack is loaded from its folder, not as a service.
        assertThat(problems).extracting(PackProblem::toString).containsExactly(classes.resolve("org/example/oecs/pack.yaml")
                + ": this pack is built but never loaded: no META-INF/services/org.mnr.engine.spi.RulePack names a RulePack class"
                + " whose resourceFolder() is \"org/example/oecs\"; add that file under src/main/resources naming the class, or every"
                + " engine that loads the jar will leave the pack out");
        assertThat(UnlistedPacks.find(classes.toString(), List.of())).hasSize(2);
    }

    @Test
    void aHarnessOnTheClassPathOfThisModuleFindsNothingUnlisted() {
        // This module's own classes hold no pack, so nothing may be reported whatever its test resources hold; the
        // check reads java.class.path, which must then name this module's classes folder.
        assertThat(System.getProperty("java.class.path")).contains(File.separator + "classes" + File.pathSeparator);
        assertThat(UnlistedPacks.find(System.getProperty("java.class.path"), List.of())).isEmpty();
    }

    private static void write(Path file) throws Exception {
        write(file, "id: x\n");
    }

    private static void write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
