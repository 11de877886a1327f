package org.mnr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A mistake on the command line exits 2 with a message naming it, in every command. */
class UsageMistakesTest {

    private static final String CORDESSA = Engines.FIXTURES.resolve("xc-cordessa-2026.json").toString();

    @TempDir
    Path dir;

    @Test
    void planForACapabilityThatDoesNotExistIsAUsageMistake() {
        CliRun run = CliRun.of("plan", "--capability", "99", CORDESSA);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--capability").contains("99").contains("1 to 21");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void rulesFromAFolderThatDoesNotExistIsAUsageMistakeInEveryCommand() {
        String missing = dir.resolve("nonexistent").toString();
        for (String[] args : new String[][] {
            {"score", "--rules", missing, CORDESSA},
            {"validate", "--rules", missing, CORDESSA},
            {"plan", "--rules", missing, CORDESSA},
            {"template", "--rules", missing},
            {"packs", "--rules", missing},
            {"catalogue", "--rules", missing},
            {"lint", "--rules", missing},
        }) {
            CliRun run = CliRun.of(args);
            assertThat(run.exit()).as(String.join(" ", args) + ": " + run.err()).isEqualTo(2);
            assertThat(run.err()).contains(missing).contains("--rules");
        }
    }

    @Test
    void anInputDirectoryReportsWhatItCannotRead() throws Exception {
        Path evidence = java.nio.file.Files.createDirectories(dir.resolve("ev"));
        java.nio.file.Files.copy(Path.of(CORDESSA), evidence.resolve("xc.json"));
        java.nio.file.Files.createSymbolicLink(evidence.resolve("dangling.json"), dir.resolve("gone.json"));
        java.nio.file.Files.createDirectories(evidence.resolve("folder.json"));
        boolean fifo = new ProcessBuilder("mkfifo", evidence.resolve("pipe.yaml").toString()).start().waitFor() == 0;
        for (String command : new String[] {"score", "validate", "aggregate"}) {
            CliRun run = CliRun.of(command, evidence.toString());
            assertThat(run.exit()).as(command + ": " + run.err()).isEqualTo(2);
            assertThat(run.err()).contains(evidence.resolve("dangling.json").toString())
                    .contains(evidence.resolve("folder.json").toString());
            if (fifo) {
                assertThat(run.err()).contains(evidence.resolve("pipe.yaml").toString());
            }
        }
    }
}
