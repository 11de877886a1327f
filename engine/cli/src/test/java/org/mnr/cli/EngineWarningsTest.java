package org.mnr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mnr.testkit.newpack.PackProject;

/**
 * The engine's warnings, logged through SLF4J, reach a user as the command's own warnings (#14.3): {@code mnr: warning: ...}
 * with the prefix in the command's language and no logger name or level word; {@code -Dmnr.log.level=DEBUG} keeps the
 * logger for a developer. Run as its own process, so that the command's real logging configuration prints to its real stderr.
 */
class EngineWarningsTest {

    /** Not a criterion of the base pack mnr, so loading the variant that waives it logs a warning (PackSet). */
    private static final String GONE = "C03.L2.criterion-the-base-removed";

    @TempDir
    static Path dir;

    private static Path folder;

    @BeforeAll
    static void writeVariantWaivingAGoneCriterion() throws IOException {
        Path project = dir.resolve("oecs");
        PackProject.of("oecs").write(project);
        folder = project.resolve("src/main/resources");
        Path criteria;
        try (Stream<Path> files = Files.walk(folder)) {
            criteria = files.filter(f -> f.getFileName().toString().equals("oecs.yaml")).findFirst().orElseThrow();
        }
        Files.writeString(criteria, "\nwaives:\n  - id: " + GONE + "\n    reason: The region has its own instrument.\n",
                StandardOpenOption.APPEND);
    }

    private static String stderr(List<String> javaOptions, String... args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), "-Duser.language=en"));
        command.addAll(javaOptions);
        command.add(Mnr.class.getName());
        command.addAll(List.of(args));
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process process = new ProcessBuilder(command).redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(Files.readString(err, StandardCharsets.UTF_8)).isZero();
        return Files.readString(err, StandardCharsets.UTF_8);
    }

    @Test
    void anEngineWarningIsTheCommandsWarningInItsLanguage() throws Exception {
        String french = stderr(List.of(), "packs", "--lang", "fr", "--pack", folder.toString());
        assertThat(french).startsWith("mnr: avertissement : " + folder).contains("pack.yaml: variant oecs 0.1.0 cannot be used").contains(GONE)
                .doesNotContain("WARN").doesNotContain("PackSet");
        String spanish = stderr(List.of(), "packs", "--lang", "es", "--pack", folder.toString());
        assertThat(spanish).startsWith("mnr: advertencia: " + folder).doesNotContain("WARN");
        String english = stderr(List.of(), "packs", "--pack", folder.toString());
        assertThat(english).startsWith("mnr: warning: " + folder).doesNotContain("WARN");
    }

    @Test
    void debugLoggingKeepsTheLoggerForADeveloper() throws Exception {
        String debug = stderr(List.of("-Dmnr.log.level=DEBUG"), "packs", "--lang", "fr", "--pack", folder.toString());
        assertThat(debug).contains("WARN o.m.e.pack.PackSet: " + folder).doesNotContain("avertissement");
    }
}
