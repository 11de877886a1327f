package org.mnr.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every language's bundle has every English key, with the same placeholders, and no two columns share a header word. */
class WorkbookTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"fr", "es"})
    void everyKeyIsTranslatedWithItsPlaceholders(String language) throws IOException {
        Properties english = load("messages.properties");
        Properties translated = load("messages_" + language + ".properties");

        assertThat(translated.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertThat(placeholders(translated.getProperty(key))).as(key).isEqualTo(placeholders(english.getProperty(key)));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "es"})
    void everyHeaderReadsBackAsItsColumn(String language) {
        WorkbookText text = WorkbookText.of(Locale.forLanguageTag(language));
        for (String column : WorkbookLayout.EVIDENCE_HEADERS) {
            assertThat(WorkbookText.canonicalHeader(" " + text.header(column).toUpperCase(Locale.ROOT) + " ")).isEqualTo(column);
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = WorkbookText.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{\\d+}").matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
