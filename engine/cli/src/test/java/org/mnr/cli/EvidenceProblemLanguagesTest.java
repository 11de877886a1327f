package org.mnr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/**
 * The evidence problems the command prints follow its {@code --lang} (#14.7), with the command line's own hints said in
 * the same language; {@code mnr serve --lang} sets the pages' default language.
 */
class EvidenceProblemLanguagesTest {

    @TempDir
    Path dir;

    private Path unknownKey() throws IOException {
        // No published key is near "zz.nothing", so the hint is the one that sends the user to 'mnr template'.
        return Files.writeString(dir.resolve("unknown.json"), "{\"country\": {\"code\": \"XA\"}, \"assessedOn\": \"2026-06-30\",\n"
                + "\"evidence\": [{\"key\": \"zz.nothing\", \"value\": true}]}\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fr|:2:22: /evidence/0/key : clé de preuve inconnue « zz.nothing » ; lancez « mnr template » pour lister les clés des référentiels chargés",
        "es|:2:22: /evidence/0/key: clave de evidencia desconocida «zz.nothing»; ejecute «mnr template» para ver las claves de los paquetes cargados",
        "en|:2:22: /evidence/0/key: unknown evidence key 'zz.nothing'; run 'mnr template' to list the keys of the loaded packs"})
    void anUnknownKeyIsSaidInTheCommandsLanguageWithItsHint(String language, String expected) throws IOException {
        Path file = unknownKey();
        for (String command : new String[] {"score", "validate"}) {
            CliRun run = CliRun.of(command, "--lang", language, file.toString());
            assertThat(run.exit()).as(run.err()).isEqualTo(2);
            assertThat(run.err()).as(command).isEqualTo(file + expected + System.lineSeparator());
        }
    }

    @Test
    void aLimitsHintNamesTheOptionInTheCommandsLanguage() throws IOException {
        Path file = Files.writeString(dir.resolve("deep.json"), "{\"country\": [[[[[[1]]]]]]}");
        CliRun run = CliRun.of("validate", "--lang", "fr", "--max-depth", "3", file.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("si le fichier est authentique, relevez la limite avec --max-depth")
                .doesNotContain("if the file is genuine");
    }

    private Path workbook(String name, java.util.function.Consumer<XSSFWorkbook> edit) throws IOException {
        Path file = dir.resolve(name);
        assertThat(CliRun.of("template", "--from", Engines.FIXTURES.resolve("xc-cordessa-2026.json").toString(), "-o", file.toString()).exit()).isZero();
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            edit.accept(workbook);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        return file;
    }

    @Test
    void aWorkbookLayoutProblemKeepsItsSpecificFixAndOnlyTheGenericOneBecomesTheCommandsHint() throws IOException {
        Path merged = workbook("merged.xlsx", w -> w.getSheet("Evidence").addMergedRegion(new CellRangeAddress(0, 0, 4, 5)));
        CliRun english = CliRun.of("validate", merged.toString());
        assertThat(english.exit()).isEqualTo(2);
        assertThat(english.err()).contains("; unmerge them (in Excel: Home > Merge & Center)").doesNotContain("mnr template --format xlsx");
        CliRun french = CliRun.of("validate", "--lang", "fr", merged.toString());
        assertThat(french.err()).isEqualTo(merged + ": sheet Evidence, row 1, columns E-F : les cellules d'en-tête des colonnes E-F sont"
                + " fusionnées en une seule, les colonnes après la première n'ont donc pas d'en-tête ; annulez la fusion (dans Excel :"
                + " Accueil > Fusionner et centrer) et donnez à chaque colonne son propre en-tête, comme le modèle" + System.lineSeparator());

        Path renamed = workbook("renamed.xlsx", w -> w.setSheetName(w.getSheetIndex("Evidence"), "Evidense"));
        assertThat(CliRun.of("validate", "--lang", "es", renamed.toString()).err()).contains("; cambie el nombre de la hoja «Evidense» a Evidence")
                .doesNotContain("mnr template --format xlsx");

        // Without a sheet near the name, the fix is a new workbook: the command names its own way to make one.
        Path without = workbook("without.xlsx", w -> w.setSheetName(w.getSheetIndex("Evidence"), "Notes"));
        assertThat(CliRun.of("validate", without.toString()).err()).contains("; make one with 'mnr template --format xlsx'");
        assertThat(CliRun.of("validate", "--lang", "fr", without.toString()).err())
                .contains(without + ": n'a pas de feuille nommée Evidence (ses feuilles : Country, Notes, Lists) ;"
                        + " créez-en un avec « mnr template --format xlsx »");
    }

    @Test
    void serveLangSetsThePagesDefaultLanguage() throws Exception {
        StringWriter out = new StringWriter();
        AtomicInteger exit = new AtomicInteger(-1);
        Thread serving = new Thread(() -> {
            CommandLine command = Mnr.commandLine();
            command.setOut(new PrintWriter(out, true));
            command.setErr(new PrintWriter(new StringWriter(), true));
            exit.set(command.execute("serve", "--lang", "fr", "--port", "0", "--workspace", dir.toString()));
        });
        serving.setDaemon(true);
        serving.start();
        Pattern address = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/)");
        Matcher matcher = address.matcher("");
        for (int i = 0; i < 600 && !matcher.find(); i++) {
            Thread.sleep(100);
            matcher = address.matcher(out.toString());
        }
        URI base = URI.create(matcher.group(1));

        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve("/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        // The server's French page words (its messages_fr), asked for by no ?lang= in the address.
        assertThat(page.body()).contains("lang=\"fr\"").contains("Évaluations de cet espace de travail")
                .doesNotContain("Assessments in this workspace");

        serving.interrupt();
        serving.join(10_000);
        assertThat(exit.get()).isZero();
    }
}
