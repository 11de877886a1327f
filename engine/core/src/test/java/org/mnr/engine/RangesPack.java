package org.mnr.engine;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.mnr.engine.evidence.Confidence;
import org.mnr.engine.evidence.ParsedEvidence;
import org.mnr.engine.result.Assessment;

/**
 * The test pack src/test/resources/packs/ranges, written as criteria files: capability 1 needs three of three flags
 * (level 1) and a number (level 2); capability 2 a flag (level 1) and capability 1 at level 2 (level 2); capability 3
 * a flag or capability 2 at level 2 (level 1) and a recent date (level 2, weight 2).
 */
final class RangesPack {

    static final LocalDate ON = LocalDate.of(2026, 6, 30);

    private static final Map<Confidence, MaturityEngine> ENGINES = new ConcurrentHashMap<>();

    private RangesPack() {
    }

    /** The engine of the pack that counts items of at least the given confidence. */
    static MaturityEngine engine(Confidence minConfidence) {
        return ENGINES.computeIfAbsent(minConfidence, c -> MaturityEngine.builder().withoutClassPathPacks()
                .packFolder(MiniPack.PACKS.resolve("ranges")).minConfidence(c).build());
    }

    static MaturityEngine engine() {
        return engine(Confidence.REPORTED);
    }

    /** Assesses YAML evidence items, one per line as in an evidence file, e.g. {@code - {key: a.one, value: true}}. */
    static Assessment assess(MaturityEngine engine, String items) {
        ParsedEvidence parsed = engine.read("country: {code: XA, name: Testland}\nassessedOn: " + ON + "\nevidence:\n"
                + (items.isBlank() ? "  []\n" : items.indent(2)), "yaml", "test.yaml");
        return engine.assess(parsed);
    }

    static Assessment assess(String items) {
        return assess(engine(), items);
    }
}
