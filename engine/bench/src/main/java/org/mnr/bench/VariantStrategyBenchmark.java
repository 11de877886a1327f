package org.mnr.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.mnr.engine.MaturityEngine;
import org.mnr.engine.evidence.Evidence;
import org.mnr.engine.internal.evidence.EvidenceReader;
import org.mnr.engine.pack.Pack;
import org.mnr.engine.result.Assessment;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How variants are applied: one KieBase of every pack with an agenda filter per assessment (what the
 * engine does), against a KieBase of only the packs that apply, with no filter (the alternative, which
 * would need one KieBase per combination of variants).
 *
 * <p>Scores a CoE and EU member, Drovania, both ways; the results are identical, only the time differs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class VariantStrategyBenchmark {

    private MaturityEngine allPacksFiltered;
    private MaturityEngine applicablePacksOnly;
    private Evidence evidence;

    /** Builds both engines once. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        allPacksFiltered = MaturityEngine.builder().build();
        List<Pack> applicable = allPacksFiltered.packs().stream()
                .filter(p -> List.of("mnr", "coe", "eu").contains(p.id()))
                .toList();
        applicablePacksOnly = MaturityEngine.builder().withoutClassPathPacks().packs(applicable).build();
        byte[] bytes = Files.readAllBytes(AssessBenchmark.Fixtures.folder().resolve("xd-drovania-2026.json"));
        evidence = new EvidenceReader().read(bytes, "xd-drovania-2026.json").evidence();
        if (!allPacksFiltered.assess(evidence).toJson().equals(applicablePacksOnly.assess(evidence).toJson())) {
            throw new IllegalStateException("the two strategies disagree");
        }
    }

    /** One KieBase of all five packs; an agenda filter lets only the applicable rules fire. */
    @Benchmark
    public Assessment allPacksWithAgendaFilter() {
        return allPacksFiltered.assess(evidence);
    }

    /** A KieBase of the base pack and the two variants that apply. */
    @Benchmark
    public Assessment applicablePacksOnly() {
        return applicablePacksOnly.assess(evidence);
    }
}
