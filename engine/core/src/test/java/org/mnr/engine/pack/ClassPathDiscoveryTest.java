package org.mnr.engine.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mnr.engine.spi.RulePack;
import org.mnr.engine.internal.pack.PackDiscovery;

class ClassPathDiscoveryTest {

    /** A pack service pointing at the mini test pack. */
    public static final class MiniService implements RulePack {
        @Override
        public String resourceFolder() {
            return "packs/mini";
        }
    }

    /** A second service pointing at the same pack, so its id is found twice. */
    public static final class MiniAgainService implements RulePack {
        @Override
        public String resourceFolder() {
            return "packs/mini";
        }
    }

    /** A service pointing at a folder with no descriptor. */
    public static final class MissingService implements RulePack {
        @Override
        public String resourceFolder() {
            return "packs/absent";
        }
    }

    @TempDir
    Path dir;

    private ClassLoader withServices(Class<?>... services) throws IOException {
        URL[] roots = new URL[services.length];
        for (int i = 0; i < services.length; i++) {
            Path root = dir.resolve("root" + i);
            Path file = root.resolve("META-INF/services/" + RulePack.class.getName());
            Files.createDirectories(file.getParent());
            Files.writeString(file, services[i].getName() + "\n");
            roots[i] = root.toUri().toURL();
        }
        return new URLClassLoader(roots, getClass().getClassLoader());
    }

    @Test
    void findsPacksThroughTheirServices() throws IOException {
        List<Pack> packs = PackDiscovery.onClassPath(withServices(MiniService.class));
        assertThat(packs).extracting(Pack::id).containsExactly("mini");
        assertThat(packs.get(0).resources().origin()).contains("packs/mini");
    }

    @Test
    void duplicateIdsFailNamingBothPlaces() throws IOException {
        assertThatThrownBy(() -> PackDiscovery.onClassPath(withServices(MiniService.class, MiniAgainService.class)))
                .isInstanceOf(PackException.class)
                .hasMessageContaining("two packs have the id 'mini'");
    }

    @Test
    void serviceWhoseDescriptorIsMissingFailsNamingTheFolder() throws IOException {
        assertThatThrownBy(() -> PackDiscovery.onClassPath(withServices(MissingService.class)))
                .isInstanceOf(PackException.class)
                .hasMessageContaining("packs/absent/pack.yaml");
    }
}
