package org.mnr.testkit;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.mnr.engine.MaturityEngine;

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
 * <p>Building an engine compiles rules, so harnesses share one engine per class loader or folder set.
 */
@API(status = STABLE, since = "1.0")
public final class PackHarness {

    /** The assessment date cases use unless they set one. */
    public static final LocalDate DEFAULT_DATE = LocalDate.of(2026, 6, 30);

    private static final Map<Object, MaturityEngine> ENGINES = new ConcurrentHashMap<>();

    private final MaturityEngine engine;

    private PackHarness(MaturityEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    /** A harness over the packs on the test's class path. */
    public static PackHarness onClassPath() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return new PackHarness(ENGINES.computeIfAbsent(loader, l -> MaturityEngine.builder().classLoader(loader).build()));
    }

    /** A harness over the packs in the given folders only, compiled from their DRL. */
    public static PackHarness ofFolders(Path... folders) {
        return new PackHarness(ENGINES.computeIfAbsent(Arrays.asList(folders), f -> {
            MaturityEngine.Builder builder = MaturityEngine.builder().withoutClassPathPacks();
            for (Path folder : folders) {
                builder.packFolder(folder);
            }
            return builder.build();
        }));
    }

    /** A harness over an engine you built. */
    public static PackHarness of(MaturityEngine engine) {
        return new PackHarness(engine);
    }

    /** The engine the harness assesses with. */
    public MaturityEngine engine() {
        return engine;
    }

    /** Starts a case for a country, assessed on {@link #DEFAULT_DATE}. */
    public PackCase country(String code) {
        return new PackCase(engine, code);
    }
}
