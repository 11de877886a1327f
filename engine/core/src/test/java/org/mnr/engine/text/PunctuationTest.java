package org.mnr.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** One rule per language for the marks every report, diff, plan and problem line writes. */
class PunctuationTest {

    @Test
    void frenchPutsASpaceBeforeColonAndSemicolonAndWritesADecimalComma() {
        Punctuation french = Punctuation.of(Locale.FRENCH);
        assertThat(french.colon()).isEqualTo(" : ");
        assertThat(french.semicolon()).isEqualTo(" ; ");
        assertThat(french.decimal("71.6")).isEqualTo("71,6");
        assertThat(Punctuation.of(Locale.CANADA_FRENCH)).isEqualTo(french);
    }

    @Test
    void spanishWritesADecimalCommaAndNoSpaceBeforeMarks() {
        Punctuation spanish = Punctuation.of(Locale.forLanguageTag("es"));
        assertThat(spanish.colon()).isEqualTo(": ");
        assertThat(spanish.semicolon()).isEqualTo("; ");
        assertThat(spanish.decimal("20.0")).isEqualTo("20,0");
    }

    @Test
    void anyOtherLanguageOrNoneIsEnglishWhateverTheSystemsLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRENCH);
            for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.GERMAN, Locale.ROOT, null}) {
                Punctuation english = Punctuation.of(locale);
                assertThat(english.colon()).as("%s", locale).isEqualTo(": ");
                assertThat(english.semicolon()).as("%s", locale).isEqualTo("; ");
                assertThat(english.decimal("71.6")).as("%s", locale).isEqualTo("71.6");
            }
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aBundlesPunctuationIsItsLanguages() {
        // TextsTest's bundle has French and Spanish words; German falls back to English and so does its punctuation.
        assertThat(Texts.of("org.mnr.engine.text.words", "the test word", PunctuationTest.class.getClassLoader(), Locale.FRENCH)
                .punctuation()).isEqualTo(Punctuation.of(Locale.FRENCH));
        assertThat(Texts.of("org.mnr.engine.text.words", "the test word", PunctuationTest.class.getClassLoader(), Locale.GERMAN)
                .punctuation()).isEqualTo(Punctuation.of(Locale.ENGLISH));
    }
}
