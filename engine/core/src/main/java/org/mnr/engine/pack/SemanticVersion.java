package org.mnr.engine.pack;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pack's version, a semantic version (semver.org 2.0.0): {@code MAJOR.MINOR.PATCH}, with an optional pre-release
 * ({@code -rc.1}) and build ({@code +sha.5114f85}); ordered by precedence, the build ignored.
 *
 * @param major the major number
 * @param minor the minor number
 * @param patch the patch number
 * @param preRelease the pre-release identifiers, empty for a release
 * @param build the build metadata, empty when none; it does not take part in order or equality
 */
@API(status = EXPERIMENTAL, since = "1.1")
public record SemanticVersion(BigInteger major, BigInteger minor, BigInteger patch, List<String> preRelease, String build)
        implements Comparable<SemanticVersion> {

    // The regular expression semver.org gives, with named groups.
    private static final Pattern SEMVER = Pattern.compile("^(?<major>0|[1-9]\\d*)\\.(?<minor>0|[1-9]\\d*)\\.(?<patch>0|[1-9]\\d*)"
            + "(?:-(?<pre>(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
            + "(?:\\+(?<build>[0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$");
    private static final Pattern NUMERIC = Pattern.compile("0|[1-9]\\d*");

    /** Copies the pre-release identifiers. */
    public SemanticVersion {
        Objects.requireNonNull(major, "major");
        Objects.requireNonNull(minor, "minor");
        Objects.requireNonNull(patch, "patch");
        preRelease = List.copyOf(preRelease);
        build = build == null ? "" : build;
    }

    /** The version a text gives, or empty when it is not a semantic version. */
    public static Optional<SemanticVersion> parse(String text) {
        if (text == null || text.length() > 256) {
            return Optional.empty();
        }
        Matcher m = SEMVER.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        List<String> pre = m.group("pre") == null ? List.of() : List.of(m.group("pre").split("\\."));
        return Optional.of(new SemanticVersion(new BigInteger(m.group("major")), new BigInteger(m.group("minor")),
                new BigInteger(m.group("patch")), pre, m.group("build")));
    }

    @Override
    public int compareTo(SemanticVersion other) {
        int order = major.compareTo(other.major);
        order = order != 0 ? order : minor.compareTo(other.minor);
        order = order != 0 ? order : patch.compareTo(other.patch);
        if (order != 0) {
            return order;
        }
        // A pre-release comes before its release; identifiers compare one by one, numbers below words.
        if (preRelease.isEmpty() || other.preRelease.isEmpty()) {
            return Boolean.compare(preRelease.isEmpty(), other.preRelease.isEmpty());
        }
        for (int i = 0; i < Math.min(preRelease.size(), other.preRelease.size()); i++) {
            order = compareIdentifier(preRelease.get(i), other.preRelease.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(preRelease.size(), other.preRelease.size());
    }

    private static int compareIdentifier(String a, String b) {
        boolean numberA = NUMERIC.matcher(a).matches();
        boolean numberB = NUMERIC.matcher(b).matches();
        if (numberA && numberB) {
            return new BigInteger(a).compareTo(new BigInteger(b));
        }
        if (numberA != numberB) {
            return numberA ? -1 : 1;
        }
        return a.compareTo(b);
    }

    /** Equal by precedence: the build metadata does not count. */
    @Override
    public boolean equals(Object other) {
        return other instanceof SemanticVersion version && compareTo(version) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(major, minor, patch, preRelease);
    }

    /** The version as written, e.g. {@code 1.2.0-rc.1}. */
    @Override
    public String toString() {
        return major + "." + minor + "." + patch + (preRelease.isEmpty() ? "" : "-" + String.join(".", preRelease))
                + (build.isEmpty() ? "" : "+" + build);
    }
}
