package org.mnr.engine.evidence;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import java.util.List;
import java.util.Map;
import org.mnr.engine.spi.Fact;

/**
 * Evidence checked against a vocabulary: the facts rules will see, and what was wrong.
 *
 * @param evidence the evidence as given
 * @param facts one fact per item with a known value whose key applies, by key
 * @param items the items behind the facts, by key, for citing
 * @param problems every error and warning, in file order
 */
@API(status = INTERNAL, since = "1.0")
public record CheckedEvidence(Evidence evidence, Map<String, Fact> facts, Map<String, EvidenceItem> items,
        List<Problem> problems) {

    /** Copies the fields. */
    public CheckedEvidence {
        facts = Map.copyOf(facts);
        items = Map.copyOf(items);
        problems = List.copyOf(problems);
    }

    /** Whether any problem is an error, so that nothing may be scored. */
    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
    }
}
