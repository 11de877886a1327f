package org.mnr.packit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mnr.cli.Mnr;
import org.mnr.engine.result.Assessment;
import org.mnr.engine.result.CriterionResult;
import org.mnr.engine.result.PackVersion;
import org.mnr.engine.result.ResultJson;
import org.mnr.engine.result.Status;

/**
 * A pack author's first hour: {@code mnr new-pack oecs} writes a project, and {@code mvn verify} builds it and passes
 * its tests, outside this reactor and offline. Its repository is a temporary one holding this build's mnr artifacts,
 * with the machine's {@code ~/.m2/repository} as a read-only tail for everything else, so nothing of this build leaks
 * into the shared repository.
 */
class NewPackIT {

    private static final Path ROOT = Path.of(System.getProperty("mnr.root", "../..")).toAbsolutePath().normalize();
    private static final String VERSION = System.getProperty("mnr.version", "1.0.0");

    /** The mnr artifacts a pack project needs: each one's POM, and its jar unless it is a POM. */
    private static final Map<String, String> ARTIFACTS = Map.of(
            "mnr-parent", "",
            "mnr-pack-parent", "engine/pack-parent",
            "mnr-engine", "engine/core",
            "mnr-testkit", "engine/testkit",
            "mnr-rules", "rules");

    @Test
    void aProjectWrittenByNewPackBuildsAndPassesItsTestsOnMnrPackParent(@TempDir Path temp) throws Exception {
        Path project = temp.resolve("oecs");
        assertThat(Mnr.run("new-pack", "oecs", "--dir", project.toString())).isZero();
        String pom = Files.readString(project.resolve("pom.xml"));
        assertThat(pom.lines().filter(l -> !l.isBlank())).as("the pack's POM is a few lines").hasSizeLessThan(25);

        Path repository = temp.resolve("repository");
        for (Map.Entry<String, String> artifact : ARTIFACTS.entrySet()) {
            install(repository, artifact.getKey(), ROOT.resolve(artifact.getValue()));
        }

        String output = build(project, repository, temp.resolve("generated.log"));
        assertThat(output).contains("Tests run: 3, Failures: 0, Errors: 0, Skipped: 0");

        try (JarFile jar = new JarFile(project.resolve("target/mnr-pack-oecs-0.1.0.jar").toFile())) {
            assertThat(jar.getEntry("org/example/mnr/oecs/pack.yaml")).isNotNull();
            assertThat(jar.getEntry("META-INF/services/org.mnr.engine.spi.RulePack")).isNotNull();
            assertThat(jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name")).isEqualTo("org.example.mnr.oecs");
        }
        assertThat(repository.resolve("org/example")).as("the pack itself was not installed anywhere").doesNotExist();

        // The README's designer section, file by file, over the generated ones: the OECS variant of issue 16.
        Map<String, String> readme = ReadmeFiles.of(ROOT.resolve("README.md"));
        assertThat(readme.keySet()).containsExactlyInAnyOrder("src/main/resources/org/example/mnr/oecs/pack.yaml",
                "src/main/resources/org/example/mnr/oecs/vocabulary.yaml", "src/main/resources/org/example/mnr/oecs/oecs.yaml",
                "src/test/java/org/example/mnr/oecs/OecsVariantTest.java");
        for (Map.Entry<String, String> file : readme.entrySet()) {
            assertThat(project.resolve(file.getKey())).as("the README replaces a file new-pack wrote").isRegularFile();
            Files.writeString(project.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
        String designed = build(project, repository, temp.resolve("readme.log"));
        assertThat(designed).contains("Tests run: 3, Failures: 0, Errors: 0, Skipped: 0");

        // The README's step 6: the mnr command scores with the variant's jar.
        Path evidence = Files.writeString(temp.resolve("xa.yaml"), String.join("\n",
                "country: {code: XA, name: Atlantis, memberships: [OECS]}",
                "assessedOn: 2026-06-30",
                "evidence:",
                "  - {key: oecs.hotline.regional_portal, value: true}", ""));
        Path result = temp.resolve("xa.json");
        assertThat(Mnr.run("score", "--pack", project.resolve("target/mnr-pack-oecs-0.1.0.jar").toString(), "-o", result.toString(),
                evidence.toString())).isZero();
        Assessment assessment = ResultJson.read(Files.readAllBytes(result));
        assertThat(assessment.packs()).extracting(PackVersion::id).containsExactly("mnr", "oecs");
        // The README's variant replaces the 2.0.0 base criterion C12.L1.hotline-or-portal and waives C07.L4.icse-direct-connection.
        CriterionResult hotline = assessment.criterion("C12.L1.hotline-or-portal").orElseThrow();
        assertThat(hotline.status()).isEqualTo(Status.MET);
        assertThat(hotline.replacedBy()).isEqualTo("oecs");
        assertThat(assessment.criterion("C07.L4.icse-direct-connection").orElseThrow().waivedBy()).isEqualTo("oecs");
    }

    /** Runs {@code mvn verify} on the project and returns its output, failing with it when the build fails. */
    private static String build(Path project, Path repository, Path log) throws Exception {
        int exit = maven(project, repository, log, "clean", "verify");
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(exit).as("mvn verify of %s; its output:%n%s", project, output).isZero();
        return output;
    }

    /** Puts one artifact where a local repository keeps it, as {@code mvn install} would, from this build's output. */
    private static void install(Path repository, String artifactId, Path module) throws IOException {
        Path folder = repository.resolve("org/mnr").resolve(artifactId).resolve(VERSION);
        Files.createDirectories(folder);
        Files.copy(module.resolve("pom.xml"), folder.resolve(artifactId + "-" + VERSION + ".pom"), StandardCopyOption.REPLACE_EXISTING);
        Path jar = module.resolve("target").resolve(artifactId + "-" + VERSION + ".jar");
        if (!artifactId.equals("mnr-parent") && !artifactId.equals("mnr-pack-parent")) {
            assertThat(jar).as("%s is built by the reactor's package phase before this test runs", jar).exists();
            Files.copy(jar, folder.resolve(artifactId + "-" + VERSION + ".jar"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Runs this repository's Maven wrapper on the project, offline, writing its output to a log. */
    private static int maven(Path project, Path repository, Path log, String... goals) throws Exception {
        List<String> command = new ArrayList<>(List.of(ROOT.resolve("mvnw").toString(), "-B", "-ntp", "-o",
                "-f", project.resolve("pom.xml").toString(),
                "-Dmaven.repo.local=" + repository,
                "-Dmaven.repo.local.tail=" + Path.of(System.getProperty("user.home"), ".m2", "repository")));
        command.addAll(List.of(goals));
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // The outer build's settings of its own project must not leak into this one.
        builder.environment().remove("MAVEN_BASEDIR");
        builder.environment().remove("MAVEN_PROJECTBASEDIR");
        Process process = builder.start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("mvn verify of the generated project took over 10 minutes; see " + log);
        }
        return process.exitValue();
    }
}
