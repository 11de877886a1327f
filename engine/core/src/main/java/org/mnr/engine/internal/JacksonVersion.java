package org.mnr.engine.internal;

import com.fasterxml.jackson.core.Version;
import java.util.List;
import org.mnr.engine.error.DependencyVersionException;

/**
 * The oldest Jackson the engine runs with, checked when an engine is built rather than discovered as a
 * NoSuchMethodError in the middle of reading evidence.
 *
 * <p>2.16 is the minimum: the engine bounds what Jackson parses with
 * {@code StreamReadConstraints.Builder.maxDocumentLength} and {@code maxNameLength}, both new in 2.16; with 2.15
 * (as the Spring Boot 3.2 BOM pins it) building an engine failed with NoSuchMethodError.
 */
public final class JacksonVersion {

    /** The minimum version of jackson-core, jackson-databind and jackson-dataformat-yaml. */
    public static final Version MINIMUM = new Version(2, 16, 0, null, "com.fasterxml.jackson", "jackson");

    private JacksonVersion() {
    }

    /**
     * Fails when a Jackson module on the class path is older than {@link #MINIMUM}.
     *
     * @throws DependencyVersionException naming the module, the version found and the one needed
     */
    public static void require() {
        require(List.of(com.fasterxml.jackson.core.json.PackageVersion.VERSION,
                com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION,
                com.fasterxml.jackson.dataformat.yaml.PackageVersion.VERSION));
    }

    /** Fails when one of the given module versions is older than {@link #MINIMUM}. */
    static void require(List<Version> found) {
        for (Version version : found) {
            if (version.compareTo(new Version(MINIMUM.getMajorVersion(), MINIMUM.getMinorVersion(), 0, null,
                    version.getGroupId(), version.getArtifactId())) < 0) {
                throw new DependencyVersionException("the MNR engine needs Jackson " + MINIMUM.getMajorVersion() + "."
                        + MINIMUM.getMinorVersion() + " or later, but " + version.getGroupId() + ":" + version.getArtifactId()
                        + " " + version + " is on the class path; depend on com.fasterxml.jackson:jackson-bom "
                        + MINIMUM.getMajorVersion() + "." + MINIMUM.getMinorVersion() + " or later (e.g. override the version your"
                        + " framework's BOM pins)");
            }
        }
    }
}
