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
        assertThat(header.size()).isEqualTo(3 + 21 * 2 + 6 + 2);
        assertThat(header.get(0)).isEqualTo("code");
        assertThat(header.get(3)).isEqualTo("C01 Leadership level");
        assertThat(header.get(4)).isEqualTo("C01 Leadership score");
        assertThat(header.get(45)).isEqualTo("D1 Policy and Governance score");
        assertThat(header.get(51)).isEqualTo("overall score");
        assertThat(header.get(52)).isEqualTo("overall coverage");

        CSVRecord row = records.get(1);
        assertThat(row.get(0)).isEqualTo("XA");
        assertThat(row.get(1)).isEqualTo("Atlantis");
        assertThat(row.get(2)).isEqualTo("2026-06-30");
        for (int i = 0; i < 21; i++) {
            CapabilityResult c = sample.capabilities().get(i);
            assertThat(row.get(3 + 2 * i)).isEqualTo(String.valueOf(c.level()));
            assertThat(Double.parseDouble(row.get(4 + 2 * i))).isEqualTo(c.score());
        }
        for (int d = 0; d < 6; d++) {
            assertThat(Double.parseDouble(row.get(45 + d))).isEqualTo(sample.domains().get(d).score());
        }
        assertThat(Double.parseDouble(row.get(51))).isEqualTo(sample.overall().score());
        assertThat(Double.parseDouble(row.get(52))).isEqualTo(sample.overall().coverage());
        assertThat(records.get(2).get(1)).isEqualTo("Bel, \"the\" Land");
        assertThat(CsvReport.render(List.of(sample, quoted))).isEqualTo(csv);
    }

    @Test
    void nothingToWriteForNoAssessment() {
        assertThat(CsvReport.render(List.of())).isEmpty();
    }
}
