package org.mnr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The command line speaks English, French and Spanish (#14.3, #14.7): its help and its own messages follow --lang,
 * or the system's language, and the English help is in whole sentences.
 */
class CliLanguagesTest {

    private static final String CORDESSA = Engines.FIXTURES.resolve("xc-cordessa-2026.json").toString();

    /** Every command's spec, the root first. */
    private static List<CommandSpec> commands(CommandLine root) {
        List<CommandSpec> all = new ArrayList<>();
        all.add(root.getCommandSpec());
        root.getSubcommands().values().forEach(c -> all.add(c.getCommandSpec()));
        return all;
    }

    /** What a reader sees of a command: its description, and each option's and parameter's description. */
    private static List<String> helpTexts(CommandLine root) {
        List<String> texts = new ArrayList<>();
        for (CommandSpec spec : commands(root)) {
            texts.add(spec.qualifiedName() + ": " + String.join(" ", spec.usageMessage().description()));
            for (ArgSpec arg : spec.args()) {
                String name = arg instanceof CommandLine.Model.OptionSpec o ? o.longestName() : arg.paramLabel();
                texts.add(spec.qualifiedName() + " " + name + ": " + String.join(" ", arg.description()));
            }
        }
        return texts;
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "es"})
    void everyCommandAndEveryOptionHasItsHelpTranslated(String language) {
        List<String> english = helpTexts(Mnr.commandLine());
        CommandLine translated = Mnr.commandLine();
        translated.setResourceBundle(CliText.of(Locale.forLanguageTag(language)).bundle());
        List<String> texts = helpTexts(translated);
        assertThat(texts).hasSameSizeAs(english);
        for (int i = 0; i < english.size(); i++) {
            // The part after the command and option names is the text; none may be the English one left as it was.
            String name = english.get(i).substring(0, english.get(i).indexOf(": "));
            assertThat(texts.get(i)).as("%s in %s", name, language).isNotEqualTo(english.get(i)).doesNotContain("${bundle");
        }
    }

    @Test
    void theEnglishHelpIsInWholeSentences() {
        for (CommandSpec spec : commands(Mnr.commandLine())) {
            for (String paragraph : spec.usageMessage().description()) {
                // Blank lines part paragraphs; indented lines show a form to follow, not prose.
                if (!paragraph.isEmpty() && !paragraph.startsWith("  ")) {
                    assertThat(paragraph).as(spec.qualifiedName()).matches("[A-Z].*[.:]");
                }
            }
            for (ArgSpec arg : spec.args()) {
                String text = String.join(" ", arg.description());
                assertThat(text).as("%s %s", spec.qualifiedName(), Arrays.toString(arg instanceof CommandLine.Model.OptionSpec o ? o.names()
                        : new String[] {arg.paramLabel()})).matches("[A-Z].*\\.");
            }
            // The list of commands shows a command's first paragraph alone: it must be a sentence on its own.
            assertThat(spec.usageMessage().description()[0]).as(spec.qualifiedName()).endsWith(".");
        }
    }

    @Test
    void helpFollowsLangGivenToTheCommandOrToMnr() {
        CliRun french = CliRun.of("score", "--lang", "fr", "--help");
        assertThat(french.exit()).isZero();
        assertThat(french.out()).startsWith("Utilisation : mnr score").contains("Évalue les preuves de pays")
                .contains("Affiche cette aide et s'arrête.").doesNotContain("Show this help message");
        CliRun spanish = CliRun.of("--lang", "es", "--help");
        assertThat(spanish.out()).startsWith("Uso: mnr").contains("Órdenes:").contains("Evalúa la madurez de la respuesta de un país")
                .contains("Planifica los próximos pasos de un país.");
        assertThat(CliRun.of("--lang", "es", "plan", "--help").out()).contains("El archivo de evidencias del país.").contains("La forma del plan: text (por defecto), md o json.");
    }

    @Test
    @ResourceLock(Resources.LOCALE)
    void withoutLangTheSystemsLanguageIsUsedWhenTheCommandLineHasIt() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("es-MX"));
            assertThat(CliRun.of("plan", "--help").out()).contains("Planifica los próximos pasos de un país.");
            Locale.setDefault(Locale.GERMANY);
            assertThat(CliRun.of("plan", "--help").out()).contains("Plan a country's next steps.");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void mistakesAreToldInTheLanguageAsked() {
        CliRun unknownOption = CliRun.of("score", "--lang", "fr", "--formt", "json", CORDESSA);
        assertThat(unknownOption.exit()).isEqualTo(2);
        assertThat(unknownOption.err()).startsWith("mnr: option inconnue « --formt » ; vouliez-vous dire --format ?")
                .contains("Lancez « mnr score --help » pour l'aide.");
        CliRun unknownCommand = CliRun.of("--lang", "es", "scor", CORDESSA);
        assertThat(unknownCommand.err()).startsWith("mnr: «scor» no es una orden de mnr; ¿quiso decir score?");
        CliRun binary = CliRun.of("score", "--lang", "fr", "--format", "pdf", CORDESSA);
        assertThat(binary.exit()).isEqualTo(2);
        assertThat(binary.err()).isEqualTo("mnr: --format pdf écrit un fichier binaire, pas du texte pour un terminal ; nommez-le avec -o,"
                + " par exemple -o rapport.pdf" + System.lineSeparator());
        CliRun english = CliRun.of("score", "--lang", "en", "--format", "pdf", CORDESSA);
        assertThat(english.err()).startsWith("mnr: --format pdf writes a binary file, not text for a terminal");
    }

    @Test
    void optionClashesAreToldInFrenchWithFrenchSpacing() {
        CliRun run = CliRun.of("score", "--lang", "fr", "--no-variants", "--variant", "coe", CORDESSA);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("mnr: --no-variants et --variant ne peuvent pas être utilisés ensemble");
        CliRun aggregate = CliRun.of("aggregate", "--lang", "fr", "--min-group", "1", CORDESSA);
        assertThat(aggregate.exit()).isEqualTo(2);
        // French puts a space before a colon; the English wording must not leak through.
        assertThat(aggregate.err()).contains("--min-group doit valoir au moins 2 : un groupe d'un seul est un pays").doesNotContain("must be");
    }

    @Test
    void serveOptionMistakesAreToldInSpanish() {
        CliRun run = CliRun.of("serve", "--lang", "es", "--time-limit", "0");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("mnr: --time-limit espera un número positivo de segundos, no 0").doesNotContain("takes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "es"})
    void theWarningPrefixFollowsLang(String language) {
        String before = Engines.FIXTURES.resolve("xa-arvenia-2026.json").toString();
        CliRun run = CliRun.of("diff", "--lang", language, before, CORDESSA);
        assertThat(run.exit()).isZero();
        // French sets a space before the colon; Spanish does not.
        assertThat(run.err()).startsWith(language.equals("fr") ? "mnr: avertissement : " : "mnr: advertencia: ").doesNotContain("warning:");
    }

    @Test
    void anUnsupportedLanguageIsAUsageErrorNamingTheChoices() {
        CliRun run = CliRun.of("validate", "--lang", "de", CORDESSA);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--lang takes one of en, fr, es, not 'de'");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void everyMessageHasItsTranslations() throws IOException {
        Properties english = file("messages.properties");
        for (String language : List.of("fr", "es")) {
            // The French or Spanish file itself must hold each key: the bundle's fallback to English would hide a gap.
            Properties translated = file("messages_" + language + ".properties");
            for (String key : english.stringPropertyNames()) {
                assertThat(translated.getProperty(key)).as("%s in %s", key, language).isNotNull().isNotEqualTo(english.getProperty(key));
            }
        }
    }

    private static Properties file(String name) throws IOException {
        Properties properties = new Properties();
        try (var in = CliLanguagesTest.class.getResourceAsStream("/org/mnr/cli/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
