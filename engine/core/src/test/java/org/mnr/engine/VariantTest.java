package org.mnr.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mnr.engine.evidence.Evidence;
import org.mnr.engine.pack.PackException;
import org.mnr.engine.result.Assessment;
import org.mnr.engine.result.CriterionResult;
import org.mnr.engine.result.Status;

class VariantTest {

    private static Evidence.Builder member(String... memberships) {
        return MiniPack.country().memberships(memberships);
    }

    @Test
    void variantAppliesThroughMembershipAndSaysWhatItChanged() {
        Assessment result = MiniPack.engineWithVariants().assess(member("Vone").add("a.kind", "z").add("variant-one.flag", true).build());
        assertThat(result.packs()).extracting(p -> p.id()).containsExactly("mini", "variant-one");

        CriterionResult replaced = result.criterion("C01.L1.kind").orElseThrow();
        assertThat(replaced.status()).isEqualTo(Status.MET);
        assertThat(replaced.weight()).isEqualTo(2);
        assertThat(replaced.replacedBy()).isEqualTo("variant-one");
        assertThat(replaced.replacedTitle()).isEqualTo("The kind is x or y");
        assertThat(replaced.pack()).isEqualTo("variant-one");

        CriterionResult added = result.criterion("VARIANT-ONE.C01.L2.extra").orElseThrow();
        assertThat(added.status()).isEqualTo(Status.MET);
        assertThat(added.addedBy()).isEqualTo("variant-one");

        CriterionResult waived = result.criterion("C03.L1.flag").orElseThrow();
        assertThat(waived.status()).isEqualTo(Status.WAIVED);
        assertThat(waived.waivedBy()).isEqualTo("variant-one");
        assertThat(waived.reason()).contains("does not need");
    }

    @Test
    void waivedCriterionCountsNowhere() {
        // Capability 3 without C03.L1.flag: level 1 has no criteria left and is passed through; the cross
        // criterion at level 2 is unmet.
        Assessment result = MiniPack.engineWithVariants().assess(member("Vone").build());
        assertThat(result.capability(3).orElseThrow().level()).isEqualTo(1);
        assertThat(result.capability(3).orElseThrow().next().level()).isEqualTo(2);
        assertThat(result.capability(3).orElseThrow().coverage()).isEqualTo(1.0);
        assertThat(result.capability(3).orElseThrow().next().blocking()).containsExactly("C03.L2.one-developing");
    }

    @Test
    void withoutTheMembershipTheBaseCriteriaApply() {
        Assessment result = MiniPack.engineWithVariants().assess(MiniPack.country().add("a.kind", "z").build());
        assertThat(result.packs()).extracting(p -> p.id()).containsExactly("mini");
        assertThat(result.criterion("C01.L1.kind").orElseThrow().status()).isEqualTo(Status.UNMET);
        assertThat(result.criterion("VARIANT-ONE.C01.L2.extra")).isEmpty();
    }

    @Test
    void keyOfAVariantThatDoesNotApplyIsIgnoredWithAWarning() {
        Assessment result = MiniPack.engineWithVariants().assess(MiniPack.country().add("variant-one.flag", true).build());
        assertThat(result.warnings()).singleElement().asString().contains("variant-one.flag").contains("does not apply");
    }

    @Test
    void namedVariantsOverrideMemberships() {
        Assessment named = MiniPack.engineWithVariants().assess(MiniPack.country().build(), Variants.named(List.of("variant-two")));
        assertThat(named.packs()).extracting(p -> p.id()).containsExactly("mini", "variant-two");
        Assessment none = MiniPack.engineWithVariants().assess(member("Vone").build(), Variants.none());
        assertThat(none.packs()).extracting(p -> p.id()).containsExactly("mini");
    }

    @Test
    void unknownNamedVariantIsRejected() {
        assertThatThrownBy(() -> MiniPack.engineWithVariants().assess(MiniPack.country().build(), Variants.named(List.of("nope"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no variant pack 'nope'");
    }

    @Test
    void twoApplicableVariantsChangingTheSameCriterionFailNamingBoth() {
        assertThatThrownBy(() -> MiniPack.engineWithVariants().assess(member("Vone", "Vtwo").build()))
                .isInstanceOf(PackException.class)
                .hasMessageContaining("variant-one")
                .hasMessageContaining("variant-two")
                .hasMessageContaining("C03.L1.flag");
    }
}
