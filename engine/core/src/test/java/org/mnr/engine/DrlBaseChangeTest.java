package org.mnr.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mnr.engine.criteria.CriterionFingerprint;
import org.mnr.engine.error.ProblemCode;
import org.mnr.engine.evidence.InvalidEvidenceException;
import org.mnr.engine.internal.lint.PackLinter;
import org.mnr.engine.internal.pack.BaseFingerprints;
import org.mnr.engine.internal.pack.PackResources;
import org.mnr.engine.pack.PackException;
import org.mnr.engine.pack.PackProblem;
import org.mnr.engine.pack.PackSet;
import org.slf4j.LoggerFactory;

/**
 * A variant's replacement or waiver of a base criterion written as a DRL rule records and checks {@code against:} as
 * one of a criteria file does (issue 16): the fingerprint of what the rule's metadata declares (weight, title, level)
 * and of its text; a change warns when loading and is a lint problem; a criterion that is gone breaks only the variant.
 */
class DrlBaseChangeTest {

    private static final String BASE = TinyPacks.descriptor("""
            id: tinydrl
            name: Tiny DRL pack
            version: 1.0.0
            engineApi: 1
            vocabulary: vocabulary.yaml
            rules:
              - tiny.drl
            """, "Hand-written criteria.");

    private static final String FAST = """
            rule "C01.L2.fast"
                @capability(1) @level(2) @weight(1) @title("Fast") @reads("t.hours")
            when
                Fact(key == "t.hours", number <= 72)
            then
                outcomes.met(kcontext);
            end
            """;

    private static final String DRL = """
            package org.mnr.test.tinydrl;

            import org.mnr.engine.spi.Fact;

            global org.mnr.engine.spi.Outcomes outcomes;

            rule "C01.L1.flag"
                @capability(1) @level(1) @weight(1) @title("The flag is set") @reads("t.flag")
            when
                Fact(key == "t.flag", flag == true)
            then
                outcomes.met(kcontext);
            end

            """ + FAST + """

            rule "C01.L3.faster"
                @capability(1) @level(3) @weight(1) @title("Faster") @reads("t.hours")
            when
                Fact(key == "t.hours", number <= 48)
            then
                outcomes.met(kcontext);
            end

            rule "C01.L4.fastest"
                @capability(1) @level(4) @weight(1) @title("Fastest") @reads("t.hours")
            when
                Fact(key == "t.hours", number <= 24)
            then
                outcomes.met(kcontext);
            end
            """;

    /**
     * What the fingerprints are, from their definition rather than from the engine: weight, title, and the level with
     * the rule's conditions and consequence, comments dropped and white space made single spaces.
     */
    private static final String FAST_FINGERPRINT = CriterionFingerprint.of(1, "Fast",
            "level 2 when Fact(key == \"t.hours\", number <= 72) then outcomes.met(kcontext);");
    private static final String FLAG_FINGERPRINT = CriterionFingerprint.of(1, "The flag is set",
            "level 1 when Fact(key == \"t.flag\", flag == true) then outcomes.met(kcontext);");

    @TempDir
    Path dir;

    private Path base;
    private Path variant;

    private void write(String drl) throws IOException {
        base = TinyPacks.write(dir, "tinydrl", "pack.yaml", BASE, "vocabulary.yaml", TinyPacks.VOCABULARY, "tiny.drl", drl);
        variant = TinyPacks.write(dir, "var", "pack.yaml", TinyPacks.variant("tinydrl"), "vocabulary.yaml", TinyPacks.VARIANT_VOCABULARY,
                "var.yaml", TinyPacks.variantChanges(FAST_FINGERPRINT, FLAG_FINGERPRINT));
    }

    /**
     * Makes the variant replace C01.L2.fast with a DRL rule of its own instead of a criteria file, recording
     * {@code against} (or not, when null) in the rule's metadata; the waiver stays in its criteria file.
     */
    private void replaceWithDrl(String against) throws IOException {
        Files.writeString(variant.resolve("pack.yaml"), Files.readString(variant.resolve("pack.yaml")) + "rules:\n  - var.drl\n");
        Files.writeString(variant.resolve("var.yaml"), """
                waives:
                  - id: C01.L1.flag
                    reason: The variant's countries have no flag.
                    against: %s
                """.formatted(FLAG_FINGERPRINT));
        Files.writeString(variant.resolve("var.drl"), """
                package org.mnr.test.var;

                import org.mnr.engine.spi.Fact;

                global org.mnr.engine.spi.Outcomes outcomes;

                rule "C01.L2.fast"
                    @capability(1) @level(2) @weight(1) @title("Fast, or through the portal") @reads("t.hours, var.portal")%s
                when
                    Fact(key == "t.hours", number <= 72) or Fact(key == "var.portal", flag == true)
                then
                    outcomes.met(kcontext);
                end
                """.formatted(against == null ? "" : "\n        @against(\"" + against + "\")"));
    }

    private MaturityEngine load() {
        return TinyPacks.load(base, variant);
    }

    private List<String> changeProblems() {
        return PackLinter.report(List.<PackResources>of(new PackResources.InFolder(base), new PackResources.InFolder(variant)), List.of())
                .problems().stream().map(PackProblem::toString).filter(p -> p.contains("has changed it since")).toList();
    }

    private static List<String> warningsWhile(Supplier<MaturityEngine> loading) {
        Logger log = (Logger) LoggerFactory.getLogger(PackSet.class);
        ListAppender<ILoggingEvent> warnings = new ListAppender<>();
        warnings.start();
        log.addAppender(warnings);
        try {
            assertThat(loading.get().packs()).extracting(p -> p.id()).containsExactly("tinydrl", "var");
        } finally {
            log.detachAppender(warnings);
        }
        return warnings.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    private Path evidence(String code, String memberships) throws IOException {
        Path file = dir.resolve(code + ".json");
        Files.writeString(file, """
                {
                  "country": {"code": "%s", "name": "Testland", "memberships": [%s]},
                  "assessedOn": "2026-06-30",
                  "evidence": [
                    {"key": "t.flag", "value": true},
                    {"key": "t.hours", "value": 100}
                  ]
                }
                """.formatted(code, memberships));
        return file;
    }

    @Test
    void theBasesRulesHaveTheFingerprintsTheirMetadataAndTextGive() throws IOException {
        write(DRL);
        MaturityEngine engine = load();
        assertThat(BaseFingerprints.of(engine.packs().get(0))).containsEntry("C01.L2.fast", FAST_FINGERPRINT)
                .containsEntry("C01.L1.flag", FLAG_FINGERPRINT).hasSize(4);
    }

    @Test
    void aVariantWrittenAgainstTheRulesAsTheyAreLoadsQuietly() throws IOException {
        write(DRL);
        assertThat(changeProblems()).isEmpty();
        assertThat(warningsWhile(this::load)).noneMatch(w -> w.contains("has changed it since"));
    }

    @Test
    void layoutAndCommentsAreNoChange() throws IOException {
        write(DRL.replace(FAST, FAST.replace("    Fact(key == \"t.hours\", number <= 72)",
                "    // within three days\n    Fact( key == \"t.hours\",\n          number <= 72 )  /* hours */")
                .replace("Fact( key", "Fact(key").replace("72 )", "72)")));
        assertThat(Files.readString(base.resolve("tiny.drl"))).contains("// within three days");
        assertThat(changeProblems()).isEmpty();
    }

    @Test
    void aChangedRuleIsNamedWithWhatChangedByLintAndWhenLoading() throws IOException {
        // The base raises the weight of the replaced rule and tightens its condition; the waived one is untouched.
        write(DRL.replace(FAST, FAST.replace("@weight(1)", "@weight(3)").replace("number <= 72", "number <= 24")));
        String now = CriterionFingerprint.of(3, "Fast", "level 2 when Fact(key == \"t.hours\", number <= 24) then outcomes.met(kcontext);");

        assertThat(changeProblems()).containsExactly(variant.resolve("var.yaml") + ":2:5: variant var replaces C01.L2.fast as it was"
                + " written against it, but the base pack has changed it since (weight 1 → 3, the condition); review the replacement,"
                + " then write against: " + now);
        assertThat(warningsWhile(this::load)).filteredOn(w -> w.contains("has changed it since")).singleElement().asString()
                .contains("variant var replaces C01.L2.fast").contains("(weight 1 → 3, the condition)");
    }

    @Test
    void aRetitledWaivedRuleIsNamed() throws IOException {
        write(DRL.replace("@title(\"The flag is set\")", "@title(\"The flag is raised\")"));
        assertThat(changeProblems()).singleElement().asString().contains("variant var waives C01.L1.flag")
                .contains("(the title)").contains("review the waiver");
    }

    @Test
    void aRuleThatIsGoneBreaksOnlyTheVariant() throws IOException {
        write(DRL.replace("\"C01.L2.fast\"", "\"C01.L2.quick\""));
        MaturityEngine engine = load();
        assertThat(engine.packs()).extracting(p -> p.id()).containsExactly("tinydrl");
        assertThat(engine.brokenPacks()).singleElement().satisfies(broken -> assertThat(broken.reason())
                .contains("it replaces C01.L2.fast, which the base pack tinydrl 1.0.0 no longer defines"));
        // The flag is set, 100 hours is not fast: level 1 for a country the variant does not apply to.
        assertThat(engine.assess(evidence("XA", "")).capability(1).orElseThrow().level()).isEqualTo(1);
        Path member = evidence("XB", "\"V\"");
        assertThatThrownBy(() -> engine.assess(member)).isInstanceOfSatisfying(InvalidEvidenceException.class,
                e -> assertThat(e.problems()).extracting(p -> p.code()).contains(ProblemCode.PACK_BROKEN_VARIANT));
    }

    @Test
    void aDrlReplacementWrittenAgainstTheRuleAsItIsLoadsQuietly() throws IOException {
        write(DRL);
        replaceWithDrl(FAST_FINGERPRINT);
        assertThat(changeProblems()).isEmpty();
        assertThat(warningsWhile(this::load)).noneMatch(w -> w.contains("has changed it since"));
        assertThat(PackLinter.report(List.<PackResources>of(new PackResources.InFolder(base), new PackResources.InFolder(variant)),
                List.of()).problems()).isEmpty();
    }

    @Test
    void aDrlReplacementWrittenAgainstAnOlderRuleIsNamedWithWhatChanged() throws IOException {
        // Written when the base's rule weighed 1 and was titled "Fast"; the base now weighs it 3 and retitles it.
        write(DRL.replace(FAST, FAST.replace("@weight(1)", "@weight(3)").replace("@title(\"Fast\")", "@title(\"Quick\")")));
        replaceWithDrl(FAST_FINGERPRINT);
        String now = CriterionFingerprint.of(3, "Quick", "level 2 when Fact(key == \"t.hours\", number <= 72) then outcomes.met(kcontext);");

        assertThat(warningsWhile(this::load)).filteredOn(w -> w.contains("has changed it since")).singleElement().asString()
                .isEqualTo(variant.resolve("var.drl") + ":7: variant var replaces C01.L2.fast as it was written against it, but the base"
                        + " pack has changed it since (weight 1 → 3, the title); review the replacement, then write against: " + now);
        assertThat(changeProblems()).singleElement().asString().startsWith(variant.resolve("var.drl") + ":7: variant var replaces C01.L2.fast")
                .contains("(weight 1 → 3, the title)");
    }

    @Test
    void aDrlReplacementWrittenAgainstAnOlderConditionIsNamed() throws IOException {
        write(DRL.replace(FAST, FAST.replace("number <= 72", "number <= 24")));
        replaceWithDrl(FAST_FINGERPRINT);
        assertThat(warningsWhile(this::load)).filteredOn(w -> w.contains("has changed it since")).singleElement().asString()
                .contains("variant var replaces C01.L2.fast").contains("(the condition)");
    }

    @Test
    void aDrlReplacementRecordingNothingIsNotChecked() throws IOException {
        write(DRL.replace(FAST, FAST.replace("@weight(1)", "@weight(3)")));
        replaceWithDrl(null);
        assertThat(warningsWhile(this::load)).noneMatch(w -> w.contains("has changed it since"));
    }

    @Test
    void aMalformedDrlAgainstIsAPackErrorNamingTheFileTheRuleAndTheFix() throws IOException {
        write(DRL);
        replaceWithDrl("w1 banana");
        assertThatThrownBy(this::load).isInstanceOf(PackException.class).hasMessage(variant.resolve("var.drl") + ":7: rule C01.L2.fast:"
                + " @against(\"w1 banana\") is not a criterion's fingerprint; copy the one mnr packs shows beside the replaced criterion,"
                + " e.g. @against(\"w1 t3f2a9c1e c9b1e77aa\")");
        assertThat(PackLinter.report(List.<PackResources>of(new PackResources.InFolder(base), new PackResources.InFolder(variant)),
                List.of()).problems()).extracting(PackProblem::toString).contains(variant.resolve("var.drl") + ":7: rule C01.L2.fast:"
                + " @against(\"w1 banana\") is not a criterion's fingerprint; copy the one mnr packs shows beside the replaced criterion,"
                + " e.g. @against(\"w1 t3f2a9c1e c9b1e77aa\")");
    }

    @Test
    void againstOnARuleThatReplacesNothingIsAnError() throws IOException {
        write(DRL.replace("@title(\"Faster\")", "@title(\"Faster\") @against(\"" + FAST_FINGERPRINT + "\")"));
        replaceWithDrl(FAST_FINGERPRINT);
        assertThatThrownBy(this::load).isInstanceOf(PackException.class).hasMessageContaining("rule C01.L3.faster: @against is for a"
                + " variant's rule that replaces a base criterion");
    }

    @Test
    void againstOnAVariantsAddedRuleIsAnError() throws IOException {
        write(DRL);
        replaceWithDrl(FAST_FINGERPRINT);
        Files.writeString(variant.resolve("var.drl"), Files.readString(variant.resolve("var.drl")) + """

                rule "VAR.C01.L3.portal"
                    @capability(1) @level(3) @weight(1) @title("The portal is open") @reads("var.portal") @against("%s")
                when
                    Fact(key == "var.portal", flag == true)
                then
                    outcomes.met(kcontext);
                end
                """.formatted(FAST_FINGERPRINT));
        assertThatThrownBy(this::load).isInstanceOf(PackException.class).hasMessage(variant.resolve("var.drl") + ":16: rule"
                + " VAR.C01.L3.portal: @against is for a variant's rule that replaces a base criterion (named with its id): it records"
                + " the base criterion the replacement was written against; remove it here");
    }
}
