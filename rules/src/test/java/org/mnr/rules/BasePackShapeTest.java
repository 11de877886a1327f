package org.mnr.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.mnr.engine.pack.PackRules;
import org.mnr.engine.model.Criterion;
import org.mnr.engine.model.EvidenceKey;
import org.mnr.engine.result.Assessment;
import org.mnr.engine.result.CapabilityResult;
import org.mnr.engine.result.CriterionResult;
import org.mnr.engine.result.Status;
import org.mnr.testkit.PackHarness;

/** The shape of the base pack {@code mnr}: its criteria, their metadata and what no evidence at all yields. */
class BasePackShapeTest {

    private static final PackHarness PACKS = PackHarness.onClassPath();

    private static PackRules base() {
        return PACKS.engine().packRules().stream()
                .filter(p -> p.pack().id().equals("mnr"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the base pack mnr is not loaded"));
    }

    @Test
    void theBasePackIsLoadedAsTheOnlyPackAndIsNotAVariant() {
        List<PackRules> packs = PACKS.engine().packRules();
        assertThat(packs).extracting(p -> p.pack().id()).containsExactly("mnr");
        assertThat(base().pack().descriptor().isVariant()).isFalse();
    }

    @Test
    void theBasePackHas191Criteria() {
        assertThat(base().criteria()).hasSize(191);
        assertThat(base().criteria()).extracting(Criterion::id).doesNotHaveDuplicates();
    }

    @Test
    void everyCapabilityHasCriteriaAtEveryLevel() {
        Map<Integer, Set<Integer>> levels = new TreeMap<>();
        for (Criterion criterion : base().criteria()) {
            levels.computeIfAbsent(criterion.capability(), c -> new TreeSet<>()).add(criterion.level());
        }
        assertThat(levels.keySet()).containsExactlyElementsOf(IntStream.rangeClosed(1, 21).boxed().toList());
        levels.forEach((capability, found) ->
                assertThat(found).as("levels of capability %d", capability).containsExactly(1, 2, 3, 4));
    }

    @Test
    void criteriaPerCapabilityMatchTheirDrlFiles() {
        Map<Integer, Long> counts = base().criteria().stream()
                .collect(Collectors.groupingBy(Criterion::capability, TreeMap::new, Collectors.counting()));
        assertThat(counts).containsExactlyEntriesOf(new TreeMap<>(Map.ofEntries(
                Map.entry(1, 10L), Map.entry(2, 10L), Map.entry(3, 11L), Map.entry(4, 12L), Map.entry(5, 10L),
                Map.entry(6, 8L), Map.entry(7, 8L), Map.entry(8, 10L), Map.entry(9, 8L), Map.entry(10, 10L),
                Map.entry(11, 9L), Map.entry(12, 9L), Map.entry(13, 8L), Map.entry(14, 8L), Map.entry(15, 10L),
                Map.entry(16, 10L), Map.entry(17, 8L), Map.entry(18, 8L), Map.entry(19, 8L), Map.entry(20, 8L),
                Map.entry(21, 8L))));
    }

    @Test
    void noTitleEndsWithAPeriod() {
        assertThat(base().criteria())
                .allSatisfy(c -> assertThat(c.title()).as("title of %s", c.id()).isNotBlank().doesNotEndWith("."));
    }

    @Test
    void everyIdNamesItsCapabilityAndLevel() {
        assertThat(base().criteria()).allSatisfy(c -> {
            assertThat(c.id()).as("id").matches("C\\d{2}\\.L[1-4]\\.[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(c.id()).as("id of capability %d level %d", c.capability(), c.level())
                    .startsWith(String.format("C%02d.L%d.", c.capability(), c.level()));
            assertThat(c.weight()).as("weight of %s", c.id()).isPositive();
        });
    }

    @Test
    void everyCriterionReadsKeysOfItsOwnCapabilityOrDependsOnAnother() {
        Map<String, EvidenceKey> vocabulary = base().pack().vocabulary().stream()
                .collect(Collectors.toMap(EvidenceKey::key, k -> k));
        assertThat(base().criteria()).allSatisfy(c -> {
            assertThat(c.reads().isEmpty() && c.dependsOn().isEmpty()).as("%s reads nothing", c.id()).isFalse();
            assertThat(c.reads()).as("keys %s reads", c.id()).allSatisfy(key -> {
                assertThat(vocabulary).containsKey(key);
                assertThat(vocabulary.get(key).capability()).as("capability of %s", key).isEqualTo(c.capability());
            });
            assertThat(c.dependsOn()).as("capabilities %s depends on", c.id()).doesNotContain(c.capability());
        });
    }

    @Test
    void crossCapabilityCriteriaAreTheOnesTheFixturesKnow() {
        Map<Integer, List<Integer>> dependsOn = base().criteria().stream()
                .filter(c -> !c.dependsOn().isEmpty())
                .collect(Collectors.toMap(Criterion::capability, Criterion::dependsOn, (a, b) -> {
                    throw new AssertionError("two cross-capability criteria in one capability");
                }, TreeMap::new));
        Map<Integer, List<Integer>> expected = new TreeMap<>();
        Fixtures.DEPENDENCIES.forEach((capability, dependency) -> expected.put(capability, List.of(dependency.capability())));
        assertThat(dependsOn).isEqualTo(expected);
        assertThat(base().criteria()).filteredOn(c -> !c.dependsOn().isEmpty())
                .allSatisfy(c -> {
                    assertThat(c.reads()).as("keys %s reads", c.id()).isEmpty();
                    assertThat(c.level()).as("level of %s", c.id())
                            .isEqualTo(Fixtures.DEPENDENCIES.get(c.capability()).atLevel());
                });
    }

    @Test
    void aCountryWithNoEvidenceIsAtLevelZeroEverywhereWithEveryKeyReadingCriterionUnknown() {
        Assessment assessment = PACKS.country("XA").assess();
        Map<String, Criterion> criteria = base().criteria().stream().collect(Collectors.toMap(Criterion::id, c -> c));

        assertThat(assessment.capabilities()).hasSize(21);
        assertThat(assessment.capabilities()).allSatisfy(capability -> {
            assertThat(capability.level()).as("level of capability %d", capability.id()).isZero();
            assertThat(capability.score()).as("score of capability %d", capability.id()).isZero();
        });
        List<CriterionResult> results = assessment.capabilities().stream()
                .flatMap(c -> c.criteria().stream()).toList();
        assertThat(results).hasSize(191);
        assertThat(results).allSatisfy(result -> {
            Criterion criterion = criteria.get(result.id());
            assertThat(criterion).as("criterion %s", result.id()).isNotNull();
            if (criterion.reads().isEmpty()) {
                // Model 1.1: with no evidence every capability's level is open (0, up to 4), so a criterion that reads
                // one is unknown through it, naming it, rather than unmet.
                assertThat(result.status()).as("status of cross-capability criterion %s", result.id()).isEqualTo(Status.UNKNOWN);
                assertThat(result.missing()).isEmpty();
                assertThat(result.missingLevels()).as("open levels of %s", result.id()).containsExactlyElementsOf(criterion.dependsOn());
            } else {
                assertThat(result.status()).as("status of %s", result.id()).isEqualTo(Status.UNKNOWN);
                assertThat(result.missing()).as("missing keys of %s", result.id()).containsExactlyElementsOf(criterion.reads());
            }
            assertThat(result.evidence()).isEmpty();
            assertThat(result.pack()).isEqualTo("mnr");
            assertThat(result.addedBy()).isNull();
            assertThat(result.replacedBy()).isNull();
            assertThat(result.waivedBy()).isNull();
        });
        // Nothing is unmet without evidence; the 13 cross-capability criteria are unknown through their dependency.
        assertThat(results).filteredOn(r -> r.status() == Status.UNMET).isEmpty();
        assertThat(results).filteredOn(r -> !r.missingLevels().isEmpty()).hasSize(13);
    }

    @Test
    void aCountryWithNoEvidenceHasEveryCriterionOfLevelsOneBlockingBuilding() {
        Assessment assessment = PACKS.country("XA").assess();
        for (CapabilityResult capability : assessment.capabilities()) {
            List<String> levelOne = capability.criteria().stream()
                    .filter(c -> c.level() == 1).map(CriterionResult::id).sorted().toList();
            assertThat(capability.next()).as("next step of capability %d", capability.id()).isNotNull();
            assertThat(capability.next().level()).isEqualTo(1);
            assertThat(capability.next().blocking()).as("blocking of capability %d", capability.id())
                    .containsExactlyElementsOf(levelOne);
        }
    }

    @Test
    void everyCriterionMetEverywhereGivesLevelFourAndFullScoresEverywhere() {
        // Each capability's own level-4 evidence; every capability a cross-capability criterion reads is then at 4.
        EvidenceMap all = EvidenceMap.none();
        for (int capability = 1; capability <= 21; capability++) {
            all = all.and(Fixtures.own(capability, 4));
        }
        var packCase = all.applyTo(PACKS.country("XA"));
        for (int capability = 1; capability <= 21; capability++) {
            packCase.expectLevel(capability, 4).expectScore(capability, 100.0);
        }
        Assessment assessment = packCase.verify();
        assertThat(assessment.capabilities().stream().flatMap(c -> c.criteria().stream()))
                .allSatisfy(c -> assertThat(c.status()).as("status of %s", c.id()).isEqualTo(Status.MET));
        assertThat(assessment.overall().score()).isEqualTo(100.0);
    }
}
