package org.mnr.engine.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

import java.util.List;
import java.util.Optional;

/**
 * The structure a base pack defines: levels, domains and capabilities.
 *
 * @param levels the levels, 0 to 4, in order
 * @param domains the domains, in order
 * @param capabilities the capabilities, in order
 */
@API(status = STABLE, since = "1.0")
public record Framework(List<Level> levels, List<Domain> domains, List<Capability> capabilities) {

    /** The highest level a capability can reach. */
    public static final int TOP_LEVEL = 4;

    /** Copies the lists. */
    public Framework {
        levels = List.copyOf(levels);
        domains = List.copyOf(domains);
        capabilities = List.copyOf(capabilities);
    }

    /** The name of a level, e.g. {@code Developing} for 2. */
    public String levelName(int level) {
        return levels.stream()
                .filter(l -> l.level() == level)
                .map(Level::name)
                .findFirst()
                .orElse("Level " + level);
    }

    /** Finds a capability by its number. */
    public Optional<Capability> capability(int id) {
        return capabilities.stream().filter(c -> c.id() == id).findFirst();
    }
}
