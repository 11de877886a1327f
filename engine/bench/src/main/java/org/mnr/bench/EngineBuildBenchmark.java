package org.mnr.bench;

import java.util.concurrent.TimeUnit;
import org.mnr.engine.EvidenceChecker;
import org.mnr.engine.MaturityEngine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building the engine with every pack on the class path (building the rules of their criteria files
 * into one KieBase), against its floor: reading the same packs' descriptors, vocabularies and criteria
 * files without building any rule.
 *
 * <p>Single-shot in fresh forks, so each sample includes class loading as a first build does.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(5)
public class EngineBuildBenchmark {

    /** A cold build of the engine with all packs. */
    @Benchmark
    public MaturityEngine build() {
        return MaturityEngine.builder().build();
    }

    /** The floor: the same packs read without building their rules. */
    @Benchmark
    public EvidenceChecker floor() {
        return MaturityEngine.builder().buildChecker();
    }
}
