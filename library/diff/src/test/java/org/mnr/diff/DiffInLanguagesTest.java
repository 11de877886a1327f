package org.mnr.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mnr.diff.Comparison.CapabilityChange;
import org.mnr.diff.Comparison.CriterionChange;
import org.mnr.engine.MaturityEngine;
import org.mnr.engine.Variants;
import org.mnr.engine.evidence.ParsedEvidence;
import org.mnr.engine.pack.PackTexts;

/**
 * A French and a Spanish diff of Cordessa's 2025 and 2026 evidence carry the translated words (the diff's own, and the
 * packs' capability names, criterion titles and level names); the English one is what it always was.
 */
class DiffInLanguagesTest {

    private static final MaturityEngine ENGINE = MaturityEngine.builder().build();
    private static final Path FIXTURES = Path.of("../../fixtures/evidence");
    private static final Locale SPANISH = Locale.forLanguageTag("es");
    /** A letter or a closing mark right before one of French's four marks. */
    private static final Pattern GLUED = Pattern.compile("[\\p{L})»\\]](?=[:;?!])");

    private static Assessed before;
    private static Assessed after;
    private static Comparison english;

    @BeforeAll
    static void score() {
        before = assessed("xc-cordessa-2025.json");
        after = assessed("xc-cordessa-2026.json");
        english = Comparer.compare(before, after);
    }

    private static Assessed assessed(String file) {
        ParsedEvidence parsed = ENGINE.read(FIXTURES.resolve(file));
        return Assessed.ofEvidence(file, parsed.evidence(), ENGINE.assess(parsed, Variants.fromMemberships()), CriterionReads.of(ENGINE));
    }

    private static Comparison in(Locale locale) {
        return Comparer.compare(before, after, locale, ENGINE.texts(locale.getLanguage()));
    }

    /**
     * The first capability that moved, with a criterion that changed status (what the diff explains), whose name the
     * language writes otherwise than English ("Leadership" is French too).
     */
    private static CapabilityChange moved(Comparison c, PackTexts texts) {
        return c.changedCapabilities().stream().filter(k -> !k.criteria().isEmpty())
                .filter(k -> !texts.capabilityName(k.id()).equals(englishName(k.id()))).findFirst().orElseThrow();
    }

    private static String englishName(int id) {
        return english.capabilities().stream().filter(k -> k.id() == id).findFirst().orElseThrow().name();
    }

    @Test
    void theFixturesMoveSoTheDiffHasSomethingToSay() {
        assertThat(english.changedCapabilities()).isNotEmpty();
        assertThat(english.evidence()).isNotEmpty();
        assertThat(english.overall().score().moved()).isTrue();
    }

    @Test
    void theLocaleLessMethodsAreEnglish() {
        assertThat(TextDiff.render(english)).isEqualTo(TextDiff.render(english, Locale.ENGLISH))
                .isEqualTo(TextDiff.render(Comparer.compare(before, after, Locale.ENGLISH, ENGINE.texts("en")), Locale.ENGLISH))
                .startsWith("Cordessa (XC), 2025-").contains("\nBefore: xc-cordessa-2025.json (evidence, scored now)\n")
                .contains("\nAfter:  xc-cordessa-2026.json (evidence, scored now)\n").contains("Overall score ");
        assertThat(MarkdownDiff.render(english)).isEqualTo(MarkdownDiff.render(english, Locale.ENGLISH))
                .contains("- Before: `xc-cordessa-2025.json` (evidence, scored now)\n")
                .contains("| # | Capability | Level | Score | Coverage |");
    }

    @Test
    void aFrenchDiffCarriesFrenchWordsAndThePacksFrenchTexts() {
        PackTexts texts = ENGINE.texts("fr");
        Comparison french = in(Locale.FRENCH);
        CapabilityChange capability = moved(french, texts);
        CriterionChange criterion = capability.criteria().get(0);
        String name = texts.capabilityName(capability.id());
        String englishName = englishName(capability.id());
        assertThat(name).as("the base pack translates the capability's name").isNotNull().isNotEqualTo(englishName);
        String level = texts.levelName(capability.level().after());

        String text = TextDiff.render(french, Locale.FRENCH);
        assertThat(text).contains("\nAvant : xc-cordessa-2025.json (éléments de preuve, évalués maintenant)\n")
                .contains("\nAprès : xc-cordessa-2026.json (éléments de preuve, évalués maintenant)\n")
                .contains("Score global ").contains("Capacité").contains("Niveau")
                .contains("\nÉléments de preuve qui ont changé\n")
                .contains("Les deux fichiers d'éléments de preuve ont été évalués maintenant")
                .contains(capability.id() + " " + name + " : niveau ")
                .contains(" " + level)
                .contains(criterion.id() + " : ").contains(texts.criterionTitle(criterion.id()))
                .doesNotContain(englishName).doesNotContain("Before").doesNotContain("Overall score").doesNotContain("Evidence that moved")
                .doesNotContain("from the");
        // A decimal comma in the figures: the overall score before, from the result's own number.
        assertThat(text).contains(String.format(Locale.ROOT, "%.1f", english.overall().score().before()).replace('.', ','));
        assertThat(glued(text)).isEmpty();

        String markdown = MarkdownDiff.render(french, Locale.FRENCH);
        assertThat(markdown).startsWith("# Cordessa (XC) : du 2025-").contains("- Avant : `xc-cordessa-2025.json`")
                .contains("| # | Capacité | Niveau | Score | Couverture |").contains("| Critère | Statut | En raison de | Éléments de preuve |")
                .contains("## " + capability.id() + " " + name + "\n").contains("| Clé | Changement | Avant | Après | Source |")
                .doesNotContain("Because of").doesNotContain(englishName);
        assertThat(glued(markdown.replaceAll("\\]\\([^)]*\\)", "]"))).isEmpty();
    }

    @Test
    void aSpanishDiffCarriesSpanishWordsAndThePacksSpanishTexts() {
        PackTexts texts = ENGINE.texts("es");
        Comparison spanish = in(SPANISH);
        CapabilityChange capability = moved(spanish, texts);
        String name = texts.capabilityName(capability.id());
        assertThat(name).isNotNull().isNotEqualTo(englishName(capability.id()));

        String text = TextDiff.render(spanish, SPANISH);
        assertThat(text).contains("\nAntes:   xc-cordessa-2025.json (pruebas, evaluadas ahora)\n")
                .contains("\nDespués: xc-cordessa-2026.json (pruebas, evaluadas ahora)\n")
                .contains("Puntuación global ").contains("Capacidad").contains("\nPruebas que cambiaron\n")
                .contains(capability.id() + " " + name + ": nivel ")
                .doesNotContain("Overall score").doesNotContain("from the");
        assertThat(text).contains(String.format(Locale.ROOT, "%.1f", english.overall().score().before()).replace('.', ','));

        String markdown = MarkdownDiff.render(spanish, SPANISH);
        assertThat(markdown).startsWith("# Cordessa (XC): del 2025-").contains("| # | Capacidad | Nivel | Puntuación | Cobertura |")
                .contains("| Criterio | Estado | Debido a | Pruebas |").contains("## " + capability.id() + " " + name + "\n");
    }

    @Test
    void anEnglishComparisonInAnotherLanguageKeepsItsSentencesButNotItsLabels() {
        // The sentences are made with the comparison: render alone translates the diff's own labels.
        String text = TextDiff.render(english, Locale.FRENCH);
        assertThat(text).contains("Avant : ").contains(english.rules().summary());
    }

    /** Each place a mark follows a word in text that is not an address, a time, an id or a file name. */
    private static List<String> glued(String text) {
        String prose = text.replaceAll("\\b(?:https?|file):\\S*", " ");
        Matcher m = GLUED.matcher(prose);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(prose.substring(Math.max(0, m.start() - 30), Math.min(prose.length(), m.end() + 10)));
        }
        return found;
    }
}
