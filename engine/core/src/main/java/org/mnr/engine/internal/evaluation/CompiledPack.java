package org.mnr.engine.internal.evaluation;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.drools.model.Model;
import org.kie.api.definition.KiePackage;
import org.mnr.engine.pack.Pack;
import org.mnr.engine.pack.PackException;

/**
 * A pack's rules in compiled form: executable-model classes built with the pack, or packages
 * compiled from its DRL when it was loaded.
 *
 * @param pack the pack
 * @param models its pre-built models, or empty
 * @param packages its run-time compiled packages, or empty
 */
record CompiledPack(Pack pack, List<Model> models, Collection<KiePackage> packages) {

    /** Compiles a pack, or loads its pre-built models when it has them. */
    static CompiledPack of(Pack pack) {
        return CompiledModels.load(pack)
                .map(models -> new CompiledPack(pack, models, List.of()))
                .orElseGet(() -> {
                    DrlCompiler.Result result = DrlCompiler.compile(pack);
                    if (!result.problems().isEmpty()) {
                        throw new PackException(result.problems());
                    }
                    return new CompiledPack(pack, List.of(), result.packages());
                });
    }

    /** The DRL packages that hold the pack's rules. */
    Set<String> packageNames() {
        Set<String> names = new TreeSet<>();
        models.forEach(m -> m.getRules().forEach(r -> names.add(r.getPackage())));
        packages.stream().filter(p -> !p.getRules().isEmpty()).forEach(p -> names.add(p.getName()));
        return names;
    }
}
