package org.mnr.engine.pack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Pack versions are semantic versions (semver.org 2.0.0), and a variant's base range admits exactly what it says. */
class VersionsTest {

    @ParameterizedTest
    @ValueSource(strings = {"banana", "1.0", "1", "01.0.0", "1.0.0.0", "v1.0.0", "1.0.0-", "1.0.0+", " 1.0.0", ""})
    void whatIsNotASemanticVersionIsRefused(String text) {
        assertThat(SemanticVersion.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"1.0.0,1.0.1", "1.0.1,1.1.0", "1.9.0,1.10.0", "1.0.0-alpha,1.0.0-alpha.1", "1.0.0-alpha.1,1.0.0-alpha.beta",
        "1.0.0-beta.2,1.0.0-beta.11", "1.0.0-rc.1,1.0.0", "0.9.9,1.0.0"})
    void versionsAreOrderedAsSemverOrgSays(String lower, String higher) {
        // The pairs are semver.org's own example of precedence, and its rules for numbers.
        assertThat(SemanticVersion.parse(lower).orElseThrow()).isLessThan(SemanticVersion.parse(higher).orElseThrow());
    }

    @Test
    void buildMetadataDoesNotCount() {
        assertThat(SemanticVersion.parse("1.0.0+abc")).isEqualTo(SemanticVersion.parse("1.0.0+def")).isEqualTo(SemanticVersion.parse("1.0.0"));
    }

    @ParameterizedTest
    @CsvSource({">=1.1 <3,1.1.0,true", ">=1.1 <3,2.9.9,true", ">=1.1 <3,1.0.9,false", ">=1.1 <3,3.0.0,false",
        ">= 1.1  < 3,2.0.0,true", "1.0.0,1.0.0,true", "=1.0.0,1.0.1,false", ">1,1.0.0,false", "<=2.1,2.1.0,true", "'',9.9.9,true"})
    void aRangeAdmitsExactlyItsVersions(String range, String version, boolean admitted) {
        assertThat(VersionRange.parse(range).orElseThrow().admits(SemanticVersion.parse(version).orElseThrow())).isEqualTo(admitted);
    }

    @ParameterizedTest
    @ValueSource(strings = {"~1.2", "^1", ">=1.1,<3", ">=banana", "1.x", ">=1.1 <3 or 4", "=>1"})
    void whatIsNotARangeIsRefused(String text) {
        assertThat(VersionRange.parse(text)).isEmpty();
    }
}
