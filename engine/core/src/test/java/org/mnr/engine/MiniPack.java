package org.mnr.engine;

import java.nio.file.Path;
import java.time.LocalDate;
import org.mnr.engine.evidence.Evidence;

/** The engine's test packs under src/test/resources/packs, built once per test run. */
final class MiniPack {

    static final Path PACKS = Path.of("src/test/resources/packs");
    static final LocalDate ON = LocalDate.of(2026, 6, 30);

    private static MaturityEngine base;
    private static MaturityEngine withVariants;

    private MiniPack() {
    }

    /** The mini base pack alone. */
    static synchronized MaturityEngine engine() {
        if (base == null) {
            base = MaturityEngine.builder().withoutClassPathPacks().packFolder(PACKS.resolve("mini")).build();
        }
        return base;
    }

    /** The mini base pack with its two variants, which waive the same criterion. */
    static synchronized MaturityEngine engineWithVariants() {
        if (withVariants == null) {
            withVariants = MaturityEngine.builder().withoutClassPathPacks()
                    .packFolder(PACKS.resolve("mini"))
                    .packFolder(PACKS.resolve("variant-one"))
                    .packFolder(PACKS.resolve("variant-two"))
                    .build();
        }
        return withVariants;
    }

    static Evidence.Builder country() {
        return Evidence.builder("XA", ON).name("Testland");
    }

    static Evidence.Builder country(LocalDate on) {
        return Evidence.builder("XA", on).name("Testland");
    }
}
