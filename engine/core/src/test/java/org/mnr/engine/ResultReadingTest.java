package org.mnr.engine;

import org.mnr.engine.error.InvalidResultException;
import org.mnr.engine.error.ProblemCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mnr.engine.result.Assessment;
import org.mnr.engine.result.ResultJson;
import org.mnr.engine.result.Status;

/** A result written as JSON reads back as the same result. */
class ResultReadingTest {

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aWrittenResultReadsBackToTheSameBytes() throws IOException {
        Assessment written = MiniPack.engineWithVariants().assess(MiniPack.country().memberships("Vone")
                .add("a.flag", true).add("a.kind", "z").add("a.count", new BigDecimal("42.50"))
                .add("a.date", "2024-02-29").add("a.set", List.of("r", "p")).add("variant-one.flag", true).build());
        Assessment read = ResultJson.read(bytes(written.toJson()));
        assertThat(read.toJson()).isEqualTo(written.toJson());
        assertThat(read.criterion("C03.L1.flag").orElseThrow().status()).isEqualTo(Status.WAIVED);
        assertThat(read.assessedOn()).isEqualTo(MiniPack.ON);
    }

    @Test
    void unknownFieldsOfLaterVersionsAreSkipped() throws IOException {
        String json = MiniPack.engine().assess(MiniPack.country().build()).toJson()
                .replaceFirst("\\{", "{\"producedBy\": \"a later engine\",");
        assertThat(ResultJson.read(bytes(json)).capabilities()).isNotEmpty();
    }

    @Test
    void evidenceIsNotAResult() {
        assertThatThrownBy(() -> ResultJson.read(bytes("{\"country\": {\"code\": \"XA\"}, \"assessedOn\": \"2026-06-30\", \"evidence\": []}")))
                .isInstanceOf(InvalidResultException.class).hasMessageContaining("not a result")
                .hasFieldOrPropertyWithValue("code", ProblemCode.RESULT_INVALID);
        assertThatThrownBy(() -> ResultJson.read(bytes("{\"country\": {\"code\": \"XA\"}, \"assessedOn\": \"30/06/2026\", \"capabilities\": []}")))
                .isInstanceOf(InvalidResultException.class).hasMessageContaining("not an ISO date").hasMessageContaining("(/assessedOn)")
                .hasMessageNotContaining("Cannot deserialize").hasMessageNotContaining("java.time");
        assertThatThrownBy(() -> ResultJson.read(bytes("{\"country\": {\"code\": \"XA\"},\n \"assessedOn\": ")))
                .isInstanceOf(InvalidResultException.class).hasMessageContaining("not valid JSON at line 2")
                .hasMessageNotContaining("Unexpected end-of-input").hasMessageNotContaining("[Source");
    }
}
