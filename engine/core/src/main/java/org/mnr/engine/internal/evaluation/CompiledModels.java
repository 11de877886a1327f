package org.mnr.engine.internal.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.drools.model.Model;
import org.mnr.engine.pack.Pack;
import org.mnr.engine.pack.PackException;

/**
 * Loads the executable-model classes a pack's build generated from its DRL, when it has them.
 *
 * <p>The classes are named in the listing that {@code kie-maven-plugin} writes; their names change with
 * every build, so the listing is read rather than the names written down. Loading them skips DRL
 * compilation, which is most of the engine's start-up time. No {@code kmodule.xml} or KieContainer is
 * involved: those break when pack jars are shaded together.
 */
final class CompiledModels {

    private static final String VERSION_LINE = "Drools-Model-Version:";

    private CompiledModels() {
    }

    /** The pack's pre-compiled rule models, or empty when the pack must be compiled from DRL. */
    static Optional<List<Model>> load(Pack pack) {
        String listing = pack.resources().compiledModelListing();
        if (listing == null) {
            return Optional.empty();
        }
        ClassLoader loader = pack.resources().classLoader();
        List<Model> models = new ArrayList<>();
        try (InputStream in = loader.getResourceAsStream(listing)) {
            if (in == null) {
                throw new PackException("pack " + pack.id() + " (" + pack.resources().origin() + ") names compiled rules in "
                        + listing + ", which is not on the class path; rebuild the pack with kie-maven-plugin");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String name = line.strip();
                if (name.isEmpty() || name.startsWith(VERSION_LINE)) {
                    continue;
                }
                models.add((Model) Class.forName(name, true, loader).getDeclaredConstructor().newInstance());
            }
        } catch (IOException | ReflectiveOperationException | ClassCastException e) {
            throw new PackException("pack " + pack.id() + " (" + pack.resources().origin() + "): cannot load compiled rules listed in "
                    + listing + ": " + e, e);
        }
        if (models.isEmpty()) {
            throw new PackException("pack " + pack.id() + " (" + pack.resources().origin() + "): " + listing + " lists no model class");
        }
        return Optional.of(models);
    }
}
