package org.mnr.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ReportTextTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    private static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (Reader in = new InputStreamReader(ReportText.class.getResourceAsStream("/org/mnr/reports/messages" + suffix + ".properties"),
                StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    @Test
    void frenchAndSpanishHaveEveryEnglishKeyWithTheSamePlaceholders() throws IOException {
        Properties english = bundle("");
        for (String language : new String[] {"_fr", "_es"}) {
            Properties translated = bundle(language);
            assertThat(translated.stringPropertyNames()).as(language).isEqualTo(english.stringPropertyNames());
            for (String key : english.stringPropertyNames()) {
                assertThat(placeholders(translated.getProperty(key))).as(language + " " + key).isEqualTo(placeholders(english.getProperty(key)));
            }
        }
    }

    @Test
    void frenchAndSpanishTextsNameNoLevelByItsEnglishName() throws IOException {
        // The base pack's English level names: an example in a French or Spanish sentence must use that language's
        // names ("1 En construction, jusqu'à 3 Établi"), as the levels beside it in the same report do.
        Pattern englishLevel = Pattern.compile("\\b(Not in place|Building|Developing|Established|Mature)\\b");
        for (String language : new String[] {"_fr", "_es"}) {
            Properties translated = bundle(language);
            for (String key : translated.stringPropertyNames()) {
                String text = translated.getProperty(key);
                // "Mature" is also the French word; the others are English only.
                String checked = language.equals("_fr") ? text.replace("Mature", "") : text;
                assertThat(englishLevel.matcher(checked).find()).as(language + " " + key + ": " + text).isFalse();
            }
        }
    }

    @Test
    void theLanguageIsTheOneAskedForOrEnglishNeverTheSystems() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRANCE);
            assertThat(ReportText.of(Locale.ENGLISH).get("summary.title")).isEqualTo("Summary");
            assertThat(ReportText.of(Locale.GERMAN).get("summary.title")).isEqualTo("Summary");
            assertThat(ReportText.of(Locale.GERMAN).language()).isEqualTo("en");
            assertThat(ReportText.of(Locale.forLanguageTag("fr-CA")).get("summary.title")).isEqualTo("Synthèse");
            assertThat(ReportText.of(Locale.forLanguageTag("es")).language()).isEqualTo("es");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void placeholdersAreFilledAndAnApostropheIsKept() {
        ReportText french = ReportText.of(Locale.FRENCH);
        assertThat(french.format("level.range.sentence", "1 Building", "3 Established"))
                .isEqualTo("1 Building, jusqu'à 3 Established une fois les inconnues levées");
        assertThat(ReportText.of(Locale.ENGLISH).format("page.number", 2, 9)).isEqualTo("Page 2 of 9");
    }
}
