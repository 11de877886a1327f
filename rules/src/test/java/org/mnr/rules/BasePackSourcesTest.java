package org.mnr.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mnr.engine.criteria.CriteriaReader;
import org.mnr.engine.criteria.CriterionDefinition;
import org.mnr.engine.pack.PackRules;
import org.mnr.testkit.PackHarness;

/**
 * The base pack's documentation of its own criteria (#17): it lints without warnings, so every criterion says where it
 * comes from and every threshold or time window, being a judgement, says why it was chosen or that it is a working
 * assumption; criteria that moved say so.
 */
class BasePackSourcesTest {

    private static final String FOLDER = "org/mnr/rules/";

    /** The criteria files pack.yaml lists, read as the engine reads them. */
    private static List<CriterionDefinition> criteria() throws IOException {
        String pack = text("pack.yaml");
        Matcher files = Pattern.compile("(?m)^\\s+-\\s+(c\\d{2}-[a-z-]+\\.yaml)\\s*$").matcher(pack);
        List<CriterionDefinition> found = new ArrayList<>();
        while (files.find()) {
            String file = files.group(1);
            CriteriaReader.Result result = CriteriaReader.read(file, text(file).getBytes(StandardCharsets.UTF_8), false);
            assertThat(result.problems()).as("problems in %s", file).isEmpty();
            found.addAll(result.file().criteria());
        }
        return found;
    }

    private static String text(String name) throws IOException {
        try (InputStream in = BasePackSourcesTest.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
            assertThat(in).as("resource %s", FOLDER + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theCriteriaFilesHoldEveryCriterionOfThePack() throws IOException {
        // Same count as the loaded pack (BasePackShapeTest): the files read here are the whole pack.
        assertThat(criteria()).hasSize(191);
    }

    @Test
    void everySourceIsOneLine() throws IOException {
        // Lint warns of a missing source (theBasePackLintsCleanWithoutWarnings); that a source is one line, as
        // docs/criteria.md asks, lint does not check.
        assertThat(criteria()).allSatisfy(c -> assertThat(c.source()).as("source of %s", c.id()).doesNotContain("\n"));
    }

    @Test
    void theLoadedPackIsVersionTwoAndStatesItsBasis() {
        PackRules base = PackHarness.onClassPath().engine().packRules().stream()
                .filter(p -> p.pack().id().equals("mnr")).findFirst().orElseThrow();
        assertThat(base.criteria()).hasSize(191);
        assertThat(base.pack().descriptor().version()).isEqualTo("2.0.0");
        assertThat(base.pack().descriptor().basis()).as("basis of the base pack")
                .contains("Model National Response (2016)").contains("21 capabilities").contains("2.0.0");
    }

    @Test
    void theBasePackLintsCleanWithoutWarnings() {
        // Lint's warnings say that every criterion has a source (pack.missing-source) and every threshold or time window a
        // rationale (pack.missing-rationale), among others.
        assertThat(PackHarness.onClassPath().lintProblems()).isEmpty();
        assertThat(PackHarness.onClassPath().lintWarnings()).isEmpty();
    }

    @Test
    void aCriterionThatMovedOrWasReplacedSaysSoInItsRationale() throws IOException {
        List<String> moved = List.of("C03.L2.binding-instrument", "C07.L4.icse-direct-connection", "C10.L2.opic-party",
                "C11.L3.chi-full-member", "C14.L1.ethical-standards", "C14.L2.consultation-held", "C12.L1.hotline-or-portal",
                "C17.L2.safe-harbour", "C04.L3.victims-identified-published");
        assertThat(criteria()).filteredOn(c -> moved.contains(c.id())).hasSize(moved.size())
                .allSatisfy(c -> assertThat(c.rationale()).as("rationale of %s", c.id()).containsPattern("1\\.0\\.0"));
    }

    @Test
    void treatyCriteriaReadPartyStatusKeysNotMemberships() throws IOException {
        CriterionDefinition binding = criteria().stream().filter(c -> c.id().equals("C03.L2.binding-instrument"))
                .findFirst().orElseThrow();
        assertThat(binding.when().keys()).containsExactly("treaties.budapest.status", "treaties.lanzarote.status",
                "treaties.malabo.status", "treaties.un_cybercrime.status");
    }
}
