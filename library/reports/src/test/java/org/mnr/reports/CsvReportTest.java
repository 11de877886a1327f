package org.mnr.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.mnr.engine.MaturityEngine;
import org.mnr.engine.evidence.Evidence;
import org.mnr.engine.result.Assessment;
import org.mnr.engine.result.CapabilityResult;

class CsvReportTest {

    @Test
    void oneRowPerAssessmentInOrderWithEveryFigure() throws IOException {
        Assessment quoted = MaturityEngine.builder().build().assess(Evidence.builder("XB", LocalDate.of(2025, 1, 31))
                .name("Bel, \"the\" Land").add("governance.body.exists", true).build());
        Assessment sample = SampleAssessment.get();
        String csv = CsvReport.render(List.of(sample, quoted));

        assertThat(csv).endsWith("\r\n").contains("XB,\"Bel, \"\"the\"\" Land\",2025-01-31,");
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
        assertThat(records).hasSize(3);
        CSVRecord header = records.get(0);
        assertThat(header.size()).isEqualTo(3 + 21 * 5 + 6 * 2 + 4);
        assertThat(header.get(0)).isEqualTo("code");
        assertThat(header.values()).containsSequence("C01 Leadership level", "C01 Leadership level max", "C01 Leadership score",
                "C01 Leadership score max", "C01 Leadership confidence");
        assertThat(header.get(3 + 21 * 5)).isEqualTo("D1 Policy and Governance score");
        assertThat(header.get(4 + 21 * 5)).isEqualTo("D1 Policy and Governance score max");
        int overall = 3 + 21 * 5 + 12;
        assertThat(header.values()).endsWith("overall score", "overall score max", "overall coverage", "min confidence");

        CSVRecord row = records.get(1);
        assertThat(row.get(0)).isEqualTo("XA");
        assertThat(row.get(1)).isEqualTo("Atlantis");
        assertThat(row.get(2)).isEqualTo("2026-06-30");
        for (int i = 0; i < 21; i++) {
            CapabilityResult c = sample.capabilities().get(i);
            int at = 3 + 5 * i;
            // A capability with nothing settled is never written as level 0.
            assertThat(row.get(at)).as("capability %d", c.id()).isEqualTo(c.coverage() == 0 ? "not assessed" : String.valueOf(c.level()));
            assertThat(row.get(at + 1)).isEqualTo(String.valueOf(c.levelMax()));
            assertThat(Double.parseDouble(row.get(at + 2))).isEqualTo(c.score());
            assertThat(Double.parseDouble(row.get(at + 3))).isEqualTo(c.scoreMax());
            assertThat(row.get(at + 4)).isEqualTo(c.confidence() == null ? "" : c.confidence().word());
        }
        assertThat(row.get(3 + 5 * 20)).isEqualTo("not assessed");
        assertThat(row.get(3 + 5 * 13)).isEqualTo("1");
        assertThat(row.get(4 + 5 * 13)).isEqualTo("4");
        // Its items give no confidence, so they count as reported.
        assertThat(row.get(7 + 5 * 13)).isEqualTo("reported");
        for (int d = 0; d < 6; d++) {
            assertThat(Double.parseDouble(row.get(3 + 21 * 5 + 2 * d))).isEqualTo(sample.domains().get(d).score());
            assertThat(Double.parseDouble(row.get(4 + 21 * 5 + 2 * d))).isEqualTo(sample.domains().get(d).scoreMax());
        }
        assertThat(Double.parseDouble(row.get(overall))).isEqualTo(sample.overall().score());
        assertThat(Double.parseDouble(row.get(overall + 1))).isEqualTo(sample.overall().scoreMax());
        assertThat(Double.parseDouble(row.get(overall + 2))).isEqualTo(sample.overall().coverage());
        assertThat(row.get(overall + 3)).isEqualTo("reported");
        assertThat(records.get(2).get(1)).isEqualTo("Bel, \"the\" Land");
        assertThat(CsvReport.render(List.of(sample, quoted))).isEqualTo(csv);
    }

    @Test
    void nothingToWriteForNoAssessment() {
        assertThat(CsvReport.render(List.of())).isEmpty();
    }
}
