package org.mnr.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mnr.engine.internal.lint.PackLinter;
import org.mnr.engine.internal.pack.PackDiscovery;
import org.mnr.engine.pack.PackProblem;

/**
 * A defect in a criteria file is reported once, at the criterion: a criterion refused for it is still the one its
 * translations name, so they are not reported as naming a criterion the pack does not define.
 */
class RefusedCriterionTranslationsTest {

    private static final String DESCRIPTOR = TinyPacks.descriptor("""
            id: tiny
            name: Tiny pack
            version: 1.0.0
            engineApi: 1
            vocabulary: vocabulary.yaml
            translations: {fr: i18n/fr.yaml, es: i18n/es.yaml}
            criteria:
              - one.yaml
            """, "Data criteria.");

    private static final String CRITERIA = """
            criteria:
              - {id: C01.L1.flag, level: 1, title: The flag is set, source: "MNR (2016)", when: {key: t.flag, equals: true}}
              - {id: C01.L2.recent, level: 2, title: Recent, source: "MNR (2016)", rationale: "A working assumption.", when: {key: t.date, withinYears: 5}}
            """;

    @TempDir
    Path dir;

    private Path pack;

    @BeforeEach
    void writePack() throws IOException {
        String texts = "criteria:\n  C01.L1.flag: \"Le drapeau\"\n  C01.L2.recent: \"Récent\"\n";
        pack = TinyPacks.write(dir, "tiny", "pack.yaml", DESCRIPTOR,
                "vocabulary.yaml", "- {key: t.flag, capability: 1, type: boolean, description: \"A flag.\"}\n"
                        + "- {key: t.date, capability: 1, type: date, description: \"A date.\"}\n",
                "one.yaml", CRITERIA, "i18n/fr.yaml", "language: fr\n" + texts, "i18n/es.yaml", "language: es\n" + texts);
    }

    private List<PackProblem> problems() {
        return PackLinter.report(PackDiscovery.sourcesInFolder(dir), List.of()).problems();
    }

    @Test
    void aCriterionRefusedForADefectIsReportedOnceNotOncePerTranslationThatNamesIt() throws IOException {
        Files.writeString(pack.resolve("one.yaml"), CRITERIA.replace("withinYears: 5", "withinYears: five"));

        List<PackProblem> problems = problems();

        assertThat(problems).filteredOn(p -> p.message().contains("C01.L2.recent") || p.message().contains("withinYears")).singleElement()
                .satisfies(p -> {
                    assertThat(p.file()).isEqualTo(pack.resolve("one.yaml").toString());
                    assertThat(p.line()).isEqualTo(3);
                    assertThat(p.message()).contains("withinYears is a whole number");
                });
        assertThat(problems).noneMatch(p -> p.file().contains("i18n"));
    }

    @Test
    void aTranslationNamingACriterionNoCriteriaFileWritesIsStillReportedBesideADefect() throws IOException {
        Files.writeString(pack.resolve("one.yaml"), CRITERIA.replace("withinYears: 5", "withinYears: five"));
        Files.writeString(pack.resolve("i18n/fr.yaml"), "language: fr\ncriteria:\n  C01.L1.flag: \"Le drapeau\"\n"
                + "  C01.L2.recent: \"Récent\"\n  C01.L3.gone: \"Parti\"\n");

        assertThat(problems()).filteredOn(p -> p.file().contains("i18n")).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(pack.resolve("i18n/fr.yaml").toString());
            assertThat(p.message()).contains("the fr translation names criteria C01.L3.gone, which the pack does not define");
        });
    }

    @Test
    void aVariantsAddedOrReplacingCriterionRefusedForADefectIsReportedOnceButAWaivedIdIsNoCriterionOfIt() throws IOException {
        Path variant = TinyPacks.write(dir, "tv", "vocabulary.yaml", "");
        Files.createDirectories(variant.resolve("i18n"));
        Files.writeString(variant.resolve("pack.yaml"), """
                id: tv
                name: Tiny variant
                version: 1.0.0
                engineApi: 1
                extends: tiny
                appliesTo: [TV]
                vocabulary: vocabulary.yaml
                translations: {fr: i18n/fr.yaml}
                criteria: [changes.yaml]
                """);
        Files.writeString(variant.resolve("changes.yaml"), """
                adds:
                  - {id: TV.C01.L3.recent, level: 3, title: Recent, source: "A", rationale: "B", when: {key: t.date, withinYears: 0}}
                replaces:
                  - {id: C01.L1.flag, level: 1, weight: 0, title: Flag, source: "A", when: {key: t.flag, equals: true}}
                waives:
                  - {id: C01.L2.recent, reason: "Not here.", source: "A"}
                """);
        Files.writeString(variant.resolve("i18n/fr.yaml"), "language: fr\ncriteria:\n  TV.C01.L3.recent: \"Récent\"\n"
                + "  C01.L1.flag: \"Drapeau\"\n  C01.L2.recent: \"Récent\"\nwaivers:\n  C01.L2.recent: \"Pas ici.\"\n");

        List<PackProblem> problems = problems();
        List<PackProblem> fromTranslation = problems.stream().filter(p -> p.file().contains("tv/i18n")).toList();

        assertThat(problems).filteredOn(p -> p.file().endsWith("changes.yaml")).extracting(PackProblem::line).containsExactly(2, 4);

        // The added and the replacing criterion are written, though refused; the waived one is no criterion of the variant.
        assertThat(fromTranslation).singleElement().satisfies(p -> assertThat(p.message())
                .contains("the fr translation names criteria C01.L2.recent, which the pack does not define"));
    }
}
