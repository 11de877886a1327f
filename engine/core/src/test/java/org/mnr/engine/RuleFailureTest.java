package org.mnr.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.mnr.engine.internal.evaluation.Evaluator;
import org.mnr.engine.error.RuleFailureException;
import org.mnr.engine.evidence.Evidence;
import org.mnr.engine.result.Status;

/** A pack's rule that loops or throws stops its assessment with an error naming the pack, the rule and the country. */
class RuleFailureTest {

    private static final int BOUND = 500;

    private static MaturityEngine engine;

    private static synchronized MaturityEngine engine() {
        if (engine == null) {
            engine = MaturityEngine.builder().withoutClassPathPacks()
                    .packFolder(MiniPack.PACKS.resolve("mini"))
                    .packFolder(MiniPack.PACKS.resolve("rogue"))
                    .maxRuleFirings(BOUND)
                    .build();
        }
        return engine;
    }

    private static Evidence rogue(String key, Object value) {
        return MiniPack.country().memberships("Rogue").add("a.flag", true).item(key, value, null).build();
    }

    @Test
    void ruleThatUpdatesItsOwnFactIsStoppedAtTheBound() {
        assertThatThrownBy(() -> engine().assess(rogue("rogue.update", true)))
                .isInstanceOfSatisfying(RuleFailureException.class, e -> {
                    assertThat(e.kind()).isEqualTo(RuleFailureException.Kind.LOOP);
                    assertThat(e.pack()).isEqualTo("rogue");
                    assertThat(e.rule()).isEqualTo("ROGUE.C01.L2.update-loop");
                    assertThat(e.country()).isEqualTo("XA");
                    assertThat(e.getMessage()).contains("rule \"ROGUE.C01.L2.update-loop\" of pack rogue")
                            .contains("while assessing XA (<code>)").contains("limit of 500 firings").contains("loops");
                });
    }

    @Test
    void whenFiringCountsTieTheRuleThatKeepsFiringIsBlamed() {
        // A loop that starts after the sound rules (named before it) have fired: at some bound their counts tie.
        for (int bound = 2; bound <= 12; bound++) {
            MaturityEngine tight = MaturityEngine.builder().withoutClassPathPacks().packFolder(MiniPack.PACKS.resolve("mini"))
                    .packFolder(MiniPack.PACKS.resolve("rogue")).maxRuleFirings(bound).build();
            Evidence evidence = MiniPack.country().memberships("Rogue").add("a.flag", true).add("a.count", 42).add("a.kind", "y")
                    .item("rogue.late", true, null).build();
            int shown = bound;
            assertThatThrownBy(() -> tight.assess(evidence)).as("bound %d", shown)
                    .isInstanceOfSatisfying(RuleFailureException.class, e -> assertThat(e.rule()).as("bound %d", shown)
                            .isEqualTo("ROGUE.C01.L2.late-loop"));
        }
    }

    @Test
    void ruleThatInsertsFactsForEverIsStoppedAtTheBound() {
        assertThatThrownBy(() -> engine().assess(rogue("rogue.insert", true)))
                .isInstanceOfSatisfying(RuleFailureException.class, e -> {
                    assertThat(e.kind()).isEqualTo(RuleFailureException.Kind.LOOP);
                    assertThat(e.rule()).isEqualTo("ROGUE.C01.L2.insert-loop");
                    assertThat(e.pack()).isEqualTo("rogue");
                });
    }

    @Test
    void ruleThatThrowsInItsActionIsReportedWithItsCause() {
        assertThatThrownBy(() -> engine().assess(rogue("rogue.throw", true)))
                .isInstanceOfSatisfying(RuleFailureException.class, e -> {
                    assertThat(e.kind()).isEqualTo(RuleFailureException.Kind.ERROR);
                    assertThat(e.pack()).isEqualTo("rogue");
                    assertThat(e.rule()).isEqualTo("ROGUE.C01.L2.throws");
                    assertThat(e.getMessage()).contains("rule \"ROGUE.C01.L2.throws\" of pack rogue failed while assessing XA")
                            .contains("the rule broke on purpose");
                });
    }

    @Test
    void ruleWhoseConditionThrowsIsReported() {
        assertThatThrownBy(() -> engine().assess(rogue("rogue.condition", new BigDecimal("1.5"))))
                .isInstanceOfSatisfying(RuleFailureException.class, e -> {
                    assertThat(e.kind()).isEqualTo(RuleFailureException.Kind.ERROR);
                    assertThat(e.rule()).isEqualTo("ROGUE.C01.L2.condition-throws");
                    assertThat(e.pack()).isEqualTo("rogue");
                    assertThat(e.getMessage()).contains("while assessing XA");
                });
    }

    @Test
    void theEngineStillScoresOtherCountriesAfterARuleFailed() {
        assertThatThrownBy(() -> engine().assess(rogue("rogue.update", true))).isInstanceOf(RuleFailureException.class);
        var result = engine().assess(rogue("rogue.condition", BigDecimal.ONE));
        assertThat(result.criterion("ROGUE.C01.L2.condition-throws").orElseThrow().status()).isEqualTo(Status.MET);
        assertThat(result.criterion("C01.L1.flag").orElseThrow().status()).isEqualTo(Status.MET);
    }

    @Test
    void theBoundIsTheBuildersAndDefaultsToTheEvaluators() {
        assertThat(engine().maxRuleFirings()).isEqualTo(BOUND);
        assertThat(MiniPack.engine().maxRuleFirings()).isEqualTo(Evaluator.MAX_FIRINGS);
        assertThatThrownBy(() -> MaturityEngine.builder().maxRuleFirings(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBoundBelowWhatAPackNeedsStopsEvenCorrectRules() {
        MaturityEngine tight = MaturityEngine.builder().withoutClassPathPacks().packFolder(MiniPack.PACKS.resolve("mini"))
                .maxRuleFirings(2).build();
        Evidence full = MiniPack.country().add("a.flag", true).add("a.kind", "x").add("a.count", 10).add("b.one", true)
                .add("c.flag", true).build();
        assertThatThrownBy(() -> tight.assess(full)).isInstanceOf(RuleFailureException.class)
                .hasMessageContaining("limit of 2 firings");
    }
}
