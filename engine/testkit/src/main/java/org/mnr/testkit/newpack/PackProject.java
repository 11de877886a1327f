package org.mnr.testkit.newpack;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.mnr.engine.EngineInfo;
import org.mnr.engine.internal.pack.PackReader;

/**
 * The project of a new variant pack, as {@code mnr new-pack ID} writes it: a POM that inherits
 * {@code org.mnr:mnr-pack-parent}, the pack's descriptor, vocabulary and criteria with one added criterion, the
 * {@code RulePack} class and the service file that make engines find it, and a test that builds with {@code mvn verify}.
 *
 * @param id the pack id, lower case, e.g. {@code oecs}
 * @param membership the membership code the variant applies to, e.g. {@code OECS}
 * @param javaPackage the package of its class, which is also the resource folder of its files
 * @param groupId the Maven group of the project
 */
@API(status = EXPERIMENTAL, since = "1.1")
public record PackProject(String id, String membership, String javaPackage, String groupId) {

    /**
     * The licence the generated POM names until its author chooses one. A project must name its own: Maven passes a
     * parent's {@code <licenses>} down to every child that declares none, and mnr-pack-parent's is the engine's Apache-2.0.
     */
    public static final String LICENCE_TO_CHOOSE = "TODO: your pack's licence";

    private static final Pattern PACK_ID = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern MEMBERSHIP = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
    private static final Pattern JAVA_PACKAGE = Pattern.compile("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)*");

    /**
     * Checks the names.
     *
     * @throws IllegalArgumentException naming the value that cannot be used and what would be
     */
    public PackProject {
        Objects.requireNonNull(id, "id");
        if (!PACK_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("'" + id + "' cannot be a pack id: use lower-case letters, digits and dashes,"
                    + " starting with a letter, e.g. oecs");
        }
        if (!MEMBERSHIP.matcher(Objects.requireNonNull(membership, "membership")).matches()) {
            throw new IllegalArgumentException("'" + membership + "' cannot be a membership code: use letters, digits, '_' and '-',"
                    + " starting with a letter, e.g. OECS");
        }
        if (!JAVA_PACKAGE.matcher(Objects.requireNonNull(javaPackage, "javaPackage")).matches()) {
            throw new IllegalArgumentException("'" + javaPackage + "' cannot be a Java package: use lower-case dotted names,"
                    + " e.g. org.example.oecs");
        }
        if (!JAVA_PACKAGE.matcher(Objects.requireNonNull(groupId, "groupId")).matches()) {
            throw new IllegalArgumentException("'" + groupId + "' cannot be a Maven group: use lower-case dotted names, e.g. org.example");
        }
    }

    /** A project for this pack id with the usual names: membership in capitals, package {@code org.example.mnr.ID}. */
    public static PackProject of(String id) {
        Objects.requireNonNull(id, "id");
        String javaName = id.replace('-', '_');
        return new PackProject(id, id.toUpperCase(Locale.ROOT), "org.example.mnr." + javaName, "org.example.mnr");
    }

    /** The same project with another membership code. */
    public PackProject withMembership(String code) {
        return new PackProject(id, code, javaPackage, groupId);
    }

    /** The same project in another Java package, and so another resource folder. */
    public PackProject withJavaPackage(String name) {
        return new PackProject(id, membership, name, groupId);
    }

    /** The same project in another Maven group. */
    public PackProject withGroupId(String group) {
        return new PackProject(id, membership, javaPackage, group);
    }

    /** The prefix of the ids of criteria the variant adds, the pack id in capitals, e.g. {@code OECS}. */
    public String criterionPrefix() {
        return id.toUpperCase(Locale.ROOT);
    }

    /** The resource folder of the pack's files, e.g. {@code org/example/mnr/oecs}. */
    public String resourceFolder() {
        return javaPackage.replace('.', '/');
    }

    /** The id of the criterion the project adds, as its test expects it. */
    public String addedCriterion() {
        return criterionPrefix() + ".C03.L2.example";
    }

    /** The evidence key that criterion reads. */
    public String addedKey() {
        return id + ".example.in_place";
    }

    /**
     * Writes the project into a folder that does not exist or is empty.
     *
     * @return the files written, relative to the folder, in the order written
     * @throws IllegalArgumentException when the folder holds files, which this never overwrites
     * @throws IOException when a file cannot be written
     */
    public List<Path> write(Path folder) throws IOException {
        if (Files.exists(folder) && (!Files.isDirectory(folder) || isNotEmpty(folder))) {
            throw new IllegalArgumentException(folder + " already exists and is not an empty folder; name a new folder for the"
                    + " project, nothing there has been changed");
        }
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, String> file : files().entrySet()) {
            Path path = folder.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
            written.add(folder.relativize(path));
        }
        return written;
    }

    private static boolean isNotEmpty(Path folder) throws IOException {
        try (var entries = Files.list(folder)) {
            return entries.findAny().isPresent();
        }
    }

    /** Every file of the project, by its path relative to the project folder. */
    public Map<String, String> files() {
        String className = className();
        String java = "src/main/java/" + resourceFolder() + "/";
        String test = "src/test/java/" + resourceFolder() + "/";
        String resources = "src/main/resources/" + resourceFolder() + "/";
        Map<String, String> files = new LinkedHashMap<>();
        files.put("pom.xml", pom());
        files.put(".gitignore", "target/\n");
        files.put(java + className + "Pack.java", packClass(className));
        files.put("src/main/resources/META-INF/services/org.mnr.engine.spi.RulePack", javaPackage + "." + className + "Pack\n");
        files.put(resources + "pack.yaml", descriptor());
        files.put(resources + "vocabulary.yaml", vocabulary());
        files.put(resources + id + ".yaml", criteria());
        files.put(test + className + "VariantTest.java", testClass(className));
        files.put("src/test/resources/logback-test.xml", LOGBACK);
        return files;
    }

    /** The class name stem, e.g. {@code Oecs} for {@code oecs}, {@code VariantOne} for {@code variant-one}. */
    private String className() {
        StringBuilder name = new StringBuilder();
        for (String part : id.split("-")) {
            if (!part.isEmpty()) {
                name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return Character.isDigit(name.charAt(0)) ? "Pack" + name : name.toString();
    }

    private String pom() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0"
                         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
                  <modelVersion>4.0.0</modelVersion>
                  <!-- mnr-pack-parent brings the engine (provided), the base pack and the test kit (test), and the build. -->
                  <parent>
                    <groupId>org.mnr</groupId>
                    <artifactId>mnr-pack-parent</artifactId>
                    <version>%s</version>
                    <relativePath/>
                  </parent>

                  <groupId>%s</groupId>
                  <artifactId>mnr-pack-%s</artifactId>
                  <version>0.1.0</version>
                  <name>%s</name>
                  <description>The %s variant of the MNR Maturity Engine's base pack.</description>
                  <!-- TODO: choose your pack's licence and name it here, e.g. <name>MIT</name>; without its own, the pack
                       would claim the MNR engine's Apache-2.0, which mnr-pack-parent declares and Maven passes down. -->
                  <licenses><license><name>%s</name></license></licenses>

                  <properties><mnr.module.name>%s</mnr.module.name></properties>
                </project>
                """.formatted(EngineInfo.version(), groupId, id, "MNR pack " + id, id, LICENCE_TO_CHOOSE, javaPackage);
    }

    private String packClass(String className) {
        return """
                package %s;

                import org.mnr.engine.spi.RulePack;

                /** The %s variant: its files are in {@code %s}; META-INF/services/org.mnr.engine.spi.RulePack names this class. */
                public final class %sPack implements RulePack {

                    @Override
                    public String resourceFolder() {
                        return "%s";
                    }
                }
                """.formatted(javaPackage, id, resourceFolder(), className, resourceFolder());
    }

    private String descriptor() {
        return """
                # Regional variant %s, for countries with membership %s.
                id: %s
                name: %s
                version: 0.1.0
                engineApi: %d
                extends: mnr %s
                appliesTo: [%s]
                vocabulary: vocabulary.yaml
                criteria:
                  - %s.yaml
                """.formatted(id, membership, id, membership, PackReader.ENGINE_API, baseRange(), membership, id);
    }

    /**
     * The major.minor version of the base pack {@code mnr} that this release's {@code mnr-rules} artifact holds
     * (its {@code pack.yaml}); the pack's content is versioned apart from the engine (docs/changes.md).
     */
    static final String BASE_PACK_VERSION = "2.0";

    /** The versions of the base pack this project is written for: those of the shipped base's major version, from it on. */
    private static String baseRange() {
        int major = Integer.parseInt(BASE_PACK_VERSION.split("\\.")[0]);
        return ">=" + BASE_PACK_VERSION + " <" + (major + 1);
    }

    private String vocabulary() {
        return """
                # Evidence keys this variant adds, each starting with the pack id.

                # --- 3 Legislation
                - key: %s
                  capability: 3
                  type: boolean
                  description: "An example of what the variant asks for. Proof: say which document shows it."
                """.formatted(addedKey());
    }

    private String criteria() {
        return """
                # Variant %s: what it adds to, replaces in and waives from the base pack mnr (see the README's designer section).

                adds:
                  - id: %s
                    capability: 3
                    level: 2
                    weight: 1
                    title: "An example criterion the variant adds"
                    when: {key: %s, equals: true}

                # replaces:      # a base criterion, same id, capability and level; new title, condition or weight
                #   - id: C08.L3.child-friendly-centres
                #     ...
                """.formatted(id, addedCriterion(), addedKey());
    }

    private String testClass(String className) {
        return """
                package %1$s;

                import static org.assertj.core.api.Assertions.assertThat;

                import org.junit.jupiter.api.Test;
                import org.mnr.testkit.PackHarness;

                /** The %2$s variant, tested with the base pack mnr on the class path. */
                class %3$sVariantTest {

                    private static final PackHarness PACKS = PackHarness.onClassPath();

                    @Test
                    void theAddedCriterionIsMetForAMemberWithTheEvidence() {
                        PACKS.country("XA").memberships("%4$s")
                                .with("%5$s", true)
                                .expectMet("%6$s")
                                .verify();
                    }

                    @Test
                    void theAddedCriterionIsUnknownWithoutTheEvidence() {
                        PACKS.country("XA").memberships("%4$s")
                                .expectUnknown("%6$s")
                                .verify();
                    }

                    @Test
                    void theVariantDoesNotApplyToACountryWithoutTheMembership() {
                        assertThat(PACKS.country("XA").assess().criterion("%6$s")).isEmpty();
                    }
                }
                """.formatted(javaPackage, id, className, membership, addedKey(), addedCriterion());
    }

    private static final String LOGBACK = """
            <configuration>
              <!-- Quiet tests: the engine logs at debug only. -->
              <appender name="STDERR" class="ch.qos.logback.core.ConsoleAppender">
                <target>System.err</target>
                <encoder><pattern>%level %logger{0} - %msg%n</pattern></encoder>
              </appender>
              <root level="WARN"><appender-ref ref="STDERR"/></root>
            </configuration>
            """;
}
