package org.mnr.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mnr.engine.error.ProblemCode;
import org.mnr.engine.internal.lint.PackLinter;
import org.mnr.engine.internal.pack.PackDiscovery;
import org.mnr.engine.pack.PackException;
import org.mnr.engine.pack.PackProblem;
import org.mnr.engine.pack.PackTexts;
import org.mnr.engine.pack.TextFallback;

/** Pack translations (format v2 §4, issue 14): texts in a language from each pack's file, English where it has none. */
class PackTextsTest {

    private static final String DESCRIPTOR = """
            id: tiny
            name: Tiny data pack
            version: 2.0.0
            engineApi: 1
            vocabulary: vocabulary.yaml
            criteria: [one.yaml]
            translations: {fr: i18n/fr.yaml}
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

    private static final String CRITERIA = """
            criteria:
              - id: C01.L1.flag
                level: 1
                title: The flag is set
                source: "MNR (2016)"
                when: {key: t.flag, equals: true}
                exempt: [{country: DK, reason: "Not bound."}]
              - {id: C01.L2.fast, level: 2, title: Fast, source: "MNR (2016)", when: {key: t.hours, atMost: 72}}
            """;

    /** Every text of the base pack but the title of C01.L2.fast: 5 levels, 1 domain, 1 name, 1 summary, 1 title, 2 keys, 1 reason. */
    private static final String FRENCH = """
            language: fr
            levels: {0: "Inexistant", 1: "En construction", 2: "En développement", 3: "Établi", 4: "Mature"}
            domains: {D1: "Premier"}
            capabilities:
              1: {name: "Un", summary: "Des critères en données."}
            criteria:
              C01.L1.flag: "Le drapeau est levé"
            keys:
              t.flag: "Un drapeau."
              t.hours: "Des heures."
            waivers:
              C01.L1.flag: "Non lié."
            """;

    private static final String VARIANT = """
            id: tv
            name: Tiny variant
            version: 1.0.0
            engineApi: 1
            extends: tiny
            appliesTo: [TV]
            vocabulary: vocabulary.yaml
            criteria: [changes.yaml]
            """;

    @TempDir
    Path dir;

    private Path pack;

    @BeforeEach
    void writePacks() throws IOException {
        pack = Files.createDirectories(dir.resolve("tiny"));
        Files.writeString(pack.resolve("pack.yaml"), DESCRIPTOR);
        Files.writeString(pack.resolve("vocabulary.yaml"), """
                - {key: t.flag, capability: 1, type: boolean, description: "A flag."}
                - {key: t.hours, capability: 1, type: number, min: 0, description: "Hours."}
                """);
        Files.writeString(pack.resolve("one.yaml"), CRITERIA);
        Files.createDirectories(pack.resolve("i18n"));
        Files.writeString(pack.resolve("i18n/fr.yaml"), FRENCH);
        Path variant = Files.createDirectories(dir.resolve("tv"));
        Files.writeString(variant.resolve("pack.yaml"), VARIANT);
        Files.writeString(variant.resolve("vocabulary.yaml"), "");
        Files.writeString(variant.resolve("changes.yaml"), """
                replaces:
                  - {id: C01.L2.fast, level: 2, title: Faster, source: "Charter", when: {key: t.hours, atMost: 24}}
                waives:
                  - {id: C01.L1.flag, reason: "No flag here."}
                """);
    }

    private MaturityEngine engine() {
        return MaturityEngine.builder().withoutClassPathPacks().packFolder(pack).packFolder(dir.resolve("tv")).build();
    }

    @Test
    void frenchTextsComeFromTheTranslationAndTheRestInEnglishCountedPerPack() {
        PackTexts french = engine().texts("fr");

        assertThat(french.language()).isEqualTo("fr");
        assertThat(french.levelName(0)).isEqualTo("Inexistant");
        assertThat(french.domainName("D1")).isEqualTo("Premier");
        assertThat(french.capabilityName(1)).isEqualTo("Un");
        assertThat(french.capabilitySummary(1)).isEqualTo("Des critères en données.");
        assertThat(french.criterionTitle("C01.L1.flag")).isEqualTo("Le drapeau est levé");
        assertThat(french.criterionTitle("C01.L2.fast")).as("not translated: English").isEqualTo("Fast");
        assertThat(french.criterionTitle("C01.L2.fast", "tv")).as("the replacement's own title").isEqualTo("Faster");
        assertThat(french.keyDescription("t.hours")).isEqualTo("Des heures.");
        assertThat(french.reason("C01.L1.flag")).as("the base pack's exemption comes first").isEqualTo("Non lié.");
        assertThat(french.reason("C01.L1.flag", "tv")).isEqualTo("No flag here.");
        // tiny lacks one title; tv has no French file for its title and its waiver's reason.
        assertThat(french.fallbacks()).containsExactly(new TextFallback("tiny", 1), new TextFallback("tv", 2));
    }

    @Test
    void englishHasNoFallbacksAndALanguageWithoutFilesIsAllEnglish() {
        MaturityEngine engine = engine();

        PackTexts english = engine.texts("en");
        PackTexts spanish = engine.texts("es");

        assertThat(english.fallbacks()).isEmpty();
        assertThat(english.levelName(0)).isEqualTo("Not in place");
        assertThat(english.reason("C01.L1.flag")).isEqualTo("Not bound.");
        assertThat(spanish.levelName(0)).isEqualTo("Not in place");
        // 5 levels, 1 domain, 1 name, 1 summary, 2 titles, 2 keys, 1 exemption reason; tv: 1 title, 1 waiver reason.
        assertThat(spanish.fallbacks()).containsExactly(new TextFallback("tiny", 13), new TextFallback("tv", 2));
        assertThat(spanish.capabilityName(99)).isNull();
    }

    @Test
    void lintWarnsOfMissingTextsAndRefusesAnIdThePackDoesNotDefine() throws IOException {
        Files.writeString(pack.resolve("i18n/fr.yaml"), FRENCH.replace("C01.L1.flag: \"Le drapeau est levé\"",
                "C01.L1.flag: \"Le drapeau est levé\"\n  C01.L3.flag: \"Inconnu\""));

        PackLinter.Report report = PackLinter.report(PackDiscovery.sourcesInFolder(dir), List.of());

        assertThat(report.warnings()).filteredOn(w -> w.code() == ProblemCode.PACK_TRANSLATION_INCOMPLETE).singleElement()
                .satisfies(w -> assertThat(w.toString()).startsWith(pack.resolve("i18n/fr.yaml").toString())
                        .contains("the fr translation of pack tiny lacks 1 text(s)", "criteria C01.L2.fast"));
        assertThat(report.problems()).extracting(PackProblem::message)
                .anyMatch(m -> m.contains("the fr translation names criteria C01.L3.flag, which the pack does not define"));
    }

    @Test
    void aTranslationFileOfAnotherLanguageOrAnUnknownSectionStopsThePack() throws IOException {
        Files.writeString(pack.resolve("i18n/fr.yaml"), FRENCH.replace("language: fr", "language: es").replace("waivers:", "waiver:"));

        assertThatThrownBy(this::engine).isInstanceOf(PackException.class)
                .hasMessageContaining(pack.resolve("i18n/fr.yaml").toString())
                .hasMessageContaining("unknown field 'waiver'");
        Files.writeString(pack.resolve("i18n/fr.yaml"), FRENCH.replace("language: fr", "language: es"));
        assertThatThrownBy(this::engine).isInstanceOf(PackException.class)
                .hasMessageContaining("language is 'es' but pack.yaml lists this file for 'fr'");
    }

    @Test
    void aListedTranslationFileThatIsMissingStopsThePackAndAnUnlistedLanguageIsSimplyEnglish() throws IOException {
        Files.delete(pack.resolve("i18n/fr.yaml"));

        assertThatThrownBy(this::engine).isInstanceOf(PackException.class).hasMessageContaining("fr.yaml");
    }
}
