package org.mnr.engine;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mnr.engine.criteria.CriterionDefinition;
import org.mnr.engine.criteria.CriterionFingerprint;
import org.mnr.engine.internal.lint.PackLinter;
import org.mnr.engine.internal.pack.PackResources;
import org.mnr.engine.pack.PackProblem;
import org.mnr.engine.pack.PackSet;
import org.slf4j.LoggerFactory;

/**
 * A variant's replacement and waiver record the base criteria they were written against (issue 16); when the base
 * changes one of them, loading warns and lint reports it, naming the criterion and what changed.
 */
class BaseChangeTest {

    private static final String BASE = TinyPacks.descriptor("""
            id: tiny
            name: Tiny data pack
            version: 1.0.0
            engineApi: 1
            vocabulary: vocabulary.yaml
            criteria:
              - one.yaml
            """, "Data criteria.");

    @TempDir
    Path dir;

    private static String fingerprint(MaturityEngine engine, String id) {
        CriterionDefinition criterion = engine.packs().get(0).criteria().criteria().stream().filter(c -> c.id().equals(id))
                .findFirst().orElseThrow();
        return CriterionFingerprint.of(criterion);
    }

    private Path variant(String fast, String flag) throws IOException {
        return TinyPacks.write(dir, "var", "pack.yaml", TinyPacks.variant("tiny"), "vocabulary.yaml", TinyPacks.VARIANT_VOCABULARY,
                "var.yaml", TinyPacks.variantChanges(fast, flag));
    }

    private static List<String> changeProblems(Path... folders) {
        return PackLinter.report(java.util.Arrays.stream(folders).<PackResources>map(PackResources.InFolder::new).toList(), List.of())
                .problems().stream().map(PackProblem::toString).filter(p -> p.contains("has changed it since")).toList();
    }

    @Test
    void aChangedBaseCriterionIsNamedWithWhatChangedByLintAndWhenLoading() throws IOException {
        Path base = TinyPacks.write(dir, "tiny", "pack.yaml", BASE, "vocabulary.yaml", TinyPacks.VOCABULARY, "one.yaml", TinyPacks.CRITERIA);
        MaturityEngine original = TinyPacks.load(base);
        Path variant = variant(fingerprint(original, "C01.L2.fast"), fingerprint(original, "C01.L1.flag"));
        assertThat(changeProblems(base, variant)).as("written against the base as it is").isEmpty();

        // The base raises the weight of the replaced criterion and tightens its condition; the waived one is untouched.
        Files.writeString(base.resolve("one.yaml"), TinyPacks.CRITERIA.replace(
                "{id: C01.L2.fast, level: 2, weight: 1, title: Fast, when: {key: t.hours, atMost: 72}}",
                "{id: C01.L2.fast, level: 2, weight: 3, title: Fast, when: {key: t.hours, atMost: 24}}"));
        String now = fingerprint(TinyPacks.load(base), "C01.L2.fast");

        assertThat(changeProblems(base, variant)).containsExactly(variant.resolve("var.yaml") + ":2:5: variant var replaces"
                + " C01.L2.fast as it was written against it, but the base pack has changed it since (weight 1 → 3, the condition);"
                + " review the replacement, then write against: " + now);

        Logger log = (Logger) LoggerFactory.getLogger(PackSet.class);
        ListAppender<ILoggingEvent> warnings = new ListAppender<>();
        warnings.start();
        log.addAppender(warnings);
        try {
            MaturityEngine loaded = TinyPacks.load(base, variant);
            assertThat(loaded.packs()).extracting(p -> p.id()).containsExactly("tiny", "var");
        } finally {
            log.detachAppender(warnings);
        }
        assertThat(warnings.list).extracting(ILoggingEvent::getFormattedMessage).singleElement().asString()
                .contains("variant var replaces C01.L2.fast").contains("(weight 1 → 3, the condition)");
    }

    @Test
    void aFingerprintOnlyReplacementsAndWaiversMayCarry() throws IOException {
        assertThat(CriterionFingerprint.isFingerprint("w1 t0123abcd c89abcdef")).isTrue();
        assertThat(CriterionFingerprint.isFingerprint("w1 banana")).isFalse();
    }
}
