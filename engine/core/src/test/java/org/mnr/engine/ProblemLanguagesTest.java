package org.mnr.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mnr.engine.error.ProblemCode;
import org.mnr.engine.evidence.Place;
import org.mnr.engine.evidence.Problem;
import org.mnr.engine.evidence.Wording;

/**
 * Evidence problems speak the user's language (issue 14): every English text has a French and a Spanish one with the
 * same placeholders, every problem the engine makes of the invalid corpus has a wording, and common problems read
 * as a French or Spanish official would write them, while their English stays what it was.
 */
class ProblemLanguagesTest {

    private static final String BUNDLE = "org/mnr/engine/evidence/problems";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");
    private static final Path CORPUS = Path.of("../../fixtures/invalid");
    private static final Locale FR = Locale.FRENCH;
    private static final Locale ES = Locale.forLanguageTag("es");

    private static Properties texts(String suffix) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = ProblemLanguagesTest.class.getClassLoader().getResourceAsStream(BUNDLE + suffix + ".properties")) {
            assertThat(in).as(BUNDLE + suffix).isNotNull();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                texts.load(reader);
            }
        }
        return texts;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    @Test
    void everyEnglishTextHasAFrenchAndASpanishOneWithTheSamePlaceholdersAndNoStrayKey() throws IOException {
        Properties english = texts("");
        for (String language : List.of("_fr", "_es")) {
            Properties translated = texts(language);
            assertThat(translated.stringPropertyNames()).as(language).isEqualTo(english.stringPropertyNames());
            for (String key : english.stringPropertyNames()) {
                assertThat(placeholders(translated.getProperty(key))).as(language + " " + key)
                        .isEqualTo(placeholders(english.getProperty(key)));
                // A text that differs from the English one only by being empty would be a translation forgotten.
                assertThat(translated.getProperty(key).isEmpty()).as(language + " " + key).isEqualTo(english.getProperty(key).isEmpty());
            }
        }
    }

    @Test
    void frenchTextsPutASpaceBeforeSemicolonsAndQuestionMarks() throws IOException {
        Pattern tight = Pattern.compile("\\S[;?!](\\s|$)");
        texts("_fr").forEach((key, text) -> assertThat(tight.matcher(text.toString()).find()).as(key + "=" + text).isFalse());
    }

    @Test
    void everyProblemOfTheInvalidCorpusHasAWordingWhoseEnglishIsItsText() throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(CORPUS)) {
            files = listed.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".expected")).sorted().toList();
        }
        assertThat(files).as("the corpus of fixtures/invalid").hasSizeGreaterThan(50);
        List<Problem> problems = new ArrayList<>();
        for (Path file : files) {
            problems.addAll(MiniPack.engineWithVariants().validate(file, Variants.fromMemberships()));
        }
        // Inputs the corpus generates at test time (too big to commit), here at a small scale.
        problems.addAll(MiniPack.engine().validate(MiniPack.engine().read("{\"country\": " + "[".repeat(100) + "]".repeat(100) + "}",
                "json", "deep.json"), Variants.fromMemberships()));
        problems.addAll(MiniPack.engine().validate(Path.of("no-such-file.json"), Variants.fromMemberships()));
        // The corpus is written for the published packs, whose keys the test packs do not know: values checked against a
        // key's type, here against the test packs' keys.
        for (String[] item : new String[][] {{"a.flag", "\"yes\""}, {"a.count", "\"x\""}, {"a.count", "500"}, {"a.date", "5"},
                {"a.date", "\"2026-13-01\""}, {"a.date", "\"1800-01-01\""}, {"a.date", "\"2027-01-01\""}, {"a.kind", "3"},
                {"a.kind", "\"banana\""}, {"a.set", "\"p\""}, {"a.set", "[1]"}, {"a.set", "[\"s\"]"}, {"a.set", "[\"p\", \"p\"]"},
                {"variant-one.flag", "true"}}) {
            problems.addAll(MiniPack.engineWithVariants().validate(MiniPack.engineWithVariants().read(item(item[0], item[1]), "json",
                    "item.json"), Variants.fromMemberships()));
        }

        assertThat(problems).hasSizeGreaterThan(files.size());
        assertThat(problems).allSatisfy(problem -> {
            assertThat(problem.wording()).as(problem.toString()).isNotNull();
            assertThat(problem.message(Locale.ROOT)).isEqualTo(problem.message());
            assertThat(problem.hint(Locale.ENGLISH)).isEqualTo(problem.hint());
            assertThat(problem.toString(Locale.ENGLISH)).isEqualTo(problem.toString());
            assertThat(problem.toString(FR)).doesNotContain("{0}", "{1}", "{2}");
            assertThat(problem.toString(ES)).doesNotContain("{0}", "{1}", "{2}");
        });
        assertThat(problems.stream().map(Problem::code).distinct()).as("the corpus reaches many kinds of problem")
                .contains(ProblemCode.EVIDENCE_SYNTAX, ProblemCode.EVIDENCE_UNKNOWN_KEY, ProblemCode.EVIDENCE_WRONG_VALUE_TYPE,
                        ProblemCode.EVIDENCE_BAD_DATE, ProblemCode.EVIDENCE_LIMIT_DEPTH, ProblemCode.EVIDENCE_UNREADABLE,
                        ProblemCode.EVIDENCE_NOT_ALLOWED, ProblemCode.EVIDENCE_OUT_OF_RANGE, ProblemCode.EVIDENCE_DUPLICATE_MEMBER,
                        ProblemCode.EVIDENCE_DATE_AFTER_ASSESSMENT, ProblemCode.EVIDENCE_KEY_NOT_APPLIED, ProblemCode.EVIDENCE_INVALID,
                        ProblemCode.EVIDENCE_UNKNOWN_MEMBERSHIP, ProblemCode.EVIDENCE_TEMPLATE_PLACEHOLDER);
    }

    @Test
    void everyProblemTheEngineMakesIsMadeFromAWording() throws IOException {
        // A problem made from its English text alone could not be said in French or Spanish; the engine's sources make
        // every problem from a wording (a host's own problems, with its own words, are the host's business).
        Pattern made = Pattern.compile("(Problem\\.(error|warning|of)|new Problem)\\(");
        List<String> calls = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(f -> f.toString().endsWith(".java") && !f.endsWith("Problem.java")).toList()) {
                String text = Files.readString(source);
                Matcher call = made.matcher(text);
                while (call.find()) {
                    int depth = 0;
                    int end = call.end() - 1;
                    do {
                        char c = text.charAt(end++);
                        depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                    } while (depth > 0);
                    calls.add(source.getFileName() + ": " + text.substring(call.start(), end).replaceAll("\\s+", " "));
                }
            }
        }
        assertThat(calls).as("the engine makes problems").hasSizeGreaterThan(20)
                .allSatisfy(call -> assertThat(call).containsIgnoringCase("wording"));
    }

    private static Problem only(String json) {
        List<Problem> problems = MiniPack.engine().validate(MiniPack.engine().read(json, "json", "x.json"), Variants.fromMemberships());
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    private static String item(String key, String value) {
        return "{\"country\": {\"code\": \"XA\"}, \"assessedOn\": \"2026-06-30\", \"evidence\": [\n{\"key\": \"" + key + "\", \"value\": "
                + value + "}]}";
    }

    @Test
    void anUnknownKeyWithADidYouMean() {
        Problem problem = only(item("a.flagg", "true"));
        assertThat(problem.toString()).isEqualTo("x.json:2:9: /evidence/0/key: unknown evidence key 'a.flagg'; did you mean 'a.flag'?");
        assertThat(problem.toString(FR)).isEqualTo("x.json:2:9: /evidence/0/key : clé de preuve inconnue « a.flagg » ;"
                + " vouliez-vous dire « a.flag » ?");
        assertThat(problem.toString(ES)).isEqualTo("x.json:2:9: /evidence/0/key: clave de evidencia desconocida «a.flagg»;"
                + " ¿quiso decir «a.flag»?");
    }

    @Test
    void aValueOfTheWrongTypeNamesWhatWasWrittenInTheLanguage() {
        Problem problem = only(item("a.count", "\"twelve\""));
        assertThat(problem.message()).isEqualTo("a.count takes a number, not the string \"twelve\"");
        assertThat(problem.message(FR)).isEqualTo("a.count attend un nombre, pas la chaîne « twelve »");
        assertThat(problem.message(ES)).isEqualTo("a.count espera un número, no la cadena «twelve»");
        assertThat(problem.hint(FR)).isNull();
    }

    @Test
    void aBadDate() {
        Problem problem = only(item("a.date", "\"2026-02-30\""));
        assertThat(problem.message()).isEqualTo("a.date is '2026-02-30', not a valid ISO date");
        assertThat(problem.hint()).isEqualTo("write yyyy-mm-dd, e.g. 2024-02-29");
        assertThat(problem.message(FR)).isEqualTo("a.date est « 2026-02-30 », qui n'est pas une date ISO valide");
        assertThat(problem.hint(FR)).isEqualTo("écrivez aaaa-mm-jj, par exemple 2024-02-29");
        assertThat(problem.message(ES)).isEqualTo("a.date es «2026-02-30», que no es una fecha ISO válida");
        assertThat(problem.hint(ES)).isEqualTo("escriba aaaa-mm-dd, por ejemplo 2024-02-29");
    }

    @Test
    void aValueOutOfRangeAndOneNotAllowed() {
        Problem range = only(item("a.count", "120"));
        assertThat(range.toString(FR)).endsWith("a.count vaut 120, hors de l'intervalle permis ; la valeur doit être entre 0 et 100");
        assertThat(range.toString(ES)).endsWith("a.count vale 120, fuera del intervalo permitido; el valor debe estar entre 0 y 100");
        Problem kind = only(item("a.kind", "\"banana\""));
        assertThat(kind.hint()).isEqualTo("allowed: x, y, z");
        assertThat(kind.hint(FR)).isEqualTo("valeurs permises : x, y, z");
    }

    @Test
    void aCallersOwnHintIsKeptAsGivenAndTheMessageIsStillTranslated() {
        Problem problem = only(item("a.flagg", "true")).withHint("run mnr template to list the keys");
        assertThat(problem.hint(FR)).isEqualTo("run mnr template to list the keys");
        assertThat(problem.message(FR)).isEqualTo("clé de preuve inconnue « a.flagg »");
    }

    @Test
    void aProblemWithoutWordingIsEnglishInEveryLanguageAndItsJsonHasNoWording() throws IOException {
        Problem plain = Problem.error("f.json", Place.at(""), "something the host says", "its hint");
        assertThat(plain.wording()).isNull();
        assertThat(plain.message(FR)).isEqualTo("something the host says");
        assertThat(plain.hint(ES)).isEqualTo("its hint");
        Problem worded = Problem.error(ProblemCode.EVIDENCE_UNREADABLE, "f.json", Place.at(""), Wording.of("evidence.file.missing"));
        assertThat(worded.message()).isEqualTo("no such file");
        assertThat(worded.hint()).isEqualTo("check the path");
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(worded).fieldNames()).toIterable()
                .containsExactlyInAnyOrder("severity", "file", "place", "message", "hint", "code");
    }
}
