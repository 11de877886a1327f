package org.mnr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mnr.engine.result.Assessment;
import org.mnr.engine.result.PackVersion;
import org.mnr.engine.result.ResultJson;
import org.mnr.testkit.newpack.PackProject;

/**
 * A variant that waives a base criterion the installed base pack does not define cannot be used (issue 16): {@code mnr packs}
 * lists it as broken with the reason, a country it applies to exits 2 naming it, and every other country is scored.
 */
class BrokenVariantCommandTest {

    /** Not a criterion of the base pack mnr: as if the base had removed or renamed it since the variant was written. */
    private static final String GONE = "C03.L2.criterion-the-base-removed";

    @TempDir
    static Path dir;

    private static Path folder;

    @BeforeAll
    static void writeVariant() throws IOException {
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

    private static Path evidence(String name, String memberships) throws IOException {
        return Files.writeString(dir.resolve(name + ".yaml"), String.join("\n",
                "country: {code: XA, name: Atlantis, memberships: [" + memberships + "]}", "assessedOn: 2026-06-30", "evidence:",
                "  - {key: governance.body.exists, value: true}", ""));
    }

    @Test
    void packsShowsTheVariantAsBrokenWithTheReason() {
        CliRun run = CliRun.of("packs", "--pack", folder.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("oecs 0.1.0  OECS (variant, applies to OECS), BROKEN, cannot be used")
                .contains("  broken   ").contains("variant oecs 0.1.0 cannot be used: it waives " + GONE + ", which the base pack mnr ")
                .contains("coe 2.0.0  Council of Europe (variant, applies to CoE), 4 criteria");
        CliRun json = CliRun.of("packs", "--format", "json", "--pack", folder.toString());
        assertThat(json.exit()).isZero();
        assertThat(json.out()).contains("\"broken\": \"").containsOnlyOnce("\"broken\"");
    }

    @Test
    void aCountryTheVariantAppliesToExitsTwoNamingItAndOthersAreScored() throws IOException {
        CliRun member = CliRun.of("score", "--pack", folder.toString(), evidence("member", "OECS").toString());
        assertThat(member.exit()).as(member.err()).isEqualTo(2);
        assertThat(member.err()).contains("variant oecs applies (the country's memberships include OECS) but cannot be used")
                .contains(GONE).contains("score this country without variant oecs").doesNotContain("Exception");
        assertThat(member.out()).isEmpty();

        CliRun other = CliRun.of("score", "--pack", folder.toString(), evidence("other", "").toString());
        assertThat(other.exit()).as(other.err()).isZero();
        Assessment result = ResultJson.read(other.out().getBytes(StandardCharsets.UTF_8));
        assertThat(result.packs()).extracting(PackVersion::id).containsExactly("mnr");

        CliRun without = CliRun.of("score", "--pack", folder.toString(), "--no-variants", evidence("member", "OECS").toString());
        assertThat(without.exit()).as(without.err()).isZero();
    }
}
