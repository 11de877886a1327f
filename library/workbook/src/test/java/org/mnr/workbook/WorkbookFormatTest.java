package org.mnr.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mnr.engine.MaturityEngine;
import org.mnr.engine.evidence.Evidence;
import org.mnr.engine.evidence.EvidenceFormats;
import org.mnr.engine.evidence.ParsedEvidence;
import org.mnr.template.EvidenceTemplate;

/** With this library on the class path, the engine itself reads .xlsx workbooks, from a file or a stream. */
class WorkbookFormatTest {

    @TempDir
    Path dir;

    @Test
    void theWorkbookFormatIsFoundByTheServiceLoader() {
        assertThat(EvidenceFormats.available().all()).extracting(f -> f.name()).containsExactly("json", "xlsx", "yaml");
        assertThat(EvidenceFormats.available().forFileName("Country.XLSX")).hasValueSatisfying(f -> assertThat(f.name()).isEqualTo("xlsx"));
    }

    @Test
    void theEngineScoresAWorkbookFromAFileAndAStreamAsTheEvidenceItHolds() throws IOException {
        MaturityEngine engine = WorkbookRoundTripTest.engine();
        Evidence evidence = Evidence.builder("XC", LocalDate.of(2026, 9, 30)).name("Cordessa")
                .add("governance.body.exists", true)
                .add("governance.strategy.adopted_date", LocalDate.of(2024, 2, 29))
                .build();
        Path workbook = dir.resolve("xc.xlsx");
        Files.write(workbook, WorkbookWriter.write(EvidenceTemplate.filled(engine, evidence, List.of())));
        String expected = engine.assess(evidence).toJson();

        ParsedEvidence fromFile = engine.read(workbook);
        ParsedEvidence fromStream;
        try (InputStream in = Files.newInputStream(workbook)) {
            fromStream = engine.read(in, "xlsx", "upload.xlsx");
        }

        assertThat(fromFile.problems()).isEmpty();
        assertThat(engine.assess(fromFile).toJson()).isEqualTo(expected);
        assertThat(engine.assess(fromStream).toJson()).isEqualTo(expected);
    }
}
