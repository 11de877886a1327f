package org.mnr.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.mnr.server.view.PageText;

/** The pages' bundles: every key in every language, the same placeholders, and every word app.js and the templates ask for. */
class PageTextTest {

    private static final Path SOURCES = Path.of("src", "main");

    /** A bundle file as it is, without the English parent a ResourceBundle would fill its gaps from. */
    private static Properties file(String language) throws IOException {
        String name = "/org/mnr/server/messages" + (language.equals("en") ? "" : "_" + language) + ".properties";
        Properties properties = new Properties();
        try (InputStream in = PageTextTest.class.getResourceAsStream(name); Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
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

    @ParameterizedTest
    @ValueSource(strings = {"fr", "es"})
    void everyKeyIsTranslatedWithTheSamePlaceholders(String language) throws IOException {
        Properties english = file("en");
        Properties translated = file(language);

        assertThat(translated.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertThat(translated.getProperty(key)).as(language + " " + key).isNotBlank();
            assertThat(placeholders(translated.getProperty(key))).as(language + " " + key).isEqualTo(placeholders(english.getProperty(key)));
        }
    }

    @Test
    void theFilesAreReadAsUtf8AndNoJvmLocalePicksTheBundle() {
        // Accented words prove the files are read as UTF-8; English for "en" whatever the JVM's default locale is.
        assertThat(PageText.of("fr", true, "/").get("workspace.state")).isEqualTo("État");
        assertThat(PageText.of("es", true, "/").get("workspace.country")).isEqualTo("País");
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.FRENCH);
            assertThat(PageText.of("en", false, "/").get("workspace.state")).isEqualTo("State");
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void frenchPutsASpaceBeforeColonsSemicolonsQuestionAndExclamationMarks() throws IOException {
        Properties french = file("fr");
        for (String key : french.stringPropertyNames()) {
            assertThat(french.getProperty(key)).as(key).doesNotContainPattern("[\\p{L}\\p{N})}»][:;?!]");
        }
    }

    @Test
    void everyWordTheScriptAndTheTemplatesAskForIsInTheBundle() throws IOException {
        Set<String> keys = file("en").stringPropertyNames();
        PageText english = PageText.of("en", false, "/");
        String script = Files.readString(SOURCES.resolve("resources/org/mnr/server/static/app.js"));
        Matcher asked = Pattern.compile("\\bt\\('([a-z.-]+)'[,)]").matcher(script);
        int count = 0;
        while (asked.find()) {
            count++;
            assertThat(keys).as("app.js asks for " + asked.group(1)).contains(asked.group(1));
            // The page hands app.js only some keys: the ones it asks for must be among them.
            assertThat(english.scriptWords(java.util.Map.of(), java.util.Map.of(), java.util.Map.of())).contains("\"" + asked.group(1) + "\"");
        }
        assertThat(count).isGreaterThan(20);
        // The words chosen by a value: each value's key is there.
        for (org.mnr.engine.evidence.Confidence confidence : org.mnr.engine.evidence.Confidence.values()) {
            assertThat(keys).contains("confidence." + confidence.word());
        }
        for (org.mnr.engine.model.ValueType type : org.mnr.engine.model.ValueType.values()) {
            assertThat(keys).contains("type." + type.id());
        }
        for (org.mnr.engine.evidence.AssessmentStatus status : org.mnr.engine.evidence.AssessmentStatus.values()) {
            assertThat(keys).contains("editor.status." + status.id());
        }
        try (var templates = Files.list(SOURCES.resolve("jte"))) {
            for (Path template : templates.toList()) {
                Matcher used = Pattern.compile("t\\.(?:get|format)\\(\"([a-z.-]+)\"[,)]").matcher(Files.readString(template));
                while (used.find()) {
                    assertThat(keys).as(template + " asks for " + used.group(1)).contains(used.group(1));
                }
            }
        }
    }
}
