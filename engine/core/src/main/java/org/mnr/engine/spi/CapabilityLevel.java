package org.mnr.engine.spi;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The level a capability has reached, inserted once the capability's own criteria are decided.
 *
 * <p>Criteria that follow the systems approach read it: {@code CapabilityLevel(capability == 2, level >= 2)}.
 * The engine inserts it only when every criterion of that capability is decided, so a rule that reads
 * it fires after the level is final.
 */
@API(status = STABLE, since = "1.0")
public final class CapabilityLevel {

    private final int capability;
    private final int level;

    /** A capability's final level. */
    public CapabilityLevel(int capability, int level) {
        this.capability = capability;
        this.level = level;
    }

    /** The capability number. */
    public int getCapability() {
        return capability;
    }

    /** The level it reached, 0 to 4. */
    public int getLevel() {
        return level;
    }

    @Override
    public String toString() {
        return "capability " + capability + " at level " + level;
    }
}
