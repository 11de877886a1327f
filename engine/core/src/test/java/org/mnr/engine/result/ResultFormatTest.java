package org.mnr.engine.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every result names its format, and the engine jar carries the result schema that docs/ publishes. */
class ResultFormatTest {

    private static Assessment minimal() {
        return new Assessment(new CountryRef("XA", null, List.of()), LocalDate.of(2026, 6, 30), new EngineVersion("mnr-engine", "1.0.0"),
                List.of(), new Overall(0, 0), List.of(), List.of(), List.of());
    }

    @Test
    void aResultOfThisEngineIsFormatOneDotOneAndSaysSoFirst() {
        Assessment result = minimal();

        // 1.1 added ranges, confidence and open levels (docs/compatibility.md).
        assertThat(result.formatVersion()).isEqualTo("1.1");
        assertThat(ResultJson.write(result)).startsWith("{\n  \"formatVersion\": \"1.1\",\n  \"country\"");
    }

    @Test
    void theSchemaInTheJarIsTheOneDocsPublishes() throws IOException {
        String published = Files.readString(Path.of("../../docs/schema/result.schema.json"), StandardCharsets.UTF_8);

        assertThat(ResultJson.schema()).isEqualTo(published).contains("\"formatVersion\"");
    }

    @Test
    void aCitedIntegerReadsBackAsTheDecimalTheEngineCites() {
        assertThat(new CitedEvidence("k", 42, null, null)).isEqualTo(new CitedEvidence("k", new java.math.BigDecimal("42"), null, null));
    }
}
