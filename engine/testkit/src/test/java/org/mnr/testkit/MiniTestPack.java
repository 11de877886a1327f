package org.mnr.testkit;

import org.mnr.engine.spi.RulePack;

/** The mini test pack as a class-path pack, named by a service file only in the tests that write one. */
public final class MiniTestPack implements RulePack {

    @Override
    public String resourceFolder() {
        return "packs/mini";
    }
}
