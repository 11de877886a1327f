package org.mnr.testkit;

import java.util.List;
import org.mnr.engine.MaturityEngine;
import org.mnr.engine.internal.lint.PackLinter;
import org.mnr.engine.pack.Pack;
import org.mnr.engine.pack.PackProblem;

/** Lints the packs a harness loaded with the linter behind {@code mnr lint}, so that a pack's tests see what lint sees. */
final class PackLint {

    private PackLint() {
    }

    /**
     * What lint finds in the engine's packs (problems and warnings), read again from where the engine found them.
     *
     * <p>The engine has no public entry to lint yet, so this calls the engine's internal linter, which ships with the
     * same engine version as this kit.
     */
    static PackLinter.Report of(MaturityEngine engine) {
        return PackLinter.report(engine.packs().stream().map(Pack::resources).toList(), List.of());
    }

    /** The failure a case reports when the packs have lint problems. */
    static String describe(List<PackProblem> problems) {
        String lines = String.join(System.lineSeparator() + "  ", problems.stream().map(PackProblem::toString).toList());
        return "the packs under test have " + problems.size() + " lint problem(s); fix them, or test these packs with"
                + " PackHarness.withoutLint() if they are incomplete on purpose:" + System.lineSeparator() + "  " + lines;
    }
}
