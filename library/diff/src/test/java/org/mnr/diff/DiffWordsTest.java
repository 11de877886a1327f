package org.mnr.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The diff's words: every key translated into French and Spanish with the same placeholders, chosen by language alone. */
class DiffWordsTest {

    private static Properties file(String name) throws IOException {
        Properties words = new Properties();
        try (InputStream in = DiffWordsTest.class.getResourceAsStream("/org/mnr/diff/" + name)) {
            assertThat(in).as(name).isNotNull();
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return words;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{\\d+}").matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    @Test
    void everyKeyIsTranslatedWithTheSamePlaceholders() throws IOException {
        Properties english = file("messages.properties");
        assertThat(english.stringPropertyNames()).hasSizeGreaterThan(50);
        for (String language : List.of("fr", "es")) {
            // The file itself must hold each key: the bundle's fallback to English would hide a gap.
            Properties translated = file("messages_" + language + ".properties");
            assertThat(translated.stringPropertyNames()).as(language).isEqualTo(english.stringPropertyNames());
            for (String key : english.stringPropertyNames()) {
                assertThat(placeholders(translated.getProperty(key))).as("%s %s", language, key)
                        .isEqualTo(placeholders(english.getProperty(key)));
            }
        }
    }

    @Test
    void theLanguageAloneChoosesTheWordsNeverTheSystemLocale() {
        Locale system = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRENCH);
            assertThat(DiffWords.of(Locale.ENGLISH).get("label.before")).isEqualTo("Before");
            assertThat(DiffWords.of(Locale.GERMAN).get("label.before")).isEqualTo("Before");
            Locale.setDefault(Locale.ENGLISH);
            assertThat(DiffWords.of(Locale.CANADA_FRENCH).get("label.before")).isEqualTo("Avant");
            assertThat(DiffWords.of(Locale.forLanguageTag("es-MX")).get("label.before")).isEqualTo("Antes");
        } finally {
            Locale.setDefault(system);
        }
    }

    @Test
    void frenchPutsASpaceBeforeItsMarksAndAnApostropheStays() {
        DiffWords french = DiffWords.of(Locale.FRENCH);
        assertThat(french.colon()).isEqualTo(" : ");
        assertThat(french.semicolon()).isEqualTo(" ; ");
        assertThat(french.label("label.after")).isEqualTo("Après :");
        assertThat(french.get("capability.moved")).isEqualTo("Aucune capacité n'a bougé.");
        assertThat(DiffWords.of(Locale.forLanguageTag("es")).label("label.after")).isEqualTo("Después:");
    }
}
