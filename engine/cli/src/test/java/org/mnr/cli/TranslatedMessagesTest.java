package org.mnr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The command's own sentences beyond its option clashes follow --lang too (#14.3, #14.7): a variant's did-you-mean,
 * a missing pack path, a limit or size that cannot be used, a folder without evidence, mnr test's mistakes and summary,
 * new-pack's refused names and serve's port; each is run as a user would, in French and in Spanish.
 */
class TranslatedMessagesTest {

    private static final String CORDESSA = Engines.FIXTURES.resolve("xc-cordessa-2026.json").toString();

    @TempDir
    Path dir;

    /** Runs a command expected to be refused as a usage mistake, and gives its one line of error. */
    private static String refused(String... args) {
        CliRun run = CliRun.of(args);
        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        // The English words of the same mistake must not leak through.
        assertThat(run.err()).doesNotContain("did you mean").doesNotContain("no such").doesNotContain("Invalid value");
        return run.err();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fr|mnr: variante inconnue « CoE » (vouliez-vous dire « coe » ?) ; variantes installées : asean, au, coe, eu",
        "es|mnr: variante desconocida «CoE» (¿quiso decir «coe»?); variantes instaladas: asean, au, coe, eu"})
    void aVariantsDidYouMean(String language, String expected) {
        assertThat(refused("score", "--lang", language, "--variant", "CoE", CORDESSA)).startsWith(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fr|mnr: --pack {0} : fichier ou dossier introuvable ; nommez le .jar d'un référentiel ou son dossier",
        "es|mnr: --pack {0}: no existe ese archivo o carpeta; indique el .jar de un paquete o su carpeta"})
    void aPackPathThatIsNotThere(String language, String expected) {
        Path missing = dir.resolve("no-pack.jar");
        assertThat(refused("score", "--lang", language, "--pack", missing.toString(), CORDESSA))
                .startsWith(expected.replace("{0}", missing.toString()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fr|mnr: --max-depth attend un nombre positif, pas 0|mnr: valeur invalide pour --max-file-size : « ten » n'est pas une taille utilisable ; écrivez par exemple 10MB",
        "es|mnr: --max-depth espera un número positivo, no 0|mnr: valor no válido para --max-file-size: «ten» no es un tamaño utilizable; escriba por ejemplo 10MB"})
    void limitsThatCannotBeUsed(String language, String depth, String size) {
        assertThat(refused("validate", "--lang", language, "--max-depth", "0", CORDESSA)).startsWith(depth);
        assertThat(refused("validate", "--lang", language, "--max-file-size", "ten", CORDESSA)).startsWith(size);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fr|{0} : le dossier ne contient aucun fichier de preuves (*.json, *.yaml, *.yml, *.xlsx)",
        "es|{0}: la carpeta no contiene ningún archivo de evidencias (*.json, *.yaml, *.yml, *.xlsx)"})
    void aFolderWithoutEvidence(String language, String expected) throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThat(refused("score", "--lang", language, empty.toString())).isEqualTo("mnr: " + expected.replace("{0}", empty.toString())
                + System.lineSeparator());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fr|{0} : fichier ou dossier de cas introuvable|{0} : le dossier ne contient aucun fichier *.case.yaml",
        "es|{0}: no existe ese archivo o carpeta de casos|{0}: la carpeta no contiene ningún archivo *.case.yaml"})
    void testCaseFilesThatAreNotThere(String language, String missing, String empty) throws IOException {
        Path nothing = dir.resolve("nothing.case.yaml");
        assertThat(refused("test", "--lang", language, nothing.toString())).startsWith("mnr: " + missing.replace("{0}", nothing.toString()));
        Path folder = Files.createDirectories(dir.resolve("cases"));
        assertThat(refused("test", "--lang", language, folder.toString())).startsWith("mnr: " + empty.replace("{0}", folder.toString()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fr|1 réussi(s), 0 échoué(s)",
        "es|1 superado(s), 0 fallido(s)"})
    void theTestSummary(String language, String expected) throws IOException {
        // The leadership evidence of TestCommandTest's passing case: capability 1 at level 1.
        Path testCase = Files.writeString(dir.resolve("body.case.yaml"), String.join("\n", "name: Leadership at Building",
                "country: {code: XA}", "assessedOn: 2026-06-30", "evidence:", "  - {key: governance.body.exists, value: true}",
                "  - {key: governance.wpga_member, value: true}", "  - {key: governance.strategy.adopted_date, value: 2019-01-01}",
                "variants: []", "expect:", "  levels: {1: 1}", ""));
        CliRun run = CliRun.of("test", "--lang", language, testCase.toString());
        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).endsWith(expected + System.lineSeparator()).doesNotContain("passed");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fr|mnr: « Bad_Id » ne peut pas être un identifiant de référentiel : utilisez des lettres minuscules|mnr: --port doit valoir de 0 à 65535, pas 70000",
        "es|mnr: «Bad_Id» no puede ser el identificador de un paquete: use letras minúsculas|mnr: --port debe ir de 0 a 65535, no 70000"})
    void newPackAndServeMistakes(String language, String badId, String badPort) {
        assertThat(refused("new-pack", "--lang", language, "--dir", dir.resolve("p").toString(), "Bad_Id")).startsWith(badId);
        assertThat(Files.exists(dir.resolve("p"))).isFalse();
        assertThat(refused("serve", "--lang", language, "--port", "70000")).startsWith(badPort).doesNotContain("must be");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fr|mnr: --format est donné plus d'une fois ; donnez-le une seule fois",
        "es|mnr: --format se indica más de una vez; indíquelo una sola vez"})
    void anOptionGivenTwice(String language, String expected) {
        assertThat(refused("score", "--lang", language, "--format", "json", "--format", "md", CORDESSA)).startsWith(expected)
                .doesNotContain("should be specified only once");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fr|coe 2.0.0  Council of Europe (variant, s'applique à CoE), 4 critères|  source    |  remplace  C",
        "es|coe 2.0.0  Council of Europe (variant, se aplica a CoE), 4 criterios|  origen     |  reemplaza  C"})
    void thePacksListing(String language, String header, String from, String replaces) {
        CliRun run = CliRun.of("packs", "--lang", language);
        assertThat(run.exit()).as(run.err()).isZero();
        // Labels are padded to the language's longest, one space beyond it, so that the values line up.
        assertThat(run.out()).contains(header).contains(from).contains(replaces).doesNotContain("applies to").doesNotContain(" criteria");
    }
}
