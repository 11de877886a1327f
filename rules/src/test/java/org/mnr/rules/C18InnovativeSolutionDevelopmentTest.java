package org.mnr.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mnr.testkit.PackCase;
import org.mnr.testkit.PackHarness;

/** Capability 18, Innovative Solution Development: c18-innovative-solution-development.drl. */
class C18InnovativeSolutionDevelopmentTest {

    private static final PackHarness PACKS = PackHarness.onClassPath();

    private static PackCase given(EvidenceMap evidence) {
        return evidence.applyTo(PACKS.country("XA"));
    }

    // --- positive cases

    @Test
    void everyCriterionMetReachesMature() {
        given(Fixtures.complete(18))
                .expectMet("C18.L1.hash-matching-in-use", "C18.L1.stakeholder-forum",
                        "C18.L2.funded-research", "C18.L2.safety-by-design",
                        "C18.L3.hash-matching-adoption", "C18.L3.rights-safeguards",
                        "C18.L4.broad-toolset", "C18.L4.international-sharing")
                .expectLevel(18, 4)
                .expectScore(18, 100.0)
                .verify();
    }

    @Test
    void levelsOneAndTwoMetWithoutRightsSafeguardsStopAtDeveloping() {
        given(Fixtures.own(18, 2).with("innovation.rights_safeguards", false))
                .expectMet("C18.L1.hash-matching-in-use", "C18.L1.stakeholder-forum",
                        "C18.L2.funded-research", "C18.L2.safety-by-design")
                .expectUnmet("C18.L3.rights-safeguards", "C18.L4.broad-toolset")
                .expectUnknown("C18.L3.hash-matching-adoption", "C18.L4.international-sharing")
                .expectLevel(18, 2)
                .expectScore(18, 50.0) // 4 of 8
                .verify();
    }

    // --- includesAll (one member): hash matching in use

    @Test
    void toolsWithoutHashMatchingAreUnmetAndMissingToolsAreUnknown() {
        given(Fixtures.own(18, 2).withMembers("innovation.tools_deployed", "url_lists", "keyword_lists"))
                .expectUnmet("C18.L1.hash-matching-in-use", "C18.L4.broad-toolset")
                .expectMet("C18.L1.stakeholder-forum", "C18.L2.funded-research")
                .expectLevel(18, 0)
                .verify();
        given(Fixtures.own(18, 2).without("innovation.tools_deployed"))
                .expectUnknown("C18.L1.hash-matching-in-use", "C18.L4.broad-toolset")
                .expectLevel(18, 0)
                .verify();
    }

    // --- anyOf: stakeholder forum

    @Test
    void techCoalitionEngagementAloneMeetsTheCriterion() {
        given(Fixtures.own(18, 1).without("innovation.stakeholder_forum").with("innovation.tech_coalition_engagement", true))
                .expectMet("C18.L1.stakeholder-forum")
                .expectLevel(18, 1)
                .verify();
    }

    @Test
    void stakeholderForumWithBothBranchesFalseIsUnmet() {
        given(Fixtures.own(18, 1).with("innovation.stakeholder_forum", false).with("innovation.tech_coalition_engagement", false))
                .expectUnmet("C18.L1.stakeholder-forum")
                .expectLevel(18, 0)
                .verify();
    }

    @Test
    void stakeholderForumWithOneBranchFalseAndTheOtherMissingIsUnknown() {
        given(Fixtures.own(18, 1).with("innovation.stakeholder_forum", false))
                .expectUnknown("C18.L1.stakeholder-forum")
                .expectLevel(18, 0)
                .verify();
    }

    // --- atLeast(1): funded projects

    @Test
    void oneFundedProjectIsMetAndNoneIsUnmet() {
        given(Fixtures.own(18, 2).with("innovation.funded_projects_3y", 1))
                .expectMet("C18.L2.funded-research")
                .expectLevel(18, 2)
                .verify();
        given(Fixtures.own(18, 2).with("innovation.funded_projects_3y", 0))
                .expectUnmet("C18.L2.funded-research")
                .expectLevel(18, 1)
                .verify();
    }

    // --- oneOf: safety by design

    @ParameterizedTest
    @ValueSource(strings = {"voluntary_principles", "regulatory_requirement"})
    void voluntaryOrRegulatorySafetyByDesignIsMet(String expectation) {
        given(Fixtures.own(18, 2).with("innovation.safety_by_design", expectation))
                .expectMet("C18.L2.safety-by-design")
                .expectLevel(18, 2)
                .verify();
    }

    @Test
    void noSafetyByDesignIsUnmetAndMissingIsUnknown() {
        given(Fixtures.own(18, 2).with("innovation.safety_by_design", "none"))
                .expectUnmet("C18.L2.safety-by-design")
                .expectLevel(18, 1)
                .verify();
        given(Fixtures.own(18, 2).without("innovation.safety_by_design"))
                .expectUnknown("C18.L2.safety-by-design")
                .expectLevel(18, 1)
                .verify();
    }

    // --- atLeast(75): hash matching adoption

    @Test
    void seventyFivePercentAdoptionIsMetAndSeventyFourIsUnmet() {
        given(Fixtures.own(18, 3).with("innovation.hash_matching_pct", 75))
                .expectMet("C18.L3.hash-matching-adoption")
                .expectLevel(18, 3)
                .verify();
        given(Fixtures.own(18, 3).with("innovation.hash_matching_pct", 74))
                .expectUnmet("C18.L3.hash-matching-adoption")
                .expectLevel(18, 2)
                .verify();
    }

    // --- includesAll: broad toolset

    @Test
    void exactlyTheFiveRequiredToolsAreABroadToolset() {
        given(Fixtures.complete(18).withMembers("innovation.tools_deployed", "hash_matching", "url_lists", "csam_classifiers",
                "grooming_classifiers", "deterrence_messages"))
                .expectMet("C18.L1.hash-matching-in-use", "C18.L4.broad-toolset")
                .expectLevel(18, 4)
                .verify();
    }

    @Test
    void toolsWithoutGroomingClassifiersAreNotABroadToolset() {
        given(Fixtures.complete(18).withMembers("innovation.tools_deployed", "hash_matching", "url_lists", "keyword_lists",
                "csam_classifiers", "deterrence_messages"))
                .expectMet("C18.L1.hash-matching-in-use")
                .expectUnmet("C18.L4.broad-toolset")
                .expectLevel(18, 3)
                .verify();
    }

    // --- equals (boolean): international sharing

    @Test
    void toolsNotSharedIsUnmetAndMissingIsUnknown() {
        given(Fixtures.complete(18).with("innovation.tools_shared_internationally", false))
                .expectUnmet("C18.L4.international-sharing")
                .expectLevel(18, 3)
                .verify();
        given(Fixtures.complete(18).without("innovation.tools_shared_internationally"))
                .expectUnknown("C18.L4.international-sharing")
                .expectLevel(18, 3)
                .verify();
    }
}
