package org.mnr.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mnr.engine.evidence.Evidence;
import org.mnr.engine.evidence.EvidenceItem;
import org.mnr.engine.result.Assessment;
import org.mnr.engine.result.CapabilityResult;
import org.mnr.engine.result.DomainResult;
import org.mnr.engine.result.Status;

class ScoresTest {

    private static Evidence.Builder fullCapabilityOne() {
        return MiniPack.country()
                .add("a.flag", true).add("a.kind", "x").add("a.count", 50).add("a.date", "2025-01-01")
                .add("a.set", List.of("p", "q"));
    }

    @Test
    void levelIsTheHighestLevelWhoseCriteriaAndAllBelowAreMet() {
        // Levels 1 and 3 met, level 2 not: the level stops at 1 even though level 3 is met.
        Assessment result = MiniPack.engine().assess(MiniPack.country()
                .add("a.flag", true).add("a.kind", "x").add("a.count", 5).add("a.date", "2025-01-01").build());
        CapabilityResult one = result.capability(1).orElseThrow();
        assertThat(one.level()).isEqualTo(1);
        assertThat(one.levelName()).isEqualTo("Building");
        assertThat(one.next().level()).isEqualTo(2);
        assertThat(one.next().blocking()).containsExactly("C01.L2.count");
    }

    @Test
    void scoreIsTheMetShareOfWeightRoundedHalfUp() {
        // Weights: flag 2, kind 1, count 1, date 1, set 3 = 8. Met: kind (1) -> 12.5.
        assertThat(MiniPack.engine().assess(MiniPack.country().add("a.kind", "x").build()).capability(1).orElseThrow().score())
                .isEqualTo(12.5);
        // Met: flag + kind = 3 of 8 = 37.5.
        assertThat(MiniPack.engine().assess(MiniPack.country().add("a.flag", true).add("a.kind", "x").build())
                .capability(1).orElseThrow().score()).isEqualTo(37.5);
        // Capability 2 weights 1 + 1; capability 3: 1 + 1. One of three -> 33.3.
        assertThat(MiniPack.engine().assess(MiniPack.country().add("b.one", true).build()).capability(2).orElseThrow().score())
                .isEqualTo(50.0);
    }

    @Test
    void coverageCountsCriteriaWhoseStatusIsKnown() {
        // Capability 1 has 5 criteria; a.flag and a.kind given -> 2 of 5 known.
        CapabilityResult one = MiniPack.engine().assess(MiniPack.country().add("a.flag", false).add("a.kind", "z").build())
                .capability(1).orElseThrow();
        assertThat(one.coverage()).isEqualTo(0.4);
        // Capability 3's cross-capability criterion reads no key, so it is never unknown.
        CapabilityResult three = MiniPack.engine().assess(MiniPack.country().build()).capability(3).orElseThrow();
        assertThat(three.coverage()).isEqualTo(0.5);
        assertThat(three.criteria().get(1).status()).isEqualTo(Status.UNMET);
    }

    @Test
    void topLevelHasNoNextStep() {
        CapabilityResult one = MiniPack.engine().assess(fullCapabilityOne().build()).capability(1).orElseThrow();
        assertThat(one.level()).isEqualTo(4);
        assertThat(one.score()).isEqualTo(100.0);
        assertThat(one.next()).isNull();
        assertThat(MiniPack.engine().assess(fullCapabilityOne().build()).toJson()).contains("\"next\": null");
    }

    @Test
    void nextStepBlockingListsUnmetCriteriaUpToTheNextLevelSorted() {
        CapabilityResult one = MiniPack.engine().assess(MiniPack.country().add("a.set", List.of("p", "q")).build())
                .capability(1).orElseThrow();
        assertThat(one.level()).isZero();
        assertThat(one.next().level()).isEqualTo(1);
        assertThat(one.next().blocking()).containsExactly("C01.L1.flag", "C01.L1.kind");
    }

    @Test
    void crossCapabilityCriterionIsMetOnlyOnceTheOtherCapabilityReachesTheLevel() {
        Assessment below = MiniPack.engine().assess(MiniPack.country().add("c.flag", true).add("a.flag", true).add("a.kind", "x").build());
        assertThat(below.criterion("C03.L2.one-developing").orElseThrow().status()).isEqualTo(Status.UNMET);
        assertThat(below.capability(3).orElseThrow().level()).isEqualTo(1);

        Assessment reached = MiniPack.engine().assess(MiniPack.country().add("c.flag", true).add("a.flag", true).add("a.kind", "x")
                .add("a.count", 10).build());
        assertThat(reached.criterion("C03.L2.one-developing").orElseThrow().status()).isEqualTo(Status.MET);
        assertThat(reached.criterion("C03.L2.one-developing").orElseThrow().capabilities())
                .extracting(c -> c.capability() + ":" + c.level()).containsExactly("1:2");
        // Capability 3 has no criteria at levels 3 and 4, so they are passed through.
        assertThat(reached.capability(3).orElseThrow().level()).isEqualTo(4);
    }

    @Test
    void domainScoreIsTheMeanOfUnroundedCapabilityScoresAndItsLevelTheLowest() {
        // Capability 1: kind met = 1/8 -> 12.5; capability 2: b.one -> any met = 1/2 -> 50.
        // D1 = (12.5 + 50) / 2 = 31.25 -> 31.3 (half-up).
        Assessment result = MiniPack.engine().assess(MiniPack.country().add("a.kind", "x").add("b.one", true).build());
        DomainResult d1 = result.domains().get(0);
        assertThat(d1.score()).isEqualTo(31.3);
        assertThat(d1.level()).isZero();
        // Overall = (12.5 + 50 + 0) / 3 = 20.833 -> 20.8; coverage: 2 known (kind, any) + C03.L2 unmet = 3 of 9 criteria... plus
        // C02.L2.count unknown. Known: C01.L1.kind, C02.L1.any, C03.L2.one-developing = 3 of 9.
        assertThat(result.overall().score()).isEqualTo(20.8);
        assertThat(result.overall().coverage()).isEqualTo(0.333);
    }

    @Test
    void domainScoreRoundsTheMeanHalfUp() {
        // Capability 1: flag + kind = 3 of 8 = 37.5; capability 2: any met, count unmet = 50. D1 = 43.75 -> 43.8.
        Assessment result = MiniPack.engine().assess(MiniPack.country()
                .add("a.flag", true).add("a.kind", "x").add("a.count", 1)
                .add("b.one", true).add("b.two", false).add("b.three", "low").build());
        assertThat(result.capability(1).orElseThrow().score()).isEqualTo(37.5);
        assertThat(result.capability(2).orElseThrow().score()).isEqualTo(50.0);
        assertThat(result.domains().get(0).score()).isEqualTo(43.8);
    }

    @Test
    void itemOrderDoesNotChangeTheResultBytes() {
        Evidence evidence = fullCapabilityOne().add("b.one", true).add("b.two", false).add("c.flag", true).build();
        String expected = MiniPack.engine().assess(evidence).toJson();
        Random random = new Random(42);
        for (int i = 0; i < 10; i++) {
            List<EvidenceItem> items = new ArrayList<>(evidence.items());
            Collections.shuffle(items, random);
            Evidence shuffled = new Evidence(evidence.country(), evidence.assessedOn(), items, evidence.origin());
            assertThat(MiniPack.engine().assess(shuffled).toJson()).isEqualTo(expected);
        }
    }

    @Test
    void resultNamesEngineAndPackVersions() {
        Assessment result = MiniPack.engine().assess(MiniPack.country().build());
        assertThat(result.engine().name()).isEqualTo("mnr-engine");
        assertThat(result.engine().version()).isNotBlank();
        assertThat(result.packs()).extracting(p -> p.id() + " " + p.version()).containsExactly("mini 0.1.0");
        assertThat(result.toJson()).contains("\"packs\": [").contains("\"version\": \"0.1.0\"");
    }
}
