package org.mnr.engine.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.mnr.engine.evidence.Confidence;

/**
 * A result written in format 1.0 reads back with the 1.1 fields derived from the statuses it lists (met or unknown),
 * never more certain than it was (docs/compatibility.md).
 */
class FormatOneDotZeroTest {

    /** One capability: level 1 met (weight 1), level 2 unknown (weight 1), level 3 unmet (weight 2); level 1, score 25. */
    private static final String RESULT_1_0 = """
            {
              "formatVersion": "1.0",
              "country": {"code": "XA", "memberships": []},
              "assessedOn": "2026-06-30",
              "engine": {"name": "mnr-engine", "version": "1.0.0"},
              "packs": [{"id": "mini", "version": "0.1.0"}],
              "overall": {"score": 25.0, "coverage": 0.667},
              "domains": [{"id": "D1", "name": "First", "score": 25.0, "level": 1, "levelName": "Building"}],
              "capabilities": [{"id": 1, "name": "One", "domain": "D1", "level": 1, "levelName": "Building", "score": 25.0,
                "coverage": 0.667, "next": {"level": 2, "name": "Developing", "blocking": ["C01.L2.b"]},
                "criteria": [
                  {"id": "C01.L1.a", "level": 1, "weight": 1, "status": "met", "title": "A", "evidence": [], "missing": [],
                   "rule": "C01.L1.a", "pack": "mini"},
                  {"id": "C01.L2.b", "level": 2, "weight": 1, "status": "unknown", "title": "B", "evidence": [],
                   "missing": ["b.key"], "rule": "C01.L2.b", "pack": "mini"},
                  {"id": "C01.L3.c", "level": 3, "weight": 2, "status": "unmet", "title": "C", "evidence": [], "missing": [],
                   "rule": "C01.L3.c", "pack": "mini"}]}],
              "warnings": []
            }
            """;

    private static Assessment read() {
        return ResultJson.read(RESULT_1_0.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theRangeComesFromTheMetAndUnknownCriteria() {
        CapabilityResult one = read().capability(1).orElseThrow();

        // Levels 1 (met) and 2 (unknown) could be met; level 3 is unmet: up to 2.
        assertThat(one.level()).isEqualTo(1);
        assertThat(one.levelMax()).isEqualTo(2);
        assertThat(one.levelMaxName()).isEqualTo("Developing");
        assertThat(one.provisional()).isTrue();
        assertThat(one.assessed()).isTrue();
        // (1 + 1) of 4 weight at best.
        assertThat(one.scoreMax()).isEqualTo(50.0);
    }

    @Test
    void domainAndOverallTakeTheRangesOfTheirCapabilities() {
        Assessment read = read();

        assertThat(read.domains().get(0).levelMax()).isEqualTo(2);
        assertThat(read.domains().get(0).levelMaxName()).isEqualTo("Developing");
        assertThat(read.domains().get(0).scoreMax()).isEqualTo(50.0);
        assertThat(read.overall().scoreMax()).isEqualTo(50.0);
    }

    @Test
    void itIsNeverMoreCertainThanItWas() {
        Assessment read = read();

        assertThat(read.minConfidence()).isEqualTo(Confidence.REPORTED);
        assertThat(read.capability(1).orElseThrow().confidence()).isEqualTo(Confidence.REPORTED);
        assertThat(read.criterion("C01.L2.b").orElseThrow().missingLevels()).isEmpty();
        assertThat(read.formatVersion()).isEqualTo("1.0");
    }

    @Test
    void aCapabilityAtLevelZeroHasNoConfidence() {
        Assessment read = ResultJson.read(RESULT_1_0.replace("\"status\": \"met\"", "\"status\": \"unmet\"")
                .replace("\"level\": 1, \"levelName\": \"Building\", \"score\": 25.0", "\"level\": 0, \"levelName\": \"Not in place\", \"score\": 0.0")
                .getBytes(StandardCharsets.UTF_8));

        assertThat(read.capability(1).orElseThrow().level()).isZero();
        assertThat(read.capability(1).orElseThrow().confidence()).isNull();
        // Level 1 is unmet: nothing missing can raise it.
        assertThat(read.capability(1).orElseThrow().levelMax()).isZero();
    }
}
