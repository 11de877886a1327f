package org.mnr.plugins.eu;

import org.mnr.engine.spi.RulePack;

/** The European Union variant: its files are in {@code org/mnr/plugins/eu}. */
public final class EuPack implements RulePack {

    @Override
    public String resourceFolder() {
        return "org/mnr/plugins/eu";
    }
}
