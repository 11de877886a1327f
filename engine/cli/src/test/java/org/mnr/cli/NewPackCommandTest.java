package org.mnr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mnr new-pack}: writes a pack project, refuses a bad name or a folder in use, and overwrites nothing. */
class NewPackCommandTest {

    @Test
    void writesTheProjectAndListsItsFiles(@TempDir Path temp) {
        Path project = temp.resolve("oecs");
        CliRun run = CliRun.of("new-pack", "oecs", "--dir", project.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out().lines()).contains(project.resolve("pom.xml").toString(),
                project.resolve("src/main/resources/META-INF/services/org.mnr.engine.spi.RulePack").toString(),
                project.resolve("src/main/resources/org/example/mnr/oecs/pack.yaml").toString(),
                project.resolve("src/test/java/org/example/mnr/oecs/OecsVariantTest.java").toString());
        assertThat(run.out().lines()).allSatisfy(line -> assertThat(Path.of(line)).isRegularFile());
        assertThat(run.err()).contains("new-pack: wrote pack oecs in " + project);
    }

    @Test
    void namesTheMembershipAndPackageItIsGiven(@TempDir Path temp) throws Exception {
        Path project = temp.resolve("p");
        CliRun run = CliRun.of("new-pack", "oecs", "--dir", project.toString(), "--membership", "OECS-EC",
                "--package", "org.oecs.mnr", "--group-id", "org.oecs");
        assertThat(run.exit()).isZero();
        assertThat(Files.readString(project.resolve("src/main/resources/org/oecs/mnr/pack.yaml"))).contains("appliesTo: [OECS-EC]");
        assertThat(Files.readString(project.resolve("src/main/resources/META-INF/services/org.mnr.engine.spi.RulePack")))
                .isEqualTo("org.oecs.mnr.OecsPack\n");
        assertThat(Files.readString(project.resolve("pom.xml"))).contains("<groupId>org.oecs</groupId>");
    }

    @Test
    void aBadIdIsAUsageErrorAndWritesNothing(@TempDir Path temp) {
        CliRun run = CliRun.of("new-pack", "OECS!", "--dir", temp.resolve("x").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("'OECS!' cannot be a pack id: use lower-case letters, digits and dashes");
        assertThat(temp.resolve("x")).doesNotExist();
    }

    @Test
    void aFolderThatHoldsFilesIsRefusedAndLeftAsItWas(@TempDir Path temp) throws Exception {
        Files.writeString(temp.resolve("pom.xml"), "mine");
        CliRun run = CliRun.of("new-pack", "oecs", "--dir", temp.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("already exists and is not an empty folder").doesNotContain("Exception");
        assertThat(Files.readString(temp.resolve("pom.xml"))).isEqualTo("mine");
        try (var files = Files.list(temp)) {
            assertThat(files).hasSize(1);
        }
    }
}
