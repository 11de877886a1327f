package org.mnr.engine.internal.pack;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.zip.ZipFile;
import org.mnr.engine.error.ProblemCode;
import org.mnr.engine.pack.Pack;
import org.mnr.engine.pack.PackException;
import org.mnr.engine.spi.RulePack;

/**
 * Loads the packs of a pack jar in a class loader of its own, so that a jar's classes never meet another jar's,
 * and a jar that names no {@link RulePack} service is an error rather than a pack that silently is not there.
 */
public final class PackJars {

    /** The service file a pack jar lists its {@link RulePack} classes in. */
    public static final String SERVICE_FILE = "META-INF/services/" + RulePack.class.getName();

    private PackJars() {
    }

    /** Whether a class loader is one this class made for a pack jar, i.e. the pack is not from the engine's class path. */
    static boolean loadedFromPackJar(ClassLoader loader) {
        return loader instanceof JarLoader;
    }

    /**
     * The packs a jar holds, each read from the resources its own {@link RulePack} names.
     *
     * @param parent the loader of the engine, whose SPI the jar's classes implement
     * @throws PackException when the file is not a jar, or holds no pack
     */
    public static List<Pack> read(Path jar, ClassLoader parent) {
        if (!Files.isRegularFile(jar)) {
            throw new PackException(ProblemCode.PACK_NOT_FOUND, jar + ": " + (Files.exists(jar) ? "not a file" : "no such file")
                    + "; name a pack's jar or folder");
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            if (zip.getEntry(SERVICE_FILE) == null) {
                throw new PackException(ProblemCode.PACK_NOT_FOUND, jar + ": holds no pack: it has no " + SERVICE_FILE
                        + " naming its RulePack class; a pack jar lists it there (mnr new-pack writes it)");
            }
        } catch (IOException e) {
            throw new PackException(ProblemCode.PACK_NOT_FOUND, jar + ": not a jar, or a damaged one; name a pack's .jar file or its"
                    + " folder");
        }
        JarLoader loader;
        try {
            loader = new JarLoader(jar, parent);
        } catch (IOException e) {
            throw new PackException(ProblemCode.PACK_NOT_FOUND, jar + ": cannot be read; name a pack's .jar file or its folder");
        }
        List<Pack> packs = new ArrayList<>();
        try {
            for (RulePack service : ServiceLoader.load(RulePack.class, loader)) {
                // The loader also sees the parent's services: only the jar's own are its packs.
                if (service.getClass().getClassLoader() == loader) {
                    packs.add(PackReader.read(PackResources.OnClassPath.of(loader, service.resourceFolder(), service.compiledModelListing())));
                }
            }
        } catch (ServiceConfigurationError e) {
            throw new PackException(ProblemCode.PACK_NOT_FOUND, jar + ": its " + SERVICE_FILE + " names a class that is not in the jar"
                    + " or is not a RulePack; it must name a public class of the jar implementing " + RulePack.class.getName());
        }
        if (packs.isEmpty()) {
            throw new PackException(ProblemCode.PACK_NOT_FOUND, jar + ": holds no pack: its " + SERVICE_FILE
                    + " names no RulePack class of the jar");
        }
        return packs;
    }

    /**
     * Finds a pack jar's own classes and files before its parent's, so that a pack's class or folder that is also on
     * the class path is still read from the jar (and a second copy reported as one); the engine and the JDK always come
     * from the parent, so the pack implements the engine's own SPI. It reads the jar as a zip file: a pack is a local
     * file, never fetched.
     */
    private static final class JarLoader extends ClassLoader {

        static {
            registerAsParallelCapable();
        }

        private final Path jar;
        private final ZipFile zip;

        JarLoader(Path jar, ClassLoader parent) throws IOException {
            super("pack " + jar.getFileName(), parent);
            this.jar = jar;
            this.zip = new ZipFile(jar.toFile());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith("java.") || name.startsWith("org.mnr.engine.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    try {
                        loaded = findClass(name);
                    } catch (ClassNotFoundException e) {
                        return super.loadClass(name, resolve);
                    }
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            ZipEntry entry = zip.getEntry(name.replace('.', '/') + ".class");
            if (entry == null) {
                throw new ClassNotFoundException(name);
            }
            try (InputStream in = zip.getInputStream(entry)) {
                byte[] bytes = in.readAllBytes();
                return defineClass(name, bytes, 0, bytes.length);
            } catch (IOException e) {
                throw new ClassNotFoundException(name, e);
            }
        }

        @Override
        protected URL findResource(String name) {
            if (zip.getEntry(name) == null) {
                return null;
            }
            try {
                return URI.create("jar:" + jar.toUri().toURL() + "!/" + name).toURL();
            } catch (IOException | IllegalArgumentException e) {
                return null;
            }
        }

        @Override
        protected Enumeration<URL> findResources(String name) {
            URL own = findResource(name);
            return Collections.enumeration(own == null ? List.of() : List.of(own));
        }

        @Override
        public URL getResource(String name) {
            URL own = findResource(name);
            return own != null ? own : super.getResource(name);
        }
    }
}
