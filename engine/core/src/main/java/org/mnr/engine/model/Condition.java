package org.mnr.engine.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * When a criterion is met: one of the condition forms of the model, as a criteria file writes it under
 * {@code when}.
 *
 * <p>Leaves compare one evidence key ({@link KeyCondition}) or read another capability's level
 * ({@link LevelAtLeast}); {@link AnyOf} and {@link CountAtLeast} hold leaves only.
 */
@API(status = EXPERIMENTAL, since = "1.0")
public sealed interface Condition {

    /** The leaves of this condition, in the order written; a leaf is its own only leaf. */
    List<Condition> leaves();

    /** The evidence keys this condition names, sorted. */
    default Set<String> keys() {
        Set<String> keys = new TreeSet<>();
        leaves().stream().flatMap(l -> l instanceof KeyCondition k ? Stream.of(k.key()) : Stream.empty()).forEach(keys::add);
        return keys;
    }

    /** The capabilities whose level this condition reads, sorted. */
    default Set<Integer> capabilities() {
        Set<Integer> capabilities = new TreeSet<>();
        leaves().stream().flatMap(l -> l instanceof LevelAtLeast c ? Stream.of(c.capability()) : Stream.empty())
                .forEach(capabilities::add);
        return capabilities;
    }

    /** A leaf that compares the value of one evidence key. */
    sealed interface KeyCondition extends Condition {

        /** The evidence key compared. */
        String key();

        @Override
        default List<Condition> leaves() {
            return List.of(this);
        }
    }

    /**
     * {@code {key, equals: v}}: the value equals {@code v}, a boolean or an enum value.
     *
     * @param key the evidence key
     * @param value a {@link Boolean} or a {@link String}
     */
    record Equals(String key, Object value) implements KeyCondition {

        /** Validates the fields. */
        public Equals {
            Objects.requireNonNull(key, "key");
            if (!(value instanceof Boolean) && !(value instanceof String)) {
                throw new IllegalArgumentException("equals takes true, false or a value name, not " + value);
            }
        }
    }

    /**
     * {@code {key, oneOf: [..]}}: the enum value is one of the list.
     *
     * @param key the evidence key
     * @param values the accepted values, in the order written
     */
    record OneOf(String key, List<String> values) implements KeyCondition {

        /** Copies the list. */
        public OneOf {
            Objects.requireNonNull(key, "key");
            values = List.copyOf(values);
        }
    }

    /**
     * {@code {key, atLeast: n}}: the number is {@code n} or more.
     *
     * @param key the evidence key
     * @param bound the smallest number that meets it
     */
    record AtLeast(String key, BigDecimal bound) implements KeyCondition {

        /** Validates the fields. */
        public AtLeast {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(bound, "bound");
        }
    }

    /**
     * {@code {key, atMost: n}}: the number is {@code n} or less.
     *
     * @param key the evidence key
     * @param bound the largest number that meets it
     */
    record AtMost(String key, BigDecimal bound) implements KeyCondition {

        /** Validates the fields. */
        public AtMost {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(bound, "bound");
        }
    }

    /**
     * {@code {key, includesAll: [..]}}: the set holds every listed member.
     *
     * @param key the evidence key
     * @param members the members required, in the order written
     */
    record IncludesAll(String key, List<String> members) implements KeyCondition {

        /** Copies the list. */
        public IncludesAll {
            Objects.requireNonNull(key, "key");
            members = List.copyOf(members);
        }
    }

    /**
     * {@code {key, withinYears: n}}: the date lies between the assessment date minus {@code n} years and
     * the assessment date, both included.
     *
     * @param key the evidence key
     * @param years how many years back the window reaches
     */
    record WithinYears(String key, int years) implements KeyCondition {

        /** Validates the fields. */
        public WithinYears {
            Objects.requireNonNull(key, "key");
        }
    }

    /**
     * {@code {capability: c, levelAtLeast: l}}: capability {@code c} has reached level {@code l} or more.
     *
     * @param capability the capability read
     * @param level the lowest level that will do
     */
    record LevelAtLeast(int capability, int level) implements Condition {

        @Override
        public List<Condition> leaves() {
            return List.of(this);
        }
    }

    /**
     * {@code {anyOf: [leaves]}}: at least one leaf is true.
     *
     * @param of the leaves
     */
    record AnyOf(List<Condition> of) implements Condition {

        /** Copies the list. */
        public AnyOf {
            of = List.copyOf(of);
        }

        @Override
        public List<Condition> leaves() {
            return of;
        }
    }

    /**
     * {@code {countAtLeast: n, of: [leaves]}}: at least {@code n} leaves are true.
     *
     * @param count how many leaves must be true
     * @param of the leaves
     */
    record CountAtLeast(int count, List<Condition> of) implements Condition {

        /** Copies the list. */
        public CountAtLeast {
            of = List.copyOf(of);
        }

        @Override
        public List<Condition> leaves() {
            return of;
        }
    }
}
