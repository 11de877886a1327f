package org.mnr.engine.internal.pack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.mnr.engine.spi.RulePack;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.mnr.engine.pack.Pack;
import org.mnr.engine.pack.PackException;

/** Finds packs: on the class path through {@link RulePack} services, or in a folder on disk. */
public final class PackDiscovery {

    private static final Logger LOG = LoggerFactory.getLogger(PackDiscovery.class);

    private PackDiscovery() {
    }

    /** Every pack a {@link RulePack} service on the class loader's path names; ids must be unique. */
    public static List<Pack> onClassPath(ClassLoader loader) {
        Map<String, Pack> packs = new LinkedHashMap<>();
        for (PackResources resources : sourcesOnClassPath(loader)) {
            Pack pack = PackReader.read(resources);
            Pack clash = packs.putIfAbsent(pack.id(), pack);
            if (clash != null) {
                throw new PackException("two packs have the id '" + pack.id() + "': " + clash.resources().origin()
                        + " and " + resources.origin() + "; remove one of them from the class path");
            }
            LOG.debug("Found pack {} {} in {}", pack.id(), pack.version(), resources.origin());
        }
        return List.copyOf(packs.values());
    }

    /** Where the {@link RulePack} services on the class loader's path say packs are, without reading them. */
    public static List<PackResources> sourcesOnClassPath(ClassLoader loader) {
        List<PackResources> sources = new ArrayList<>();
        try {
            for (RulePack service : ServiceLoader.load(RulePack.class, loader)) {
                sources.add(PackResources.OnClassPath.of(service.getClass().getClassLoader(), service.resourceFolder(),
                        service.compiledModelListing()));
            }
        } catch (ServiceConfigurationError e) {
            throw new PackException("a rule pack service cannot be loaded: " + e.getMessage(), e);
        }
        return sources;
    }

    /**
     * Every pack under a folder: the folder itself when it holds a {@code pack.yaml}, else each folder
     * below it that does, so both a pack's folder and a module's {@code src/main/resources} work.
     */
    public static List<Pack> inFolder(Path folder) {
        List<Pack> packs = new ArrayList<>();
        for (PackResources resources : sourcesInFolder(folder)) {
            Pack pack = PackReader.read(resources);
            LOG.debug("Found pack {} {} in {}", pack.id(), pack.version(), resources.origin());
            packs.add(pack);
        }
        return packs;
    }

    /** The pack folders under a folder, without reading them. */
    public static List<PackResources> sourcesInFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new PackException(folder + ": no such folder; --rules takes a folder that holds a pack's " + PackReader.DESCRIPTOR);
        }
        List<Path> descriptors;
        try (Stream<Path> files = Files.walk(folder)) {
            descriptors = files.filter(f -> f.getFileName().toString().equals(PackReader.DESCRIPTOR))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (descriptors.isEmpty()) {
            throw new PackException(folder + ": holds no " + PackReader.DESCRIPTOR + "; point --rules at a pack's folder");
        }
        return descriptors.stream().<PackResources>map(d -> new PackResources.InFolder(d.getParent())).toList();
    }
}
