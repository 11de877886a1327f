package org.mnr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Seeds one defect at a time into a copy of the base pack and the EU variant, and expects lint to name it. */
class LintCommandTest {

    private static final Path BASE = Path.of("../../rules/src/main/resources/org/mnr/rules");
    private static final Path EU = Path.of("../../plugins/eu/src/main/resources/org/mnr/plugins/eu");

    @TempDir
    Path dir;

    private Path base;
    private Path eu;

    private void copyPacks() throws IOException {
        base = copy(BASE, dir.resolve("base"));
        eu = copy(EU, dir.resolve("eu"));
    }

    private static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
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

    private void expectProblem(String file, String fragment) {
        CliRun run = lint();
        assertThat(run.exit()).as(run.out()).isEqualTo(1);
        assertThat(run.out().lines()).as(run.out())
                .anySatisfy(line -> assertThat(line).startsWith(dir.resolve(file) + ":").contains(fragment));
    }

    @Test
    void cleanPacksHaveNoProblems() throws IOException {
        copyPacks();
        CliRun run = lint();
        assertThat(run.out()).isEmpty();
        assertThat(run.exit()).isZero();
        assertThat(CliRun.of("lint").exit()).isZero();
    }

    @Test
    void drlThatDoesNotParseIsReportedWithDroolsMessageAndLine() throws IOException {
        copyPacks();
        replace(base.resolve("c01-leadership.drl"), "Fact(key == \"governance.body.exists\", flag == true)",
                "Fact(key == \"governance.body.exists\", flag == )");
        expectProblem("base/c01-leadership.drl", "no viable alternative");
        assertThat(lint().out()).contains("c01-leadership.drl:19:");
    }

    @Test
    void drlThatDoesNotCompileIsReported() throws IOException {
        copyPacks();
        replace(base.resolve("c02-research-analysis-and-monitoring.drl"), "outcomes.met(kcontext);", "outcomes.mett(kcontext);");
        expectProblem("base/c02-research-analysis-and-monitoring.drl", "mett");
    }

    @Test
    void idThatDisagreesWithItsLevelIsReported() throws IOException {
        copyPacks();
        replace(base.resolve("c01-leadership.drl"), "rule \"C01.L1.coordination-body\"", "rule \"C01.L2.coordination-body\"");
        expectProblem("base/c01-leadership.drl", "@level(1) disagrees with id C01.L2.coordination-body");
    }

    @Test
    void idThatBreaksThePatternIsReported() throws IOException {
        copyPacks();
        replace(base.resolve("c01-leadership.drl"), "rule \"C01.L1.coordination-body\"", "rule \"Coordination body\"");
        expectProblem("base/c01-leadership.drl", "is not a criterion id");
    }

    @Test
    void titleWithTrailingPeriodIsReported() throws IOException {
        copyPacks();
        replace(base.resolve("c01-leadership.drl"), "online CSEA\")", "online CSEA.\")");
        expectProblem("base/c01-leadership.drl", "@title ends with a period");
    }

    @Test
    void weightThatIsNotPositiveIsReported() throws IOException {
        copyPacks();
        replace(base.resolve("c01-leadership.drl"), "@weight(2)", "@weight(-1)");
        expectProblem("base/c01-leadership.drl", "must be positive");
    }

    @Test
    void unknownCapabilityIsReported() throws IOException {
        copyPacks();
        replace(base.resolve("c21-universal-terminology.drl"), "rule \"C21.L1.guidelines-referenced\"", "rule \"C22.L1.guidelines-referenced\"");
        replace(base.resolve("c21-universal-terminology.drl"), "@capability(21) @level(1)", "@capability(22) @level(1)");
        expectProblem("base/c21-universal-terminology.drl", "@capability(22) is not a capability of the base pack");
    }

    @Test
    void keyTheVocabularyLacksIsReported() throws IOException {
        copyPacks();
        replace(base.resolve("c01-leadership.drl"), "Fact(key == \"governance.body.exists\"", "Fact(key == \"governance.body.existing\"");
        expectProblem("base/c01-leadership.drl", "reads evidence key governance.body.existing, which no vocabulary defines");
    }

    @Test
    void keyComparedAsTheWrongTypeIsReported() throws IOException {
        copyPacks();
        replace(base.resolve("c01-leadership.drl"), "Fact(key == \"governance.body.exists\", flag == true)",
                "Fact(key == \"governance.body.exists\", withinYears(5))");
        expectProblem("base/c01-leadership.drl", "compares governance.body.exists, a boolean key, through 'date'");
    }

    @Test
    void vocabularyKeyNoRuleReadsIsReported() throws IOException {
        copyPacks();
        Files.writeString(base.resolve("vocabulary.yaml"), Files.readString(base.resolve("vocabulary.yaml"))
                + "- key: governance.unused\n  capability: 1\n  type: boolean\n  description: \"Read by nothing.\"\n");
        expectProblem("base/vocabulary.yaml", "governance.unused is read by no rule");
    }

    @Test
    void capabilityWithoutCriteriaAtALevelIsReported() throws IOException {
        copyPacks();
        Path drl = base.resolve("c21-universal-terminology.drl");
        String text = Files.readString(drl);
        int start = text.indexOf("// Level 4");
        Files.writeString(drl, text.substring(0, start));
        expectProblem("base/pack.yaml", "capability 21 (Universal Terminology) has no criterion at level 4");
    }

    @Test
    void cycleBetweenCapabilitiesIsReported() throws IOException {
        copyPacks();
        Path c04 = base.resolve("c04-dedicated-law-enforcement.drl");
        replace(c04, "CapabilityLevel(capability == 7, level >= 2)", "CapabilityLevel(capability == 1, level >= 2)");
        replace(c04, "@dependsOn(\"7\")", "@dependsOn(\"1\")");
        Path c01 = base.resolve("c01-leadership.drl");
        replace(c01, "CapabilityLevel(capability == 2, level >= 2)", "CapabilityLevel(capability == 4, level >= 2)");
        replace(c01, "@dependsOn(\"2\")", "@dependsOn(\"4\")");
        expectProblem("base/c01-leadership.drl", "cycle: capability 1 -> 4 -> 1");
    }

    @Test
    void variantWaivingAMissingCriterionIsReported() throws IOException {
        copyPacks();
        replace(eu.resolve("pack.yaml"), "id: C04.L2.data-retention", "id: C04.L2.data-retained");
        expectProblem("eu/pack.yaml", "waives criterion C04.L2.data-retained, which the base pack does not define");
    }

    @Test
    void variantReplacingAMissingCriterionIsReported() throws IOException {
        copyPacks();
        replace(eu.resolve("eu.drl"), "rule \"C11.L3.short-number\"", "rule \"C11.L3.short-dial\"");
        expectProblem("eu/eu.drl", "replaces base criterion C11.L3.short-dial, which does not exist");
    }
}
