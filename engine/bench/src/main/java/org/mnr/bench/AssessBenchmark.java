package org.mnr.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.mnr.engine.EvidenceChecker;
import org.mnr.engine.MaturityEngine;
import org.mnr.engine.Variants;
import org.mnr.engine.evidence.Evidence;
import org.mnr.engine.internal.evidence.EvidenceReader;
import org.mnr.engine.evidence.ParsedEvidence;
import org.mnr.engine.evidence.Problem;
import org.mnr.engine.result.Assessment;
import org.mnr.engine.result.ResultJson;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One assessment, from evidence bytes to result JSON, against its floor: the same reading, validation
 * and writing of a result of the same size, with no rules fired.
 *
 * <p>The ratio {@code assess / floor} is what the rules cost; the target is 3x or less.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AssessBenchmark {

    /** A weak country (few met criteria) and a strong one (most met). */
    @Param({"xa-arvenia-2026", "xe-estmark-2026"})
    public String fixture;

    private MaturityEngine engine;
    private EvidenceChecker checker;
    private byte[] evidence;
    private Assessment precomputed;

    /** Builds the engine once and reads the fixture. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        engine = MaturityEngine.builder().build();
        checker = engine.checker();
        evidence = Files.readAllBytes(Fixtures.folder().resolve(fixture + ".json"));
        precomputed = engine.assess(read());
    }

    private Evidence read() {
        ParsedEvidence parsed = new EvidenceReader().read(evidence, fixture);
        return parsed.evidence();
    }

    /** Reads, validates, assesses and writes one country. */
    @Benchmark
    public String assess() {
        return ResultJson.write(engine.assess(read()));
    }

    /** The same on two threads sharing one engine. */
    @Benchmark
    @Threads(2)
    public String assessTwoThreads() {
        return ResultJson.write(engine.assess(read()));
    }

    /** The floor: reads and validates the same evidence and writes a result of the same size, firing no rule. */
    @Benchmark
    public String floor() {
        Evidence read = read();
        if (checker.validate(read, Variants.fromMemberships()).stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR)) {
            throw new IllegalStateException("fixture is invalid");
        }
        return ResultJson.write(precomputed);
    }

    /** The floor on two threads. */
    @Benchmark
    @Threads(2)
    public String floorTwoThreads() {
        return floor();
    }

    /** Where the fixture files are, from the repository root or from engine/bench. */
    static final class Fixtures {
        private Fixtures() {
        }

        static Path folder() {
            for (Path candidate : new Path[] {Path.of("fixtures/evidence"), Path.of("../../fixtures/evidence")}) {
                if (Files.isDirectory(candidate)) {
                    return candidate;
                }
            }
            throw new IllegalStateException("run the benchmarks from the repository root: fixtures/evidence not found");
        }
    }
}
