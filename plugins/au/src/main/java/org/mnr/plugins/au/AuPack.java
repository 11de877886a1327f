package org.mnr.plugins.au;

import org.mnr.engine.spi.RulePack;

/** The African Union variant: its files are in {@code org/mnr/plugins/au}. */
public final class AuPack implements RulePack {

    @Override
    public String resourceFolder() {
        return "org/mnr/plugins/au";
    }
}
