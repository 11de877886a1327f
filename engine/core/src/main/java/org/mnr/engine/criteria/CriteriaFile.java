package org.mnr.engine.criteria;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.List;
import java.util.stream.Stream;

/**
 * What one criteria file defines: a base pack's criteria, or a variant's additions, replacements and
 * waivers.
 *
 * @param file the file, as a path or jar entry
 * @param criteria the criteria a base pack defines
 * @param adds the criteria a variant adds
 * @param replaces the base criteria a variant replaces, with the same ids
 * @param waives the base criteria a variant waives
 */
@API(status = EXPERIMENTAL, since = "1.0")
public record CriteriaFile(String file, List<CriterionDefinition> criteria, List<CriterionDefinition> adds,
        List<CriterionDefinition> replaces, List<WaiverDefinition> waives) {

    /** Copies the lists. */
    public CriteriaFile {
        criteria = List.copyOf(criteria);
        adds = List.copyOf(adds);
        replaces = List.copyOf(replaces);
        waives = List.copyOf(waives);
    }

    /** Every criterion the file defines: criteria, additions and replacements, in that order. */
    public List<CriterionDefinition> all() {
        return Stream.of(criteria, adds, replaces).flatMap(List::stream).toList();
    }
}
