package org.mnr.plugins.coe;

import org.mnr.engine.spi.RulePack;

/** The Council of Europe variant: its files are in {@code org/mnr/plugins/coe}. */
public final class CoePack implements RulePack {

    @Override
    public String resourceFolder() {
        return "org/mnr/plugins/coe";
    }
}
