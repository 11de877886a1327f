package org.mnr.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mnr.engine.Variants;
import org.mnr.engine.evidence.Evidence;
import org.mnr.engine.evidence.ParsedEvidence;
import org.mnr.template.EvidenceTemplate;

/** The template in French and Spanish: translated words, canonical values, and the same score as in English. */
class WorkbookLanguageTest {

    private static final Path CORDESSA = Path.of("../../fixtures/evidence/xc-cordessa-2026.json");

    @TempDir
    Path dir;

    @Test
    void frenchTemplateHasFrenchHeadersAndHelp() throws IOException {
        byte[] bytes = WorkbookWriter.write(EvidenceTemplate.blank(WorkbookRoundTripTest.engine(), List.of()), Locale.FRENCH);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(bytes))) {
            assertThat(headers(workbook.getSheet("Evidence"))).containsExactly("capacité", "clé", "description", "type",
                    "valeurs admises", "valeur", "source", "note", "confiance");
            assertThat(headers(workbook.getSheet("Country"))).containsExactly("champ", "valeur", "quoi écrire");
            assertThat(workbook.getSheet("Country").getRow(2).getCell(2).getStringCellValue()).isEqualTo("le nom du pays (facultatif)");
            XSSFDataValidation confidence = confidenceValidation(workbook.getSheet("Evidence"));
            // The words to pick stay the vocabulary's; only the help around them is translated.
            assertThat(confidence.getValidationConstraint().getExplicitListValues()).containsExactly("verified", "documented", "reported");
            assertThat(confidence.getErrorBoxText()).startsWith("Valeurs admises : verified, documented, reported.");
        }
    }

    @Test
    void spanishTemplateHasSpanishHeaders() throws IOException {
        byte[] bytes = WorkbookWriter.write(EvidenceTemplate.blank(WorkbookRoundTripTest.engine(), List.of()), Locale.forLanguageTag("es-MX"));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(bytes))) {
            assertThat(headers(workbook.getSheet("Evidence"))).containsExactly("capacidad", "clave", "descripción", "tipo",
                    "valores permitidos", "valor", "fuente", "nota", "confianza");
            assertThat(headers(workbook.getSheet("Country"))).containsExactly("campo", "valor", "qué escribir");
            assertThat(confidenceValidation(workbook.getSheet("Evidence")).getErrorBoxText()).startsWith("Valores permitidos: verified");
        }
    }

    @Test
    void aLanguageWithoutTranslationIsEnglishWhateverTheMachine() {
        EvidenceTemplate template = EvidenceTemplate.blank(WorkbookRoundTripTest.engine(), List.of());
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRENCH);
            assertThat(WorkbookWriter.write(template, Locale.GERMAN)).isEqualTo(WorkbookWriter.write(template, Locale.ENGLISH));
            assertThat(WorkbookWriter.write(template)).isEqualTo(WorkbookWriter.write(template, Locale.ENGLISH));
        } finally {
            Locale.setDefault(before);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "es", "en"})
    void filledInAnyLanguageScoresAsTheEvidenceDoes(String language) throws IOException {
        Evidence evidence = Evidence.read(CORDESSA);
        Path workbook = dir.resolve("xc-" + language + ".xlsx");
        Files.write(workbook, WorkbookWriter.write(EvidenceTemplate.filled(WorkbookRoundTripTest.engine(), evidence, List.of()),
                Locale.forLanguageTag(language)));

        ParsedEvidence read = new WorkbookReader(WorkbookRoundTripTest.vocabulary()).read(workbook);

        assertThat(read.problems()).isEmpty();
        assertThat(WorkbookRoundTripTest.engine().assess(read, Variants.fromMemberships()).toJson())
                .isEqualTo(WorkbookRoundTripTest.engine().assess(evidence).toJson());
    }

    /**
     * Written by mnr template before the template had languages (English headers, built from main's launcher). Regenerated
     * for content 2.0.0 with that same writer: library/workbook/src/main of commit 515f290 (the parent of the commit that
     * added languages) compiled against this branch's engine, template and packs, and run as its TemplateCommand did
     * ({@code EvidenceTemplate.filled(engine, xc-cordessa-2026.json, [])}, then {@code WorkbookWriter.write}); two runs
     * gave the same bytes.
     */
    @Test
    void anEnglishWorkbookFromBeforeStillReadsAndScoresTheSame() throws IOException {
        Path old = dir.resolve("old.xlsx");
        try (InputStream in = WorkbookLanguageTest.class.getResourceAsStream("english-before-lang-xc-cordessa-2026.xlsx")) {
            Files.copy(in, old);
        }

        ParsedEvidence read = new WorkbookReader(WorkbookRoundTripTest.vocabulary()).read(old);

        assertThat(read.problems()).isEmpty();
        assertThat(WorkbookRoundTripTest.engine().assess(read, Variants.fromMemberships()).toJson())
                .isEqualTo(WorkbookRoundTripTest.engine().assess(Evidence.read(CORDESSA)).toJson());
    }

    private static List<String> headers(Sheet sheet) {
        List<String> names = new ArrayList<>();
        Row row = sheet.getRow(0);
        for (Cell cell : row) {
            names.add(cell.getStringCellValue());
        }
        return names;
    }

    private static XSSFDataValidation confidenceValidation(XSSFSheet sheet) {
        return sheet.getDataValidations().stream()
                .filter(v -> v.getValidationConstraint().getExplicitListValues() != null
                        && List.of(v.getValidationConstraint().getExplicitListValues()).contains("verified"))
                .findFirst().orElseThrow();
    }
}
