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

    private static final String BASE = """
            id: tiny
            name: Tiny data pack
            version: 1.0.0
            engineApi: 1
            vocabulary: vocabulary.yaml
            criteria:
              - one.yaml
            levels:
              - {level: 0, name: Not in place}
              - {level: 1, name: Building}
              - {level: 2, name: Developing}
              - {level: 3, name: Established}
              - {level: 4, name: Mature}
            domains:
              - {id: D1, name: First, capabilities: [1]}
            capabilities:
              - {id: 1, name: One, domain: D1, summary: "Data criteria."}
            """;

    private static final String BASE_VOCABULARY = """
            - {key: t.flag, capability: 1, type: boolean, description: "A flag."}
            - {key: t.hours, capability: 1, type: number, min: 0, max: 8760, description: "Hours."}
            """;

    private static final String BASE_CRITERIA = """
            criteria:
              - {id: C01.L1.flag, level: 1, weight: 1, title: The flag is set, when: {key: t.flag, equals: true}}
              - {id: C01.L2.fast, level: 2, weight: 1, title: Fast, when: {key: t.hours, atMost: 72}}
              - {id: C01.L3.faster, level: 3, weight: 1, title: Faster, when: {key: t.hours, atMost: 48}}
              - {id: C01.L4.fastest, level: 4, weight: 1, title: Fastest, when: {key: t.hours, atMost: 24}}
            """;

    @TempDir
    Path dir;

    private Path write(String name, String descriptor, String vocabulary, String criteriaFile, String criteria) throws IOException {
        Path pack = Files.createDirectories(dir.resolve(name));
        Files.writeString(pack.resolve("pack.yaml"), descriptor);
        Files.writeString(pack.resolve("vocabulary.yaml"), vocabulary);
        Files.writeString(pack.resolve(criteriaFile), criteria);
        return pack;
    }

    private static MaturityEngine load(Path... folders) {
        MaturityEngine.Builder builder = MaturityEngine.builder().withoutClassPathPacks();
        for (Path folder : folders) {
            builder.packFolder(folder);
        }
        return builder.build();
    }

    private static String fingerprint(MaturityEngine engine, String id) {
        CriterionDefinition criterion = engine.packs().get(0).criteria().criteria().stream().filter(c -> c.id().equals(id))
                .findFirst().orElseThrow();
        return CriterionFingerprint.of(criterion);
    }

    private Path variant(String fast, String flag) throws IOException {
        return write("var", """
                id: var
                name: A variant
                version: 0.1.0
                engineApi: 1
                extends: tiny
                appliesTo: [V]
                vocabulary: vocabulary.yaml
                criteria:
                  - var.yaml
                """, "- {key: var.portal, capability: 1, type: boolean, description: \"A portal.\"}\n", "var.yaml", """
                replaces:
                  - id: C01.L2.fast
                    capability: 1
                    level: 2
                    weight: 1
                    title: Fast, or through the portal
                    when: {anyOf: [{key: t.hours, atMost: 72}, {key: var.portal, equals: true}]}
                    against: %s
                waives:
                  - id: C01.L1.flag
                    reason: The variant's countries have no flag.
                    against: %s
                """.formatted(fast, flag));
    }

    private static List<String> changeProblems(Path... folders) {
        return PackLinter.report(java.util.Arrays.stream(folders).<PackResources>map(PackResources.InFolder::new).toList(), List.of())
                .problems().stream().map(PackProblem::toString).filter(p -> p.contains("has changed it since")).toList();
    }

    @Test
    void aChangedBaseCriterionIsNamedWithWhatChangedByLintAndWhenLoading() throws IOException {
        Path base = write("tiny", BASE, BASE_VOCABULARY, "one.yaml", BASE_CRITERIA);
        MaturityEngine original = load(base);
        Path variant = variant(fingerprint(original, "C01.L2.fast"), fingerprint(original, "C01.L1.flag"));
        assertThat(changeProblems(base, variant)).as("written against the base as it is").isEmpty();

        // The base raises the weight of the replaced criterion and tightens its condition; the waived one is untouched.
        Files.writeString(base.resolve("one.yaml"), BASE_CRITERIA.replace(
                "{id: C01.L2.fast, level: 2, weight: 1, title: Fast, when: {key: t.hours, atMost: 72}}",
                "{id: C01.L2.fast, level: 2, weight: 3, title: Fast, when: {key: t.hours, atMost: 24}}"));
        String now = fingerprint(load(base), "C01.L2.fast");

        assertThat(changeProblems(base, variant)).containsExactly(variant.resolve("var.yaml") + ":2:5: variant var replaces"
                + " C01.L2.fast as it was written against it, but the base pack has changed it since (weight 1 → 3, the condition);"
                + " review the replacement, then write against: " + now);

        Logger log = (Logger) LoggerFactory.getLogger(PackSet.class);
        ListAppender<ILoggingEvent> warnings = new ListAppender<>();
        warnings.start();
        log.addAppender(warnings);
        try {
            MaturityEngine loaded = load(base, variant);
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
