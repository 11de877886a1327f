package org.mnr.testkit.cases;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mnr.engine.result.Assessment;
import org.mnr.engine.result.CapabilityResult;
import org.mnr.engine.result.CriterionResult;
import org.mnr.engine.result.PackVersion;
import org.mnr.engine.result.Status;

/**
 * A whole expected result file, as {@code mnr score} writes it: the packs used, and every capability's
 * level, score, coverage and criteria statuses.
 *
 * @param file the result file, for messages
 * @param packs the ids of the packs it was scored with, base first
 * @param capabilities what each capability must be, in file order
 */
public record ExpectedResult(String file, List<String> packs, List<Capability> capabilities) {

    /** Copies the lists. */
    public ExpectedResult {
        packs = List.copyOf(packs);
        capabilities = List.copyOf(capabilities);
    }

    /**
     * One capability of the expected result.
     *
     * @param id the capability number
     * @param level its level
     * @param score its score
     * @param coverage its coverage
     * @param criteria each criterion's status, by id in file order
     */
    public record Capability(int id, int level, double score, double coverage, Map<String, Status> criteria) {

        /** Copies the map, keeping its order. */
        public Capability {
            criteria = new LinkedHashMap<>(criteria);
        }
    }

    /**
     * Every difference from the result: the packs, each capability's level, score and coverage, each
     * criterion's status, and criteria or capabilities only one side has.
     */
    public List<String> check(Assessment actual) {
        Mismatches mismatches = new Mismatches(actual);
        List<String> actualPacks = actual.packs().stream().map(PackVersion::id).toList();
        if (!actualPacks.equals(packs)) {
            mismatches.add("packs: expected " + String.join(", ", packs) + ", was " + String.join(", ", actualPacks));
        }
        Set<Integer> expectedIds = new LinkedHashSet<>();
        for (Capability capability : capabilities) {
            expectedIds.add(capability.id());
            mismatches.level(capability.id(), capability.level());
            mismatches.score(capability.id(), capability.score());
            mismatches.coverage(capability.id(), capability.coverage());
            capability.criteria().forEach(mismatches::status);
            CapabilityResult result = actual.capability(capability.id()).orElse(null);
            if (result != null) {
                for (CriterionResult criterion : result.criteria()) {
                    if (!capability.criteria().containsKey(criterion.id())) {
                        mismatches.add(criterion.id() + ": was " + criterion.status().id() + ", but " + file + " does not list it");
                    }
                }
            }
        }
        for (CapabilityResult result : actual.capabilities()) {
            if (!expectedIds.contains(result.id())) {
                mismatches.add("capability " + result.id() + ": in the result, but " + file + " does not list it");
            }
        }
        return mismatches.lines();
    }
}
