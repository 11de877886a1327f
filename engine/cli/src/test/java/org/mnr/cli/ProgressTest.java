package org.mnr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void aShownBarCountsTheFilesAndEndsItsLine() {
        StringWriter err = new StringWriter();
        try (Progress progress = Progress.of("Scoring", 3, new PrintWriter(err), true, 60)) {
            progress.step();
            progress.step();
            progress.step();
        }
        String text = err.toString();
        assertThat(text).startsWith("\r").contains("Scoring").contains("3/3").endsWith(System.lineSeparator());
        String lastDrawing = text.substring(text.lastIndexOf('\r') + 1).strip();
        assertThat(lastDrawing.length()).isLessThanOrEqualTo(60);
        assertThat(lastDrawing).contains("100%");
    }

    @Test
    void aMessageClearsTheBarsLineFirst() {
        StringWriter err = new StringWriter();
        try (Progress progress = Progress.of("Scoring", 2, new PrintWriter(err), true, 40)) {
            progress.println("xa.json: a problem");
        }
        assertThat(err.toString()).contains("\r" + " ".repeat(40) + "\rxa.json: a problem" + System.lineSeparator());
    }

    @Test
    void aHiddenBarPrintsOnlyTheMessages() {
        StringWriter err = new StringWriter();
        try (Progress progress = Progress.of("Scoring", 5, new PrintWriter(err), false, 80)) {
            progress.step();
            progress.println("xa.json: a problem");
            progress.step();
        }
        assertThat(err.toString()).isEqualTo("xa.json: a problem" + System.lineSeparator());
    }

    @Test
    void testsRunWithoutATerminalOnStandardError() {
        assertThat(StandardError.isTerminal()).isFalse();
    }
}
