package org.mnr.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mnr.engine.error.ProblemCode;
import org.mnr.engine.pack.Pack;
import org.mnr.engine.pack.PackException;

/**
 * A pack given as a jar (issue 16): loaded in a class loader of its own beside the base pack; a jar without its
 * service file, a file that is not a jar, and a second pack with a loaded pack's id are errors that say so.
 */
class PackJarTest {

    @TempDir
    static Path dir;

    private static Path jar;

    /** A jar as a pack's build makes it: a RulePack class compiled here (on no class path), its service file, its files. */
    @BeforeAll
    static void buildJar() throws IOException {
        Path source = dir.resolve("src/jarpack/VariantOnePack.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, "package jarpack;\npublic final class VariantOnePack implements org.mnr.engine.spi.RulePack {\n"
                + "    @Override public String resourceFolder() { return \"jarpack/variant-one\"; }\n}\n");
        Path classes = dir.resolve("classes");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac.run(null, null, null, "-d", classes.toString(), "-cp", System.getProperty("java.class.path"), source.toString()))
                .isZero();
        Map<String, byte[]> entries = new TreeMap<>();
        entries.put("jarpack/VariantOnePack.class", Files.readAllBytes(classes.resolve("jarpack/VariantOnePack.class")));
        entries.put("META-INF/services/org.mnr.engine.spi.RulePack", "jarpack.VariantOnePack\n".getBytes(StandardCharsets.UTF_8));
        for (String file : List.of("pack.yaml", "variant.drl", "vocabulary.yaml")) {
            entries.put("jarpack/variant-one/" + file, Files.readAllBytes(MiniPack.PACKS.resolve("variant-one").resolve(file)));
        }
        jar = write(dir.resolve("variant-one.jar"), entries);
    }

    private static Path write(Path file, Map<String, byte[]> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream zip = new JarOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new JarEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    private static MaturityEngine.Builder mini() {
        return MaturityEngine.builder().withoutClassPathPacks().packFolder(MiniPack.PACKS.resolve("mini"));
    }

    @Test
    void aJarsPackLoadsInItsOwnClassLoaderBesideTheBase() {
        MaturityEngine engine = mini().packPath(jar).build();

        Pack variant = engine.packs().stream().filter(p -> p.id().equals("variant-one")).findFirst().orElseThrow();
        assertThat(variant.resources().origin()).isEqualTo(jar.toString());
        assertThat(variant.resources().classLoader()).isNotSameAs(getClass().getClassLoader())
                .extracting(ClassLoader::getParent).isSameAs(MaturityEngine.class.getClassLoader());
        assertThat(engine.assess(MiniPack.country().memberships("Vone").item("variant-one.flag", true, null).build())
                .criterion("VARIANT-ONE.C01.L2.extra").orElseThrow().status().id()).isEqualTo("met");
    }

    @Test
    void aPackWithTheIdOfALoadedOneIsAnErrorNamingBothPlaces() {
        Path folder = MiniPack.PACKS.resolve("variant-one");
        assertThatThrownBy(() -> mini().packPath(jar).packPath(folder).build())
                .isInstanceOf(PackException.class)
                .hasMessageContaining("two packs have the id 'variant-one': " + jar + " and " + folder)
                .extracting(e -> ((PackException) e).code()).isEqualTo(ProblemCode.PACK_DUPLICATE_ID);
    }

    @Test
    void aJarWithoutItsServiceFileIsAnErrorNotAMissingPack() throws IOException {
        Path bare = write(dir.resolve("bare.jar"), Map.of("jarpack/variant-one/pack.yaml",
                Files.readAllBytes(MiniPack.PACKS.resolve("variant-one/pack.yaml"))));
        assertThatThrownBy(() -> mini().packPath(bare).build())
                .isInstanceOf(PackException.class)
                .hasMessage(bare + ": holds no pack: it has no META-INF/services/org.mnr.engine.spi.RulePack naming its RulePack"
                        + " class; a pack jar lists it there (mnr new-pack writes it)");
    }

    @Test
    void aFileThatIsNotAJarIsSaidToBeOne() throws IOException {
        Path text = Files.writeString(dir.resolve("pack.jar"), "not a zip");
        assertThatThrownBy(() -> mini().packPath(text).build())
                .isInstanceOf(PackException.class)
                .hasMessage(text + ": not a jar, or a damaged one; name a pack's .jar file or its folder");
    }
}
