package org.mnr.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.mnr.engine.MaturityEngine;
import org.mnr.engine.evidence.Confidence;
import org.mnr.engine.evidence.Evidence;
import org.mnr.engine.evidence.EvidenceItem;
import org.mnr.engine.internal.evidence.EvidenceReader;
import org.mnr.engine.result.Assessment;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What each capability's confidence costs (docs/model.md): one assessment of evidence whose items give no confidence
 * (the baseline: the verified and documented filters leave nothing, and the empty-evidence run is kept), against the
 * same evidence with its items spread over verified, documented and reported (two more full evaluations), and the
 * same with a minimum confidence of documented.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ConfidenceBenchmark {

    /** A weak country (few met criteria) and a strong one (most met). */
    @Param({"xa-arvenia-2026", "xe-estmark-2026"})
    public String fixture;

    private MaturityEngine engine;
    private MaturityEngine documentedOnly;
    private Evidence plain;
    private Evidence mixed;

    /** Builds the engines once and prepares both evidence documents. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        engine = MaturityEngine.builder().build();
        documentedOnly = MaturityEngine.builder().minConfidence(Confidence.DOCUMENTED).build();
        byte[] bytes = Files.readAllBytes(AssessBenchmark.Fixtures.folder().resolve(fixture + ".json"));
        Evidence given = new EvidenceReader().read(bytes, fixture).evidence();
        // Some fixtures give confidence; the baseline gives none, whatever the file says.
        plain = new Evidence(given.country(), given.assessedOn(),
                given.items().stream().map(item -> item.withConfidence(null)).toList(), given.origin());
        List<EvidenceItem> items = new ArrayList<>();
        Confidence[] spread = Confidence.values();
        for (int i = 0; i < plain.items().size(); i++) {
            items.add(plain.items().get(i).withConfidence(spread[i % spread.length]));
        }
        mixed = new Evidence(plain.country(), plain.assessedOn(), items, plain.origin());
    }

    /** The baseline: evidence that gives no confidence. */
    @Benchmark
    public Assessment noConfidenceGiven() {
        return engine.assess(plain);
    }

    /** The same evidence, its items verified, documented and reported in turn. */
    @Benchmark
    public Assessment mixedConfidence() {
        return engine.assess(mixed);
    }

    /** The mixed evidence, counting only documented items or stronger. */
    @Benchmark
    public Assessment mixedConfidenceAtLeastDocumented() {
        return documentedOnly.assess(mixed);
    }
}
