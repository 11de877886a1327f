package org.mnr.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The zip as an evaluator gets it: unpacked in a folder of its own, then run with {@code bin/mnr}. */
class DistributionIT {

    private static final Path ZIP = Path.of(System.getProperty("mnr.zip"));
    private static final String VERSION = System.getProperty("mnr.version");
    private static final Path FIXTURES = Path.of(System.getProperty("mnr.fixtures"));
    private static final String TOP = "mnr-" + VERSION + "/";

    // A space in every path the launcher handles: where it is unpacked and the evidence it is given.
    @TempDir
    static Path temp;
    private static Path home;
    private static Map<String, Integer> modes;

    @BeforeAll
    static void unzip() throws IOException {
        Path target = Files.createDirectories(temp.resolve("unpacked here"));
        modes = new TreeMap<>();
        try (ZipFile zip = ZipFile.builder().setPath(ZIP).get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                modes.put(entry.getName(), entry.getUnixMode());
                Path out = target.resolve(entry.getName()).normalize();
                assertThat(out.startsWith(target)).as("%s stays inside the folder it is unpacked in", entry.getName()).isTrue();
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                Files.createDirectories(out.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, out);
                }
                if ((entry.getUnixMode() & 0100) != 0) {
                    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
        }
        home = target.resolve(TOP);
    }

    @Test
    void holdsTheLaunchersTheJarsAndTheTextsAndNothingElse() {
        Set<String> files = new TreeSet<>();
        modes.keySet().stream().filter(n -> !n.endsWith("/")).forEach(files::add);
        assertThat(files).allMatch(n -> n.startsWith(TOP), "everything under " + TOP);
        Set<String> notJars = new TreeSet<>(files);
        notJars.removeIf(n -> n.startsWith(TOP + "lib/") && n.endsWith(".jar") && n.indexOf('/', (TOP + "lib/").length()) < 0);
        assertThat(notJars).containsExactlyInAnyOrder(TOP + "bin/mnr", TOP + "bin/mnr.cmd", TOP + "README.md", TOP + "LICENSE",
                TOP + "NOTICE");
        assertThat(lib()).contains("mnr-cli-" + VERSION + ".jar", "mnr-engine-" + VERSION + ".jar", "mnr-rules-" + VERSION + ".jar",
                "mnr-plugin-coe-" + VERSION + ".jar", "mnr-plugin-eu-" + VERSION + ".jar", "mnr-plugin-au-" + VERSION + ".jar",
                "mnr-plugin-asean-" + VERSION + ".jar", "mnr-reports-" + VERSION + ".jar", "mnr-workbook-" + VERSION + ".jar");
        assertThat(modes.get(TOP + "bin/mnr") & 0777).as("bin/mnr is executable").isEqualTo(0755);
    }

    @Test
    void windowsLauncherHasWindowsLineEndingsAndPassesArgumentsThrough() throws IOException {
        String cmd = Files.readString(home.resolve("bin/mnr.cmd"), StandardCharsets.UTF_8);
        assertThat(cmd.split("\r\n", -1)).hasSizeGreaterThan(5);
        assertThat(cmd.replace("\r\n", "")).doesNotContain("\n");
        assertThat(cmd).contains("\"%MNR_HOME%\\lib\\*\" org.mnr.cli.Mnr %*").contains("%JAVA_HOME%\\bin\\java.exe");
    }

    @Test
    void noticeListsEveryThirdPartyJarInLibAndNoOther() throws IOException {
        String notice = Files.readString(home.resolve("NOTICE"), StandardCharsets.UTF_8);
        assertThat(notice).isEqualTo(Files.readString(Path.of(System.getProperty("mnr.notice")), StandardCharsets.UTF_8));
        Set<String> listed = new TreeSet<>();
        Matcher line = Pattern.compile("(?m)^(\\S+\\.jar)\\s+\\S+:\\S+:\\S+\\s+\\S.*$").matcher(notice);
        while (line.find()) {
            listed.add(line.group(1));
        }
        Set<String> bundled = new TreeSet<>(lib());
        bundled.removeIf(n -> n.startsWith("mnr-"));
        Set<String> unlisted = new TreeSet<>(bundled);
        unlisted.removeAll(listed);
        Set<String> stale = new TreeSet<>(listed);
        stale.removeAll(bundled);
        assertThat(unlisted).as("jars in lib/ missing from NOTICE: add a line 'FILE  GROUP:ARTIFACT:VERSION  LICENCE'"
                + " (the licence is in the jar's POM)").isEmpty();
        assertThat(stale).as("lines in NOTICE for jars no longer in lib/: remove them").isEmpty();
        assertThat(Files.readString(home.resolve("LICENSE"), StandardCharsets.UTF_8))
                .contains("Apache License", "Version 2.0, January 2004", "END OF TERMS AND CONDITIONS");
    }

    @Test
    void scoresAFixtureExactlyAsItsGoldenResult() throws Exception {
        Path evidence = Files.createDirectories(temp.resolve("evidence of Cordessa")).resolve("xc cordessa 2026.json");
        Files.copy(FIXTURES.resolve("evidence/xc-cordessa-2026.json"), evidence);

        Run run = mnr(Map.of(), "score", evidence.toString());

        assertThat(run.exit()).as(run.stderr()).isZero();
        assertThat(run.stdout().strip())
                .isEqualTo(Files.readString(FIXTURES.resolve("expected/xc-cordessa-2026.json"), StandardCharsets.UTF_8).strip());
    }

    @Test
    void passesArgumentsWithSpacesAndTheExitCodeThrough() throws Exception {
        Run run = mnr(Map.of(), "score", temp.resolve("no such folder/missing evidence.json").toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.stderr()).contains("missing evidence.json").doesNotContain("Exception");
    }

    @Test
    void usesTheJavaInJavaHome() throws Exception {
        // A JAVA_HOME whose java notes that it ran, then runs the real one.
        Path fakeHome = Files.createDirectories(temp.resolve("a java home/bin")).getParent();
        Path marker = temp.resolve("java-home-used");
        Path java = fakeHome.resolve("bin/java");
        Files.writeString(java, "#!/bin/sh\ntouch '" + marker + "'\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java")
                + "' \"$@\"\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));

        Run run = mnr(Map.of("JAVA_HOME", fakeHome.toString()), "--version");

        assertThat(run.exit()).as(run.stderr()).isZero();
        assertThat(run.stdout()).contains(VERSION);
        assertThat(marker).exists();
    }

    private static List<String> lib() {
        List<String> jars = new ArrayList<>();
        for (String name : modes.keySet()) {
            if (name.startsWith(TOP + "lib/") && !name.endsWith("/")) {
                jars.add(name.substring((TOP + "lib/").length()));
            }
        }
        return jars;
    }

    private record Run(int exit, String stdout, String stderr) {
    }

    private static Run mnr(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin/mnr").toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(temp.toFile());
        builder.environment().remove("MNR_JAVA_OPTS");
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().putAll(env);
        Path out = Files.createTempFile(temp, "out", ".txt");
        Path err = Files.createTempFile(temp, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("mnr finished within 2 minutes").isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
