package org.mnr.engine;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The engine's name and version, as the build recorded them. */
@API(status = STABLE, since = "1.0")
public final class EngineInfo {

    /** The engine's name in results. */
    public static final String NAME = "mnr-engine";

    private static final String VERSION = load();

    private EngineInfo() {
    }

    /** The engine's version, e.g. {@code 1.0.0}. */
    public static String version() {
        return VERSION;
    }

    private static String load() {
        Properties properties = new Properties();
        try (InputStream in = EngineInfo.class.getResourceAsStream("engine.properties")) {
            if (in == null) {
                throw new IllegalStateException("engine.properties is missing from the engine jar");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }
}
