package org.mnr.plugins.asean;

import org.mnr.engine.spi.RulePack;

/** The ASEAN variant: its files are in {@code org/mnr/plugins/asean}. */
public final class AseanPack implements RulePack {

    @Override
    public String resourceFolder() {
        return "org/mnr/plugins/asean";
    }
}
