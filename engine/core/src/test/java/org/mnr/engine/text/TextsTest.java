package org.mnr.engine.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.MissingResourceException;
import org.junit.jupiter.api.Test;

class TextsTest {

    private static final String BUNDLE = "org.mnr.engine.text.words";

    private static Texts in(Locale locale) {
        return Texts.of(BUNDLE, "the test text", TextsTest.class.getClassLoader(), locale);
    }

    @Test
    void frenchAndSpanishAreTheirOwnAndEveryOtherLanguageIsEnglish() {
        assertThat(in(Locale.FRENCH).get("greeting")).isEqualTo("Bonjour");
        assertThat(in(Locale.FRENCH).language()).isEqualTo("fr");
        assertThat(in(Locale.CANADA_FRENCH).language()).isEqualTo("fr");
        assertThat(in(Locale.forLanguageTag("es-MX")).get("greeting")).isEqualTo("Hola");
        assertThat(in(Locale.forLanguageTag("es-MX")).language()).isEqualTo("es");
        assertThat(in(Locale.ENGLISH).get("greeting")).isEqualTo("Hello");
        assertThat(in(Locale.ENGLISH).language()).isEqualTo("en");
        assertThat(in(Locale.GERMAN).get("greeting")).isEqualTo("Hello");
        assertThat(in(Locale.GERMAN).language()).isEqualTo("en");
        assertThat(in(null).get("greeting")).isEqualTo("Hello");
    }

    @Test
    void aFrenchSystemDefaultDoesNotMakeOtherLanguagesFrench() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRENCH);
            // A plain ResourceBundle.getBundle would fall back to the default locale here and answer "Bonjour".
            assertThat(in(Locale.GERMAN).get("greeting")).isEqualTo("Hello");
            assertThat(in(Locale.GERMAN).language()).isEqualTo("en");
            assertThat(in(Locale.ENGLISH).get("greeting")).isEqualTo("Hello");
            assertThat(in(Locale.forLanguageTag("es")).get("greeting")).isEqualTo("Hola");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aKeyATranslationLacksIsSaidInEnglish() {
        assertThat(in(Locale.FRENCH).get("only.english")).isEqualTo("Only in English");
        assertThat(in(Locale.FRENCH).has("only.english")).isTrue();
        assertThat(in(Locale.FRENCH).has("nowhere")).isFalse();
    }

    @Test
    void aMissingKeyIsAnErrorNamingTheKeyAndTheBundle() {
        assertThatThrownBy(() -> in(Locale.FRENCH).get("nowhere"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the test text 'nowhere' is missing from org.mnr.engine.text.words")
                .hasCauseInstanceOf(MissingResourceException.class);
        assertThatThrownBy(() -> in(Locale.ENGLISH).format("nowhere", "x"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'nowhere'");
    }

    @Test
    void placeholdersAreReplacedAndAnApostropheStaysOne() {
        // MessageFormat would read each apostrophe as a quote, drop it and leave {1} unreplaced.
        assertThat(in(Locale.FRENCH).format("of.evidence", "Arcadia", 12))
                .isEqualTo("L'élément de Arcadia n'a pas 12");
        assertThat(in(Locale.ENGLISH).format("of.evidence", "Arcadia", 1234567))
                .isEqualTo("The evidence of Arcadia does not name 1234567");
    }

    @Test
    void aPlaceholderWithoutAnArgumentStaysAsWritten() {
        assertThat(in(Locale.FRENCH).format("two.of.three", "a", "b")).isEqualTo("a et {2}");
        assertThat(in(Locale.ENGLISH).format("two.of.three")).isEqualTo("{0} and {2}");
        assertThat(in(Locale.ENGLISH).format("not.placeholders", "a")).isEqualTo("{x}, {}, {0");
        assertThat(in(Locale.ENGLISH).format("big.index", "a")).isEqualTo("{99999999999} and a");
    }

    @Test
    void substituteAsksForEachPlaceholderAndKeepsThoseItHasNoWordsFor() {
        assertThat(in(Locale.ENGLISH).substitute("two.of.three", n -> n == 2 ? "two" : null)).isEqualTo("{0} and two");
        assertThat(in(Locale.FRENCH).substitute("of.evidence", n -> "<" + n + ">")).isEqualTo("L'élément de <0> n'a pas <1>");
    }
}
