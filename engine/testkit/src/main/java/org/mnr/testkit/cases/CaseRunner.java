package org.mnr.testkit.cases;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mnr.engine.MaturityEngine;
import org.mnr.engine.evidence.InvalidEvidenceException;
import org.mnr.engine.evidence.Problem;
import org.mnr.engine.result.Assessment;

/** Reads case files, scores their evidence with one engine, and checks the results against their expectations. */
@API(status = EXPERIMENTAL, since = "1.0")
public final class CaseRunner {

    private final MaturityEngine engine;
    private final CaseReader reader;

    /** A runner that scores with this engine. */
    public CaseRunner(MaturityEngine engine) {
        this.engine = engine;
        this.reader = new CaseReader(engine);
    }

    /** Runs one case file: never throws for a bad case, which ends as {@link CaseOutcome.Verdict#ERROR}. */
    public CaseOutcome run(Path file) {
        CaseFile test;
        try {
            test = reader.read(file);
        } catch (InvalidCaseException e) {
            return new CaseOutcome(CaseFile.defaultName(file), CaseOutcome.Verdict.ERROR, List.of(), e.problems());
        }
        Assessment result;
        try {
            result = engine.assess(test.evidence(), test.variants());
        } catch (InvalidEvidenceException e) {
            List<Problem> errors = e.problems().stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList();
            return new CaseOutcome(test.name(), CaseOutcome.Verdict.ERROR, List.of(), errors);
        }
        List<String> failures = new ArrayList<>();
        if (test.expect() != null) {
            failures.addAll(test.expect().check(result));
        }
        if (test.expected() != null) {
            failures.addAll(test.expected().check(result));
        }
        List<String> distinct = failures.stream().distinct().toList();
        return new CaseOutcome(test.name(), distinct.isEmpty() ? CaseOutcome.Verdict.PASS : CaseOutcome.Verdict.FAIL, distinct,
                List.of());
    }
}
