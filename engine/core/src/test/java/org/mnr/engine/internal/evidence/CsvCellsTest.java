package org.mnr.engine.internal.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** OWASP's CSV-injection advice: a cell a spreadsheet would read as a formula starts with an apostrophe. */
class CsvCellsTest {

    @Test
    void cellsThatStartAFormulaAreNeutralised() {
        assertThat(CsvCells.text("=1+2")).isEqualTo("'=1+2");
        assertThat(CsvCells.text("+cmd")).isEqualTo("'+cmd");
        assertThat(CsvCells.text("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvCells.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvCells.text("\t=1")).isEqualTo("\\t=1");
        assertThat(CsvCells.text("\r=1")).isEqualTo("\\r=1");
    }

    @Test
    void ordinaryTextIsKeptAndControlsAreVisible() {
        assertThat(CsvCells.text("Atlantis, \"the\" land")).isEqualTo("Atlantis, \"the\" land");
        assertThat(CsvCells.text("a\u001Bb")).isEqualTo("a\\u001Bb");
    }
}
