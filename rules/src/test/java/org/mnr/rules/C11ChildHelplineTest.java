package org.mnr.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mnr.testkit.PackCase;
import org.mnr.testkit.PackHarness;

/** Capability 11, Child Helpline: c11-child-helpline.drl. */
class C11ChildHelplineTest {

    private static final PackHarness PACKS = PackHarness.onClassPath();

    private static PackCase given(EvidenceMap evidence) {
        return evidence.applyTo(PACKS.country("XA"));
    }

    // --- positive cases

    @Test
    void everyCriterionMetWithDevelopingVictimSupportReachesMature() {
        given(Fixtures.complete(11))
                .expectMet("C11.L1.free-of-charge", "C11.L1.helpline-exists",
                        "C11.L2.round-the-clock", "C11.L2.trained-counsellors",
                        "C11.L3.chi-full-member", "C11.L3.multichannel", "C11.L3.short-number", "C11.L3.support-referral",
                        "C11.L4.answer-rate")
                .expectLevel(8, 2)
                .expectLevel(11, 4)
                .expectScore(11, 100.0)
                .verify();
    }

    @Test
    void levelsOneAndTwoMetWithoutVictimSupportEvidenceStopAtDeveloping() {
        // Model 1.1 (docs/model.md): the capability read has no evidence for its higher levels, so its level is still
        // open and could reach what the criterion needs: unknown, not unmet.
        given(Fixtures.own(11, 2))
                .expectMet("C11.L1.free-of-charge", "C11.L1.helpline-exists",
                        "C11.L2.round-the-clock", "C11.L2.trained-counsellors")
                .expectUnknown("C11.L3.chi-full-member", "C11.L3.multichannel", "C11.L3.short-number", "C11.L4.answer-rate")
                .expectLevel(11, 2)
                .expectScore(11, 54.5) // 6 of 11
                .expectUnknown("C11.L3.support-referral")
                .verify();
    }

    // --- equals (boolean)

    @Test
    void aHelplineThatChargesIsUnmetAndLeavesLevelZero() {
        given(Fixtures.own(11, 2).with("helpline.free_of_charge", false))
                .expectUnmet("C11.L1.free-of-charge")
                .expectMet("C11.L1.helpline-exists", "C11.L2.round-the-clock")
                .expectLevel(11, 0)
                .verify();
    }

    @Test
    void missingHelplineEvidenceIsUnknownAndLeavesLevelZero() {
        given(Fixtures.own(11, 1).without("helpline.exists"))
                .expectUnknown("C11.L1.helpline-exists")
                .expectLevel(11, 0)
                .verify();
    }

    // --- atLeast(168): hours

    @Test
    void oneHundredSixtyEightHoursIsRoundTheClockAndOneHundredSixtySevenIsNot() {
        given(Fixtures.own(11, 2).with("helpline.hours_per_week", 168))
                .expectMet("C11.L2.round-the-clock")
                .expectLevel(11, 2)
                .verify();
        given(Fixtures.own(11, 2).with("helpline.hours_per_week", 167))
                .expectUnmet("C11.L2.round-the-clock")
                .expectLevel(11, 1)
                .verify();
    }

    @Test
    void moreHoursThanAWeekHasAreRejected() {
        PACKS.country("XA").with("helpline.hours_per_week", 169)
                .verifyInvalid("helpline.hours_per_week", "out of range");
    }

    // --- atLeast(80): trained counsellors

    @Test
    void eightyPercentTrainedIsMetAndSeventyNineIsUnmet() {
        given(Fixtures.own(11, 2).with("helpline.counsellors_trained_pct", 80))
                .expectMet("C11.L2.trained-counsellors")
                .expectLevel(11, 2)
                .verify();
        given(Fixtures.own(11, 2).with("helpline.counsellors_trained_pct", 79))
                .expectUnmet("C11.L2.trained-counsellors")
                .expectLevel(11, 1)
                .verify();
    }

    @Test
    void missingTrainedShareIsUnknown() {
        given(Fixtures.own(11, 2).without("helpline.counsellors_trained_pct"))
                .expectUnknown("C11.L2.trained-counsellors")
                .expectLevel(11, 1)
                .verify();
    }

    // --- includesAll: channels

    @Test
    void exactlyVoiceAndChatAreMultichannel() {
        given(Fixtures.reaching(11, 3).withMembers("helpline.channels", "voice", "chat"))
                .expectMet("C11.L3.multichannel")
                .expectLevel(11, 3)
                .verify();
    }

    @Test
    void channelsWithoutChatAreUnmet() {
        given(Fixtures.reaching(11, 3).withMembers("helpline.channels", "voice", "sms", "email", "messaging_apps"))
                .expectUnmet("C11.L3.multichannel")
                .expectLevel(11, 2)
                .verify();
    }

    // --- oneOf: number type

    @ParameterizedTest
    @ValueSource(strings = {"national_short_code", "harmonised_116111"})
    void aShortCodeOr116111IsMet(String number) {
        given(Fixtures.reaching(11, 3).with("helpline.number_type", number))
                .expectMet("C11.L3.short-number")
                .expectLevel(11, 3)
                .verify();
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "long_number"})
    void aLongOrNoNumberIsUnmet(String number) {
        given(Fixtures.reaching(11, 3).with("helpline.number_type", number))
                .expectUnmet("C11.L3.short-number")
                .expectLevel(11, 2)
                .verify();
    }

    // --- cross-capability: capability 8 at Developing

    @Test
    void supportReferralIsMetWhenVictimSupportIsDeveloping() {
        given(Fixtures.own(11, 3).and(Fixtures.reaching(8, 2)))
                .expectLevel(8, 2)
                .expectMet("C11.L3.support-referral")
                .expectLevel(11, 3)
                .verify();
    }

    @Test
    void supportReferralIsUnmetWhenVictimSupportIsOnlyBuilding() {
        given(Fixtures.own(11, 3).and(Fixtures.reaching(8, 1)))
                .expectLevel(8, 1)
                .expectUnmet("C11.L3.support-referral")
                .expectMet("C11.L3.multichannel", "C11.L3.short-number")
                .expectLevel(11, 2)
                .verify();
    }

    // --- atLeast(80): answer rate

    @Test
    void eightyPercentAnsweredIsMetAndSeventyNineIsUnmet() {
        given(Fixtures.complete(11).with("helpline.answer_rate_pct", 80))
                .expectMet("C11.L4.answer-rate")
                .expectLevel(11, 4)
                .verify();
        given(Fixtures.complete(11).with("helpline.answer_rate_pct", 79))
                .expectUnmet("C11.L4.answer-rate")
                .expectLevel(11, 3)
                .verify();
    }

    // --- equals (enum): CHI membership (level 3 since 2.0.0: an input, not a mature outcome)

    @Test
    void fullChiMembershipIsMet() {
        given(Fixtures.complete(11).with("helpline.chi_membership", "full_member"))
                .expectMet("C11.L3.chi-full-member")
                .expectLevel(11, 4)
                .verify();
    }

    @Test
    void fullChiMembershipWithEveryOtherLevelThreeCriterionReachesEstablishedWithoutTheAnswerRate() {
        given(Fixtures.complete(11).without("helpline.answer_rate_pct"))
                .expectMet("C11.L3.chi-full-member")
                .expectUnknown("C11.L4.answer-rate")
                .expectLevel(11, 3)
                .verify();
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "associate_member"})
    void associateOrNoMembershipIsUnmet(String membership) {
        given(Fixtures.complete(11).with("helpline.chi_membership", membership))
                .expectUnmet("C11.L3.chi-full-member")
                .expectMet("C11.L4.answer-rate")
                .expectLevel(11, 2)
                .expectScore(11, 90.9) // 10 of 11
                .verify();
    }
}
