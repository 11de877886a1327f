package org.mnr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mnr.engine.result.Assessment;
import org.mnr.engine.result.PackVersion;
import org.mnr.engine.result.ResultJson;
import org.mnr.engine.result.Status;
import org.mnr.testkit.newpack.PackProject;

/** {@code --pack}: a built pack jar, in any command, beside the installed packs; {@code mnr packs} says where each came from. */
class PackOptionTest {

    @TempDir
    static Path dir;

    private static Path project;
    private static Path jar;

    /** The jar of the project mnr new-pack writes, built as Maven would: its class compiled, its resources beside it. */
    @BeforeAll
    static void buildJar() throws IOException {
        project = dir.resolve("oecs");
        PackProject.of("oecs").write(project);
        Path classes = dir.resolve("classes");
        Path source = project.resolve("src/main/java/org/example/mnr/oecs/OecsPack.java");
        assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), "-cp",
                System.getProperty("java.class.path"), source.toString())).isZero();
        jar = dir.resolve("oecs.jar");
        Path resources = project.resolve("src/main/resources");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out);
                Stream<Path> files = Stream.concat(Files.walk(classes), Files.walk(resources))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path root = file.startsWith(classes) ? classes : resources;
                zip.putNextEntry(new JarEntry(root.relativize(file).toString().replace('\\', '/')));
                zip.write(Files.readAllBytes(file));
                zip.closeEntry();
            }
        }
    }

    @Test
    void packsListsAJarPackBesideTheInstalledOnesWithWhereItCameFrom() {
        CliRun run = CliRun.of("packs", "--pack", jar.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("oecs 0.1.0  OECS (variant, applies to OECS), 1 criteria" + System.lineSeparator()
                        + "  from     " + jar + " (--pack)")
                .contains("coe 2.0.0  Council of Europe (variant, applies to CoE), 4 criteria")
                .containsPattern("from     .*mnr-rules.* \\(installed\\)");
    }

    @Test
    void scoreUsesTheJarsVariantForItsMembers() throws IOException {
        Path evidence = Files.writeString(dir.resolve("xa.yaml"), String.join("\n",
                "country: {code: XA, name: Atlantis, memberships: [OECS]}", "assessedOn: 2026-06-30", "evidence:",
                "  - {key: oecs.example.in_place, value: true}", ""));
        CliRun run = CliRun.of("score", "--pack", jar.toString(), evidence.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        Assessment result = ResultJson.read(run.out().getBytes(StandardCharsets.UTF_8));
        assertThat(result.packs()).extracting(PackVersion::id).containsExactly("mnr", "oecs");
        assertThat(result.criterion("OECS.C03.L2.example").orElseThrow().status()).isEqualTo(Status.MET);
    }

    @Test
    void aJarPackIsLocalWithTheHashOfItsFilesAndTheInstalledPacksCarryNeither() throws IOException {
        Path evidence = Files.writeString(dir.resolve("xb.yaml"), String.join("\n",
                "country: {code: XA, name: Atlantis, memberships: [OECS]}", "assessedOn: 2026-06-30", "evidence: []", ""));
        CliRun fromJar = CliRun.of("score", "--pack", jar.toString(), evidence.toString());
        assertThat(fromJar.exit()).as(fromJar.err()).isZero();
        List<PackVersion> packs = ResultJson.read(fromJar.out().getBytes(StandardCharsets.UTF_8)).packs();
        assertThat(packs.get(0)).isEqualTo(new PackVersion("mnr", packs.get(0).version()));
        assertThat(packs.get(1).source()).isEqualTo("local");
        assertThat(packs.get(1).hash()).matches("sha256:[0-9a-f]{64}");
        assertThat(fromJar.out()).containsOnlyOnce("\"source\"").containsOnlyOnce("\"hash\"");

        // The hash is of the pack's files, not of their container: the folder the jar was built from gives the same one.
        CliRun fromFolder = CliRun.of("score", "--pack", project.resolve("src/main/resources").toString(), evidence.toString());
        assertThat(fromFolder.exit()).as(fromFolder.err()).isZero();
        assertThat(ResultJson.read(fromFolder.out().getBytes(StandardCharsets.UTF_8)).packs().get(1)).isEqualTo(packs.get(1));
    }

    @Test
    void twoPacksWithOneIdAreAnErrorNamingBothPlaces() {
        Path folder = project.resolve("src/main/resources");
        CliRun run = CliRun.of("packs", "--pack", jar.toString(), "--pack", folder.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("two packs have the id 'oecs': " + jar + " and " + folder.resolve("org/example/mnr/oecs"));
    }

    @Test
    void aPackThatIsNotThereIsAUsageMistake() {
        CliRun run = CliRun.of("packs", "--pack", dir.resolve("missing.jar").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--pack " + dir.resolve("missing.jar") + ": no such file or folder");
    }

    @Test
    void packPathsComeFromTheOptionsThenTheEnvironmentThenTheDistributionOnceEach(@TempDir Path home) throws IOException {
        Path packs = Files.createDirectories(home.resolve("packs"));
        Files.writeString(packs.resolve("b.jar"), "");
        Files.createDirectories(packs.resolve("a-folder"));
        Files.writeString(packs.resolve("notes.txt"), "");
        String environment = jar + java.io.File.pathSeparator + project + java.io.File.pathSeparator;

        List<InstalledPacks.Source> sources = InstalledPacks.of(List.of(jar), environment, packs);

        assertThat(sources).containsExactly(new InstalledPacks.Source(jar, "--pack"), new InstalledPacks.Source(project, "MNR_PACKS"),
                new InstalledPacks.Source(packs.resolve("a-folder"), "packs/"), new InstalledPacks.Source(packs.resolve("b.jar"), "packs/"));
        assertThat(InstalledPacks.of(List.of(), null, home.resolve("none"))).isEmpty();
    }
}
