package org.mnr.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.Version;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mnr.engine.error.DependencyVersionException;
import org.mnr.engine.error.ProblemCode;

/** Building an engine with a Jackson older than 2.16 fails at once, naming the version found and the one needed. */
class JacksonVersionTest {

    private static Version core(int major, int minor, int patch) {
        return new Version(major, minor, patch, null, "com.fasterxml.jackson.core", "jackson-core");
    }

    @Test
    void jacksonTwoFifteenAsSpringBootThreeTwoPinsItIsRefusedWithBothVersionsNamed() {
        assertThatThrownBy(() -> JacksonVersion.require(List.of(core(2, 23, 0), core(2, 15, 4))))
                .isInstanceOf(DependencyVersionException.class)
                .hasMessageContaining("com.fasterxml.jackson.core:jackson-core 2.15.4")
                .hasMessageContaining("needs Jackson 2.16 or later")
                .satisfies(e -> assertThat(((DependencyVersionException) e).code()).isEqualTo(ProblemCode.ENGINE_DEPENDENCY_VERSION));
    }

    @Test
    void theMinimumItselfAndLaterVersionsPass() {
        assertThatCode(() -> JacksonVersion.require(List.of(core(2, 16, 0), core(2, 17, 2), core(3, 0, 0)))).doesNotThrowAnyException();
    }

    @Test
    void theJacksonTheBuildUsesPasses() {
        assertThatCode(JacksonVersion::require).doesNotThrowAnyException();
    }
}
