package org.mnr.engine.spi;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * A rule pack on the class path, found with {@link java.util.ServiceLoader}.
 *
 * <p>A pack jar holds a descriptor ({@code pack.yaml}), its evidence vocabulary, its criteria files and
 * any hand-written DRL files, all in one resource folder, plus one small class implementing this interface, listed in
 * {@code META-INF/services/org.mnr.engine.spi.RulePack}. Service files survive shading (they are
 * merged), where descriptors at one fixed path would overwrite each other; the descriptor's folder is
 * what tells packs apart. Everything else about the pack comes from the descriptor, so the same folder
 * also loads as a pack from the file system.
 */
@API(status = STABLE, since = "1.0")
public interface RulePack {

    /**
     * The class-path resource folder that holds {@code pack.yaml}, e.g. {@code org/mnr/rules}, read
     * with this class's class loader.
     */
    String resourceFolder();

    /**
     * The listing of executable-model classes that {@code kie-maven-plugin} generated from the pack's
     * hand-written DRL at build time, {@code META-INF/kie/<groupId>/<artifactId>/drools-model}; or null, the
     * default, when the pack has no DRL or ships it to be compiled when loaded. Criteria files need neither:
     * the engine builds their rules when it loads the pack.
     */
    default String compiledModelListing() {
        return null;
    }
}
