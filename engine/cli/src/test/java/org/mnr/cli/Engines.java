package org.mnr.cli;

import java.nio.file.Path;
import org.mnr.engine.MaturityEngine;

/** What several CLI tests share: one engine with every installed pack, and the project's fixture countries. */
final class Engines {

    /** The fixture countries' evidence, from the engine/cli module's folder. */
    static final Path FIXTURES = Path.of("../../fixtures/evidence");

    private static MaturityEngine engine;

    private Engines() {
    }

    /** An engine with every pack on the class path, built once. */
    static synchronized MaturityEngine installed() {
        if (engine == null) {
            engine = MaturityEngine.builder().build();
        }
        return engine;
    }
}
