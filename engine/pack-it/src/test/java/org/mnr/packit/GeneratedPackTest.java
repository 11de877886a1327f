package org.mnr.packit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mnr.engine.MaturityEngine;
import org.mnr.engine.pack.Pack;
import org.mnr.testkit.PackHarness;
import org.mnr.testkit.newpack.PackProject;

/** What new-pack writes loads over the base pack, passes lint and behaves as its own test says, without a Maven build. */
class GeneratedPackTest {

    @Test
    void theGeneratedVariantLoadsLintsCleanAndMeetsItsCriterion(@TempDir Path temp) throws Exception {
        PackProject oecs = PackProject.of("oecs");
        oecs.write(temp);
        PackHarness packs = PackHarness.of(MaturityEngine.builder().packFolder(temp.resolve("src/main/resources")).build());

        assertThat(packs.engine().packs()).extracting(Pack::id).contains("mnr", "oecs");
        assertThat(packs.lintProblems()).isEmpty();
        packs.country("XA").memberships("OECS").with("oecs.example.in_place", true).expectMet("OECS.C03.L2.example").verify();
        packs.country("XA").memberships("OECS").expectUnknown("OECS.C03.L2.example").verify();
        assertThat(packs.country("XA").assess().criterion("OECS.C03.L2.example")).isEmpty();
    }

    @Test
    void aDashedIdGivesAJavaNameAndTheCapitalisedPrefix() {
        PackProject project = PackProject.of("east-caribbean");
        assertThat(project.javaPackage()).isEqualTo("org.example.mnr.east_caribbean");
        assertThat(project.addedCriterion()).isEqualTo("EAST-CARIBBEAN.C03.L2.example");
        assertThat(project.files()).containsKey("src/main/java/org/example/mnr/east_caribbean/EastCaribbeanPack.java");
    }
}
