package org.mnr.cli;

import org.mnr.engine.EngineInfo;
import picocli.CommandLine.IVersionProvider;

/** The version line, read from the engine's build information; builds no rules. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"mnr " + EngineInfo.version() + " (" + EngineInfo.NAME + " " + EngineInfo.version() + ", Java "
                + Runtime.version().feature() + ")"};
    }
}
