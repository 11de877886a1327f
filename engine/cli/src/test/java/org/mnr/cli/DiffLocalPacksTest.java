package org.mnr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mnr.testkit.newpack.PackProject;

/**
 * A pack edited in its folder keeps its id and version; {@code mnr diff} tells the two results apart by its hash and
 * says the rules changed, never that every change comes from the evidence (issue 16).
 */
class DiffLocalPacksTest {

    @TempDir
    Path dir;

    @Test
    void anEditedLocalPackWithTheSameVersionIsAChangeOfTheRules() throws IOException {
        Path project = dir.resolve("oecs");
        PackProject.of("oecs").write(project);
        Path folder = project.resolve("src/main/resources");
        Path criteria;
        try (Stream<Path> files = Files.walk(folder)) {
            criteria = files.filter(f -> f.getFileName().toString().equals("oecs.yaml")).findFirst().orElseThrow();
        }
        Path evidence = Files.writeString(dir.resolve("xa.yaml"), String.join("\n",
                "country: {code: XA, name: Atlantis, memberships: [OECS]}", "assessedOn: 2026-06-30", "evidence:",
                "  - {key: oecs.example.in_place, value: true}", ""));

        CliRun before = CliRun.of("score", "--pack", folder.toString(), evidence.toString());
        assertThat(before.exit()).as(before.err()).isZero();
        Path beforeFile = Files.writeString(dir.resolve("before.json"), before.out());

        // The variant's criterion now asks for the opposite; id and version stay 0.1.0.
        String text = Files.readString(criteria);
        assertThat(text).contains("equals: true}");
        Files.writeString(criteria, text.replace("equals: true}", "equals: false}"));
        CliRun after = CliRun.of("score", "--pack", folder.toString(), evidence.toString());
        assertThat(after.exit()).as(after.err()).isZero();
        Path afterFile = Files.writeString(dir.resolve("after.json"), after.out());

        CliRun diff = CliRun.of("diff", beforeFile.toString(), afterFile.toString());
        assertThat(diff.exit()).as(diff.err()).isZero();
        assertThat(diff.out()).contains("The rules changed (oecs 0.1.0 (local ").contains("OECS.C03.L2.example")
                .doesNotContain("every change comes from the evidence");
    }
}
