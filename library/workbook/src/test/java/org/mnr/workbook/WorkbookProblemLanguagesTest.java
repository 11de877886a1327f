package org.mnr.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mnr.engine.evidence.Problem;
import org.mnr.template.EvidenceTemplate;

/**
 * The workbook reader's problems can be said in French and Spanish (issue 14): each carries a wording of the engine's
 * problem texts, whose English is the reader's text as it always was.
 */
class WorkbookProblemLanguagesTest {

    private static final Locale FR = Locale.FRENCH;
    private static final Locale ES = Locale.forLanguageTag("es");

    @TempDir
    Path dir;

    private Path file;

    /** The problems of a filled-in template for XA, edited. */
    private List<Problem> problems(Consumer<XSSFWorkbook> edit) throws IOException {
        file = dir.resolve("xa.xlsx");
        EvidenceTemplate blank = EvidenceTemplate.blank(WorkbookRoundTripTest.engine(), List.of());
        Files.write(file, WorkbookWriter.write(new EvidenceTemplate("XA", "Testland", blank.memberships(), LocalDate.of(2026, 6, 30), blank.rows())));
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            edit.accept(workbook);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        return new WorkbookReader(WorkbookRoundTripTest.vocabulary()).read(file).problems();
    }

    @Test
    void mergedHeaderCellsInFrenchAndSpanish() throws IOException {
        Problem merged = problems(w -> w.getSheet("Evidence").addMergedRegion(new CellRangeAddress(0, 0, 4, 5))).get(0);
        assertThat(merged.wording()).isNotNull();
        // The place (sheet, row and columns as the file names them) stays as it is; French puts a space before : and ;.
        assertThat(merged.toString(FR)).isEqualTo(file + ": sheet Evidence, row 1, columns E-F : les cellules d'en-tête des colonnes E-F"
                + " sont fusionnées en une seule, les colonnes après la première n'ont donc pas d'en-tête ; annulez la fusion (dans Excel :"
                + " Accueil > Fusionner et centrer) et donnez à chaque colonne son propre en-tête, comme le modèle");
        assertThat(merged.hint(ES)).isEqualTo("separe las celdas (en Excel: Inicio > Combinar y centrar) y dé a cada columna su propio"
                + " encabezado, como la plantilla");
        assertThat(merged.toString(Locale.ENGLISH)).isEqualTo(merged.toString());
    }

    @Test
    void aRenamedSheetInFrenchAndSpanishNamesTheSheetsAsTheyAre() throws IOException {
        Problem renamed = problems(w -> w.setSheetName(w.getSheetIndex("Evidence"), "Evidense")).get(0);
        assertThat(renamed.toString(FR)).isEqualTo(file + ": n'a pas de feuille nommée Evidence (ses feuilles : Country, Evidense, Lists) ;"
                + " renommez la feuille « Evidense » en Evidence, comme le modèle la nomme");
        assertThat(renamed.toString(ES)).isEqualTo(file + ": no tiene ninguna hoja llamada Evidence (sus hojas: Country, Evidense, Lists);"
                + " cambie el nombre de la hoja «Evidense» a Evidence, como la llama la plantilla");
    }

    @Test
    void aFormulaWithoutItsResultInFrench() throws IOException {
        problems(w -> WorkbookProblemsTest.row(w, "governance.body.exists").getCell(5).setCellFormula("1+1"));
        // As a program that writes formulas without calculating them leaves the cell: the formula, no value.
        WorkbookXml.rewrite(file, "xl/worksheets/", text -> text.replaceAll("(<f>1\\+1</f>)<v>[^<]*</v>", "$1"));
        Problem formula = new WorkbookReader(WorkbookRoundTripTest.vocabulary()).read(file).problems().get(0);
        assertThat(formula.message(FR)).isEqualTo("la cellule contient une formule (=1+1) dont le résultat n'a jamais été calculé ni enregistré");
        assertThat(formula.hint(FR)).startsWith("enregistrez d'abord le classeur dans Excel ou LibreOffice");
    }
}
