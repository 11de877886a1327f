package org.mnr.cli;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the packs beyond the class path come from, in the order they are loaded: {@code --pack} options, then the
 * {@code MNR_PACKS} path list, then the {@code packs/} folder of the distribution (beside its {@code lib/}).
 */
final class InstalledPacks {

    /** The environment variable that lists pack jars and folders, separated as a class path is. */
    static final String ENVIRONMENT = "MNR_PACKS";

    /**
     * One pack path and how it was named.
     *
     * @param path a pack's jar, or a folder holding pack folders
     * @param how {@code --pack}, {@code MNR_PACKS} or {@code packs/}, for messages and {@code mnr packs}
     */
    record Source(Path path, String how) {
    }

    private InstalledPacks() {
    }

    /**
     * Every pack path the options, the environment and the distribution name.
     *
     * @param options the {@code --pack} values
     * @param environment the value of {@code MNR_PACKS}, or null
     * @param packsFolder the distribution's {@code packs/} folder, or null when not running from the distribution
     */
    static List<Source> of(List<Path> options, String environment, Path packsFolder) {
        List<Source> sources = new ArrayList<>();
        for (Path path : options) {
            sources.add(checked(new Source(path, "--pack")));
        }
        if (environment != null) {
            for (String entry : environment.split(File.pathSeparator)) {
                if (!entry.isBlank()) {
                    sources.add(checked(new Source(Path.of(entry.strip()), ENVIRONMENT)));
                }
            }
        }
        if (packsFolder != null && Files.isDirectory(packsFolder)) {
            try (Stream<Path> entries = Files.list(packsFolder)) {
                entries.filter(p -> p.getFileName().toString().endsWith(".jar") || Files.isDirectory(p)).sorted()
                        .forEach(p -> sources.add(new Source(p, "packs/")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        // The same jar named twice, say on the command line and in MNR_PACKS, is loaded once.
        List<Source> distinct = new ArrayList<>();
        for (Source source : sources) {
            Path path = source.path().toAbsolutePath().normalize();
            if (distinct.stream().noneMatch(s -> s.path().toAbsolutePath().normalize().equals(path))) {
                distinct.add(source);
            }
        }
        return distinct;
    }

    /** A path named on the command line or in the environment must be there: a missing one is a usage mistake. */
    private static Source checked(Source source) {
        if (!Files.exists(source.path())) {
            throw UsageException.of("msg.packs.missing", source.how(), source.path());
        }
        return source;
    }

    /** The distribution's {@code packs/} folder: beside the {@code lib/} folder that holds this command's jar, or null. */
    static Path distributionFolder() {
        CodeSource code = InstalledPacks.class.getProtectionDomain().getCodeSource();
        if (code == null || code.getLocation() == null) {
            return null;
        }
        try {
            Path jar = Path.of(code.getLocation().toURI());
            Path lib = jar.getParent();
            if (Files.isRegularFile(jar) && lib != null && lib.getFileName() != null && lib.getFileName().toString().equals("lib")
                    && lib.getParent() != null) {
                return lib.getParent().resolve("packs");
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            // Not a file on disk: no distribution, so no packs/ folder to read.
        }
        return null;
    }
}
