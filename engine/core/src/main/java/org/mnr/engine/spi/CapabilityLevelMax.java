package org.mnr.engine.spi;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The highest level a capability could reach once its unknown criteria are settled, inserted with its
 * {@link CapabilityLevel} once the capability's own criteria are decided.
 *
 * <p>The "at best" pass of a criterion that reads another capability's level reads this fact (docs/model.md,
 * "Criteria and their status"): {@code CapabilityLevelMax(capability == 2, level >= 2)}.
 */
@API(status = STABLE, since = "1.1")
public final class CapabilityLevelMax {

    private final int capability;
    private final int level;

    /** A capability's final upper level. */
    public CapabilityLevelMax(int capability, int level) {
        this.capability = capability;
        this.level = level;
    }

    /** The capability number. */
    public int getCapability() {
        return capability;
    }

    /** The highest level it could reach, 0 to 4. */
    public int getLevel() {
        return level;
    }

    @Override
    public String toString() {
        return "capability " + capability + " at best at level " + level;
    }
}
