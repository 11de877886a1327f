package org.mnr.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.mnr.engine.MaturityEngine;
import org.mnr.engine.error.ProblemCode;
import org.mnr.engine.pack.Pack;
import org.mnr.engine.pack.PackException;
import org.mnr.engine.pack.PackProblem;
import org.mnr.engine.internal.lint.PackLinter;

/**
 * Tests rule packs the way a rule author thinks: give evidence, expect statuses, levels and scores.
 *
 * <pre>{@code
 * PackHarness packs = PackHarness.onClassPath();
 *
 * @Test
 * void coordinationBodyIsMetWhenItExists() {
 *     packs.country("XA")
 *         .with("governance.body.exists", true)
 *         .expectMet("C01.L1.coordination-body")
 *         .expectUnknown("C01.L1.political-commitment")
 *         .verify();
 * }
 * }</pre>
 *
 * <p>The harness lints the packs it loads, as {@code mnr lint} does, and every case of a harness whose packs have a
 * lint problem fails with the problems ({@link #withoutLint()} turns this off). {@link #strict()} makes every
 * case fail on a criterion met that it did not expect.
 *
 * <p>Building an engine compiles rules, so harnesses share one engine per class loader or folder set.
 */
@API(status = STABLE, since = "1.0")
public final class PackHarness {

    /** The assessment date cases use unless they set one. */
    public static final LocalDate DEFAULT_DATE = LocalDate.of(2026, 6, 30);

    private static final Map<Object, MaturityEngine> ENGINES = new ConcurrentHashMap<>();
    private static final Map<MaturityEngine, PackLinter.Report> LINTED = new ConcurrentHashMap<>();

    private final MaturityEngine engine;
    private final boolean lint;
    private final boolean strict;
    private final List<PackProblem> unlisted;

    private PackHarness(MaturityEngine engine, boolean lint, boolean strict, List<PackProblem> unlisted) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.lint = lint;
        this.strict = strict;
        this.unlisted = List.copyOf(unlisted);
    }

    private PackHarness(MaturityEngine engine) {
        this(engine, true, false, List.of());
    }

    /**
     * A harness over the packs on the test's class path. Its cases fail when the project's own compiled resources
     * (a class-path folder named {@code classes}) hold a {@code pack.yaml} that no {@code RulePack} service names, since
     * no engine would load that pack.
     */
    public static PackHarness onClassPath() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        MaturityEngine engine = ENGINES.computeIfAbsent(loader, l -> load("PackHarness.onClassPath()",
                () -> MaturityEngine.builder().classLoader(loader).build()));
        return new PackHarness(engine, true, false, UnlistedPacks.find(System.getProperty("java.class.path", ""), engine.packs()));
    }

    /**
     * A harness over the packs in the given folders only, each the folder of a pack's {@code pack.yaml} or a folder
     * above such folders (such as {@code src/main/resources}).
     */
    public static PackHarness ofFolders(Path... folders) {
        return new PackHarness(ENGINES.computeIfAbsent(Arrays.asList(folders), f -> load("PackHarness.ofFolders(" + f + ")", () -> {
            MaturityEngine.Builder builder = MaturityEngine.builder().withoutClassPathPacks();
            for (Path folder : folders) {
                builder.packFolder(folder);
            }
            return builder.build();
        })));
    }

    /** A harness over an engine you built. */
    public static PackHarness of(MaturityEngine engine) {
        return new PackHarness(engine);
    }

    /**
     * This harness without lint: its cases run even when the packs have lint problems, for a test of a pack that is
     * incomplete on purpose.
     */
    @API(status = EXPERIMENTAL, since = "1.1")
    public PackHarness withoutLint() {
        return new PackHarness(engine, false, strict, unlisted);
    }

    /**
     * This harness in strict mode: each case also fails on every criterion met that it did not expect with
     * {@link PackCase#expectMet}, so that a test lists everything its evidence meets.
     */
    @API(status = EXPERIMENTAL, since = "1.1")
    public PackHarness strict() {
        return new PackHarness(engine, lint, true, unlisted);
    }

    /** The engine the harness assesses with. */
    public MaturityEngine engine() {
        return engine;
    }

    /**
     * What {@code mnr lint} finds in the packs this harness loaded, each at its file and line; empty when they are
     * clean. Lint runs once per engine, whether or not this harness checks it.
     */
    @API(status = EXPERIMENTAL, since = "1.1")
    public List<PackProblem> lintProblems() {
        return LINTED.computeIfAbsent(engine, PackLint::of).problems();
    }

    /**
     * The warnings {@code mnr lint} gives for the packs this harness loaded, e.g. a criterion without a source or a
     * threshold without a rationale; empty when there are none. They never fail a case: a pack's own test asserts them
     * empty when the pack means to be warning-free.
     */
    @API(status = EXPERIMENTAL, since = "1.2")
    public List<PackProblem> lintWarnings() {
        return LINTED.computeIfAbsent(engine, PackLint::of).warnings();
    }

    /**
     * Starts a case for a country, assessed on {@link #DEFAULT_DATE}.
     *
     * @throws AssertionError when this harness lints and the packs have lint problems, listing them, or when the
     *         project builds a pack that no engine would load
     */
    public PackCase country(String code) {
        if (!unlisted.isEmpty()) {
            throw new AssertionError(String.join(System.lineSeparator(), unlisted.stream().map(PackProblem::toString).toList()));
        }
        if (lint) {
            List<PackProblem> problems = lintProblems();
            if (!problems.isEmpty()) {
                throw new AssertionError(PackLint.describe(problems));
            }
        }
        return new PackCase(engine, code, strict);
    }

    /** Builds an engine, saying in a test's terms why the packs could not be loaded. */
    private static MaturityEngine load(String call, Supplier<MaturityEngine> build) {
        try {
            return build.get();
        } catch (PackException e) {
            throw new AssertionError(call + " cannot load the packs: " + e.getMessage() + hint(e.code()), e);
        }
    }

    private static String hint(ProblemCode code) {
        if (code == ProblemCode.PACK_NO_BASE) {
            return "; in a test of a variant, add the base pack as a test dependency (org.mnr:mnr-rules) or pass its folder to"
                    + " PackHarness.ofFolders";
        }
        if (code == ProblemCode.PACK_NOT_FOUND) {
            return "; PackHarness.ofFolders takes the folder of a pack's pack.yaml, or a folder above it such as"
                    + " Path.of(\"src/main/resources\")";
        }
        return "";
    }

    /** The packs the harness loaded, for messages. */
    static String names(MaturityEngine engine) {
        return String.join(", ", engine.packs().stream().map(Pack::id).toList());
    }
}
