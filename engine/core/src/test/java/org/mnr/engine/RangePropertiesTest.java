package org.mnr.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.mnr.engine.evidence.Confidence;
import org.mnr.engine.result.Assessment;
import org.mnr.engine.result.CapabilityResult;
import org.mnr.engine.result.CriterionResult;
import org.mnr.engine.result.DomainResult;
import org.mnr.engine.result.Status;

/**
 * What docs/model.md implies for any evidence, on the pack of {@link RangesPack} with random items and confidences:
 * ranges hold their point, statuses carry their reasons, removing evidence never raises a level nor lowers an upper
 * level, and a capability's confidence is exactly the strongest minimum at which it keeps its level.
 */
class RangePropertiesTest {

    private static final List<String> CONFIDENCES = List.of("", ", confidence: verified", ", confidence: documented",
            ", confidence: reported");

    @Provide
    Arbitrary<List<String>> evidence() {
        Arbitrary<String> confidence = Arbitraries.of(CONFIDENCES);
        List<Arbitrary<String>> items = new ArrayList<>();
        for (String key : List.of("a.one", "a.two", "a.three", "b.flag", "c.flag")) {
            items.add(item(key, Arbitraries.of("true", "false"), confidence));
        }
        items.add(item("a.hours", Arbitraries.integers().between(0, 200).map(String::valueOf), confidence));
        items.add(item("c.date", Arbitraries.of("2026-06-30", "2024-06-30", "2024-06-29", "2019-01-01"), confidence));
        return Combinators.combine(items).as(list -> list.stream().filter(s -> !s.isEmpty()).toList());
    }

    /** An item of the key, or none. */
    private static Arbitrary<String> item(String key, Arbitrary<String> value, Arbitrary<String> confidence) {
        Arbitrary<String> given = Combinators.combine(value, confidence).as((v, c) -> "- {key: " + key + ", value: " + v + c + "}");
        return Arbitraries.oneOf(given, Arbitraries.just(""));
    }

    private static Assessment assess(List<String> items) {
        return RangesPack.assess(String.join("\n", items));
    }

    @Property(tries = 60)
    void everyRangeHoldsItsPointAndEveryStatusItsReason(@ForAll("evidence") List<String> items) {
        Assessment result = assess(items);
        for (CapabilityResult capability : result.capabilities()) {
            assertThat(capability.level()).isLessThanOrEqualTo(capability.levelMax());
            assertThat(capability.score()).isLessThanOrEqualTo(capability.scoreMax());
            assertThat(capability.confidence() == null).isEqualTo(capability.level() == 0);
            for (CriterionResult criterion : capability.criteria()) {
                boolean reasons = !criterion.missing().isEmpty() || !criterion.missingLevels().isEmpty();
                assertThat(reasons).as(criterion.id()).isEqualTo(criterion.status() == Status.UNKNOWN);
            }
        }
        for (DomainResult domain : result.domains()) {
            assertThat(domain.level()).isLessThanOrEqualTo(domain.levelMax());
            assertThat(domain.score()).isLessThanOrEqualTo(domain.scoreMax());
        }
        assertThat(result.overall().score()).isLessThanOrEqualTo(result.overall().scoreMax());
    }

    @Property(tries = 40)
    void removingAnItemNeverRaisesALevelNorLowersAnUpperLevel(@ForAll("evidence") List<String> items) {
        Assessment all = assess(items);
        for (int i = 0; i < items.size(); i++) {
            List<String> fewer = new ArrayList<>(items);
            fewer.remove(i);
            Assessment less = assess(fewer);
            for (CapabilityResult capability : all.capabilities()) {
                CapabilityResult after = less.capability(capability.id()).orElseThrow();
                assertThat(after.level()).as("capability %d without %s", capability.id(), items.get(i)).isLessThanOrEqualTo(capability.level());
                assertThat(after.levelMax()).as("capability %d without %s", capability.id(), items.get(i))
                        .isGreaterThanOrEqualTo(capability.levelMax());
            }
        }
    }

    @Property(tries = 40)
    void aCapabilitysConfidenceIsTheStrongestMinimumThatKeepsItsLevel(@ForAll("evidence") List<String> items) {
        Assessment all = assess(items);
        String evidence = String.join("\n", items);
        List<Assessment> byMinimum = new ArrayList<>();
        for (Confidence minimum : Confidence.values()) {
            byMinimum.add(RangesPack.assess(RangesPack.engine(minimum), evidence));
        }
        for (CapabilityResult capability : all.capabilities()) {
            if (capability.level() == 0) {
                continue;
            }
            for (Confidence minimum : Confidence.values()) {
                int level = byMinimum.get(minimum.ordinal()).capability(capability.id()).orElseThrow().level();
                // Keeping only stronger items never raises a level.
                assertThat(level).isLessThanOrEqualTo(capability.level());
                assertThat(level == capability.level()).as("capability %d at minimum %s", capability.id(), minimum)
                        .isEqualTo(minimum.compareTo(capability.confidence()) >= 0);
            }
        }
    }
}
