package org.mnr.rules;

import org.mnr.engine.spi.RulePack;

/** The base Model National Response pack: its files are in {@code org/mnr/rules}. */
public final class MnrRulePack implements RulePack {

    @Override
    public String resourceFolder() {
        return "org/mnr/rules";
    }
}
