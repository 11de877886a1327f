package org.mnr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Seeds one defect at a time into a copy of the base pack and the variants, and expects lint to name it where it is. */
class LintCommandTest {

    private static final Path BASE = Path.of("../../rules/src/main/resources/org/mnr/rules");
    private static final Path EU = Path.of("../../plugins/eu/src/main/resources/org/mnr/plugins/eu");
    private static final Path COE = Path.of("../../plugins/coe/src/main/resources/org/mnr/plugins/coe");

    @TempDir
    Path dir;

    private Path base;
    private Path eu;
    private Path coe;

    /**
     * Copies the packs without their translations (the {@code translations} line and the {@code i18n} folder): the 2.0.0
     * packs' i18n files name criteria by id, so a defect seeded into a criterion would also be reported there, a second
     * problem the test does not seed. {@link #cleanPacksHaveNoProblems}
     * lints them with their translations.
     */
    private void copyPacks() throws IOException {
        copyPacksWithTranslations();
        for (Path pack : List.of(base, eu, coe)) {
            Path descriptor = pack.resolve("pack.yaml");
            String text = Files.readString(descriptor);
            assertThat(text).contains("\ntranslations: ");
            Files.writeString(descriptor, text.replaceFirst("\ntranslations: [^\n]*", ""));
            // An unlisted file in a pack's folder is a problem of its own, so the translations go too.
            try (Stream<Path> files = Files.list(pack.resolve("i18n"))) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(pack.resolve("i18n"));
        }
    }

    private void copyPacksWithTranslations() throws IOException {
        base = copy(BASE, dir.resolve("base"));
        eu = copy(EU, dir.resolve("eu"));
        coe = copy(COE, dir.resolve("coe"));
    }

    /** Copies a pack's folder with its sub-folders: the 2.0.0 packs keep their translations in {@code i18n/}. */
    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return to;
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).as("seed target in " + file).contains(from);
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
    }

    private CliRun lint() {
        return CliRun.of("lint", "--rules", dir.toString());
    }

    /** Exactly one problem, at this file and line, saying this. */
    private void expectProblem(String fileAndLine, String fragment) {
        CliRun run = lint();
        assertThat(run.exit()).as(run.out()).isEqualTo(1);
        assertThat(run.out().lines()).as(run.out()).hasSize(1)
                .allSatisfy(line -> assertThat(line).startsWith(dir.resolve(fileAndLine) + ":").contains(fragment)
                        .doesNotContain("org.mnr", "Exception", "jackson", "Jackson", "drools"));
    }

    /** This problem among those that follow from the same defect. */
    private void expectAmongProblems(String fileAndLine, String fragment) {
        CliRun run = lint();
        assertThat(run.exit()).as(run.out()).isEqualTo(1);
        assertThat(run.out().lines()).as(run.out())
                .anySatisfy(line -> assertThat(line).startsWith(dir.resolve(fileAndLine) + ":").contains(fragment))
                .allSatisfy(line -> assertThat(line).doesNotContain("org.mnr", "Exception", "jackson", "Jackson", "drools"));
    }

    @Test
    void scoringWithABrokenPackPrintsEachProblemOnItsOwnLine() throws IOException {
        copyPacks();
        replace(base.resolve("c12-csea-hotline.yaml"), "{key: hotline.median_takedown_hours, atMost: 72}",
                "{key: hotline.median_takedown_hour, atMost: 72}");
        replace(base.resolve("c12-csea-hotline.yaml"), "{capability: 4, levelAtLeast: 2}", "{capability: 4, levelAtLeast: 5}");

        CliRun run = CliRun.of("score", "--rules", dir.toString(), "../../fixtures/evidence/xc-cordessa-2026.json");

        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        // Two problems, two lines: an escaped newline inside one line would hide the second from a reader and a grep.
        assertThat(run.err().lines()).as(run.err()).hasSize(2)
                .allSatisfy(line -> assertThat(line).doesNotContain("\\n"))
                .anySatisfy(line -> assertThat(line).contains("levelAtLeast 5 can never be true"))
                .anySatisfy(line -> assertThat(line).contains("did you mean 'hotline.median_takedown_hours'"));
    }

    @Test
    void cleanPacksHaveNoProblems() throws IOException {
        copyPacksWithTranslations();
        CliRun run = lint();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).doesNotContain("custom: drl");
        assertThat(run.exit()).isZero();
        assertThat(CliRun.of("lint").exit()).isZero();
    }

    @Test
    void criteriaFileThatIsNotYamlIsPlacedWithoutTheParsersWording() throws IOException {
        copyPacks();
        replace(base.resolve("c01-leadership.yaml"), "title: \"A national body coordinates the response to online CSEA\"",
                "title: \"A national body coordinates the response to online CSEA");
        expectProblem("base/c01-leadership.yaml", "this is not valid YAML");
    }

    @Test
    void aSyntaxErrorInTheBasePackBlamesNoVariant() throws IOException {
        copyPacks();
        replace(base.resolve("c01-leadership.yaml"), "  - id: C01.L1.political-commitment", "  - id: C01.L1.political-commitment\n bad");
        CliRun run = lint();
        assertThat(run.out().lines()).as(run.out()).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith(base.toString()));
        CliRun score = CliRun.of("validate", "--rules", dir.toString(), "../../fixtures/evidence/xa-arvenia-2026.json");
        assertThat(score.err()).contains("c01-leadership.yaml").doesNotContain(eu.toString(), coe.toString(), "Exception", "org.mnr");
    }

    @Test
    void misspeltFieldGetsADidYouMean() throws IOException {
        copyPacks();
        replace(base.resolve("c01-leadership.yaml"), "    when: {capability: 2, levelAtLeast: 2}", "    when: {capability: 2, levelAtLest: 2}");
        expectProblem("base/c01-leadership.yaml:48", "unknown field 'levelAtLest' in a condition; did you mean 'levelAtLeast'?");
    }

    @Test
    void idThatDisagreesWithItsLevelIsReported() throws IOException {
        copyPacks();
        replace(base.resolve("c01-leadership.yaml"), "- id: C01.L1.coordination-body", "- id: C01.L2.coordination-body");
        expectProblem("base/c01-leadership.yaml:10", "level 1 disagrees with id C01.L2.coordination-body, which names level 2");
    }

    @Test
    void idThatBreaksThePatternIsReported() throws IOException {
        copyPacks();
        replace(base.resolve("c01-leadership.yaml"), "- id: C01.L1.coordination-body", "- id: Coordination body");
        expectProblem("base/c01-leadership.yaml:9", "id 'Coordination body' is not a criterion id");
    }

    @Test
    void titleWithTrailingPeriodIsReported() throws IOException {
        copyPacks();
        replace(base.resolve("c01-leadership.yaml"), "online CSEA\"\n", "online CSEA.\"\n");
        expectProblem("base/c01-leadership.yaml:12", "the title ends with a period");
    }

    @Test
    void weightThatIsNotPositiveIsReported() throws IOException {
        copyPacks();
        replace(base.resolve("c01-leadership.yaml"), "weight: 2", "weight: -1");
        expectProblem("base/c01-leadership.yaml:11", "weight is -1; it must be 1 or more");
    }

    @Test
    void unknownCapabilityIsReported() throws IOException {
        copyPacks();
        replace(base.resolve("c21-universal-terminology.yaml"), "- id: C21.L1.guidelines-referenced",
                "- id: C22.L1.guidelines-referenced\n    capability: 22");
        expectProblem("base/c21-universal-terminology.yaml:9", "capability 22 is not a capability of the base pack (capabilities 1 to 21)");
    }

    @Test
    void keyTheVocabularyLacksIsReportedWithADidYouMean() throws IOException {
        copyPacks();
        replace(base.resolve("c01-leadership.yaml"), "{key: governance.body.exists, equals: true}", "{key: governance.body.exist, equals: true}");
        // governance.body.exists is then read by no criterion, which lint reports too.
        expectAmongProblems("base/c01-leadership.yaml:14", "reads evidence key governance.body.exist, which no vocabulary of its packs defines;"
                + " did you mean 'governance.body.exists'?");
    }

    @Test
    void aBooleanComparedWithTextIsReported() throws IOException {
        copyPacks();
        replace(base.resolve("c01-leadership.yaml"), "{key: governance.body.exists, equals: true}", "{key: governance.body.exists, equals: \"yes\"}");
        expectProblem("base/c01-leadership.yaml:14", "governance.body.exists is a yes/no (boolean) key, so equals: 'yes' can never be true;"
                + " write equals: true or equals: false");
    }

    @Test
    void aNumberComparedWithTextIsReported() throws IOException {
        copyPacks();
        replace(base.resolve("c12-csea-hotline.yaml"), "{key: hotline.median_takedown_hours, atMost: 72}",
                "{key: hotline.median_takedown_hours, atMost: \"twenty\"}");
        expectProblem("base/c12-csea-hotline.yaml", "atMost compares with a number, written without quotes");
    }

    @Test
    void aDateComparedAsANumberIsReported() throws IOException {
        copyPacks();
        replace(base.resolve("c01-leadership.yaml"), "{key: governance.strategy.adopted_date, withinYears: 5}",
                "{key: governance.strategy.adopted_date, atLeast: 2021}");
        expectProblem("base/c01-leadership.yaml:33", "governance.strategy.adopted_date is a date key, so atLeast can never be true;"
                + " compare it with withinYears");
    }

    @Test
    void aBoundOutsideTheKeysRangeIsReported() throws IOException {
        copyPacks();
        replace(base.resolve("c12-csea-hotline.yaml"), "{key: hotline.median_takedown_hours, atMost: 72}",
                "{key: hotline.median_takedown_hours, atMost: -5}");
        expectProblem("base/c12-csea-hotline.yaml", "atMost -5 on hotline.median_takedown_hours can never be true: its values run from 0");
    }

    @Test
    void atLeastAboveTheKeysMaximumIsReported() throws IOException {
        copyPacks();
        replace(base.resolve("c03-legislation.yaml"), "{key: legislation.child_age_threshold, atLeast: 18}",
                "{key: legislation.child_age_threshold, atLeast: 25}");
        expectProblem("base/c03-legislation.yaml:43", "atLeast 25 on legislation.child_age_threshold can never be true: its values run"
                + " from 0 to 21");
    }

    @Test
    void aValueNotAmongTheKeysValuesIsReportedWithADidYouMean() throws IOException {
        copyPacks();
        replace(base.resolve("c01-leadership.yaml"), "oneOf: [ministerial_decision, statutory]", "oneOf: [ministerial_decision, statutry]");
        expectProblem("base/c01-leadership.yaml:40", "'statutry' is not a value of governance.body.mandate; did you mean 'statutory'?");
    }

    @Test
    void anEnumComparedByOrderIsReported() throws IOException {
        copyPacks();
        replace(base.resolve("c01-leadership.yaml"), "{key: governance.body.mandate, oneOf: [ministerial_decision, statutory]}",
                "{key: governance.body.mandate, atLeast: 2}");
        expectProblem("base/c01-leadership.yaml:40", "governance.body.mandate is an enum key whose values have no order, so atLeast cannot"
                + " compare it; list the values that meet the criterion with oneOf");
    }

    @Test
    void aLevelAboveTheTopIsReported() throws IOException {
        copyPacks();
        replace(base.resolve("c01-leadership.yaml"), "{capability: 2, levelAtLeast: 2}", "{capability: 2, levelAtLeast: 5}");
        expectProblem("base/c01-leadership.yaml:48", "levelAtLeast 5 can never be true: the highest level is 4");
    }

    @Test
    void countingMoreLeavesThanThereAreIsReported() throws IOException {
        copyPacks();
        replace(base.resolve("c02-research-analysis-and-monitoring.yaml"), "countAtLeast: 2", "countAtLeast: 4");
        expectProblem("base/c02-research-analysis-and-monitoring.yaml", "countAtLeast 4 of 3 conditions can never be true");
    }

    @Test
    void anIdDefinedInTwoFilesOfAPackIsReported() throws IOException {
        copyPacks();
        replace(base.resolve("c02-research-analysis-and-monitoring.yaml"), "- id: C02.L1.admin-data-recorded", "- id: C01.L1.coordination-body\n    capability: 1");
        CliRun run = lint();
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("c02-research-analysis-and-monitoring.yaml:9:5: criterion C01.L1.coordination-body is defined"
                + " twice in pack mnr, also at " + base.resolve("c01-leadership.yaml") + ":9:5");
    }

    @Test
    void aDuplicateIdIsReported() throws IOException {
        copyPacks();
        replace(base.resolve("c01-leadership.yaml"), "- id: C01.L1.political-commitment", "- id: C01.L1.coordination-body");
        expectProblem("base/c01-leadership.yaml:15", "criterion C01.L1.coordination-body is defined twice in this file");
    }

    @Test
    void vocabularyKeyNoCriterionReadsIsReported() throws IOException {
        copyPacks();
        Files.writeString(base.resolve("vocabulary.yaml"), Files.readString(base.resolve("vocabulary.yaml"))
                + "- key: governance.unused\n  capability: 1\n  type: boolean\n  description: \"Read by nothing.\"\n");
        expectProblem("base/vocabulary.yaml", "governance.unused is read by no criterion");
    }

    @Test
    void capabilityWithoutCriteriaAtALevelIsReported() throws IOException {
        copyPacks();
        Path file = base.resolve("c21-universal-terminology.yaml");
        String text = Files.readString(file);
        Files.writeString(file, text.substring(0, text.indexOf("  # Level 4")));
        expectAmongProblems("base/pack.yaml", "capability 21 (Universal Terminology) has no criterion at level 4");
    }

    @Test
    void cycleBetweenCapabilitiesIsReported() throws IOException {
        copyPacks();
        replace(base.resolve("c04-dedicated-law-enforcement.yaml"), "{capability: 7, levelAtLeast: 2}", "{capability: 1, levelAtLeast: 2}");
        replace(base.resolve("c01-leadership.yaml"), "{capability: 2, levelAtLeast: 2}", "{capability: 4, levelAtLeast: 2}");
        expectProblem("base/c01-leadership.yaml:43", "cycle: capability 1 -> 4 -> 1");
    }

    @Test
    void variantWaivingAMissingCriterionIsReportedWithADidYouMean() throws IOException {
        copyPacks();
        // No 2.0.0 variant waives a criterion (docs/changes.md): seed a waiver with a misspelt id.
        Files.writeString(coe.resolve("coe.yaml"), Files.readString(coe.resolve("coe.yaml"))
                + "\nwaives:\n  - id: C04.L2.data-retained\n    reason: \"Seeded\"\n");
        expectProblem("coe/coe.yaml", "waives criterion C04.L2.data-retained, which the base pack does not define; did you mean"
                + " 'C04.L2.data-retention'?");
    }

    @Test
    void variantReplacingAMissingCriterionIsReported() throws IOException {
        copyPacks();
        replace(eu.resolve("eu.yaml"), "- id: C11.L3.short-number", "- id: C11.L3.short-dial");
        expectProblem("eu/eu.yaml", "replaces criterion C11.L3.short-dial, which the base pack does not define");
    }

    @Test
    void aVariantThatBothReplacesAndWaivesACriterionIsReported() throws IOException {
        copyPacks();
        Files.writeString(coe.resolve("coe.yaml"), Files.readString(coe.resolve("coe.yaml"))
                + "\nwaives:\n  - id: C08.L3.child-friendly-centres\n    reason: \"Seeded\"\n");
        expectProblem("coe/coe.yaml", "variant coe both replaces (at " + coe.resolve("coe.yaml") + ":36:5) and waives"
                + " C08.L3.child-friendly-centres; keep one");
    }

    @Test
    void twoVariantsThatChangeTheSameCriterionAreReported() throws IOException {
        copyPacks();
        Files.writeString(eu.resolve("eu.yaml"), Files.readString(eu.resolve("eu.yaml"))
                + "\nwaives:\n  - id: C08.L3.child-friendly-centres\n    reason: \"Seeded\"\n");
        expectProblem("eu/eu.yaml", "variants coe and eu both replace or waive criterion C08.L3.child-friendly-centres, so they cannot"
                + " apply to the same country");
    }

    @Test
    void aHandWrittenRuleStaysPossibleAndIsCheckedByDrools() throws IOException {
        copyPacks();
        replace(base.resolve("pack.yaml"), "criteria:\n", "rules:\n  - custom.drl\ncriteria:\n");
        Files.writeString(base.resolve("custom.drl"), """
                package org.mnr.custom;

                import org.mnr.engine.spi.Fact;

                global org.mnr.engine.spi.Outcomes outcomes;

                rule "C01.L4.custom-rule"
                    @capability(1) @level(4) @weight(1)
                    @title("A custom rule")
                    @reads("governance.body.exists")
                when
                    Fact(key == "governance.body.exists", flag == true)
                then
                    outcomes.met(kcontext);
                end
                """);
        CliRun clean = lint();
        assertThat(clean.out()).isEmpty();
        assertThat(clean.err()).contains("1 criteria are hand-written rules (custom: drl), whose conditions lint cannot check:"
                + " C01.L4.custom-rule");
        assertThat(lint().exit()).isZero();
        replace(base.resolve("custom.drl"), "outcomes.met(kcontext);", "outcomes.mett(kcontext);");
        CliRun broken = lint();
        assertThat(broken.exit()).isEqualTo(1);
        assertThat(broken.out()).startsWith(base.resolve("custom.drl").toString()).contains("mett");
    }
}
