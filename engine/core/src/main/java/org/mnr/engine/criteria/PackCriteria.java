package org.mnr.engine.criteria;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The criteria files of one pack, read.
 *
 * @param pack the pack's id
 * @param variant whether the pack is a variant
 * @param files its criteria files, in the order its descriptor lists them
 */
@API(status = EXPERIMENTAL, since = "1.0")
public record PackCriteria(String pack, boolean variant, List<CriteriaFile> files) {

    /** Copies the files. */
    public PackCriteria {
        files = List.copyOf(files);
    }

    /** Every criterion the pack defines: a base pack's criteria, or a variant's additions and replacements. */
    public List<CriterionDefinition> criteria() {
        return files.stream().flatMap(f -> f.all().stream()).toList();
    }

    /** The criteria a variant adds. */
    public List<CriterionDefinition> adds() {
        return files.stream().flatMap(f -> f.adds().stream()).toList();
    }

    /** The base criteria a variant replaces. */
    public List<CriterionDefinition> replaces() {
        return files.stream().flatMap(f -> f.replaces().stream()).toList();
    }

    /** The base criteria a variant waives. */
    public List<WaiverDefinition> waives() {
        return files.stream().flatMap(f -> f.waives().stream()).toList();
    }

    /** The prefix of the ids of criteria a variant adds, e.g. {@code COE.}. */
    public String addedIdPrefix() {
        return pack.toUpperCase(Locale.ROOT) + ".";
    }

    /** No criteria files at all. */
    public static PackCriteria none(String pack, boolean variant) {
        return new PackCriteria(pack, variant, Stream.<CriteriaFile>empty().toList());
    }
}
