package org.mnr.engine.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An instrument a pack's criteria cite (a convention, a directive, a plan of action...), with its dates written as data so
 * that a plan's period or a treaty's entry into force is checked and updated in one place, with the date it was checked.
 *
 * @param id its id in the pack, e.g. {@code asean-rpa-2021-2025}
 * @param name its full name
 * @param kind what sort of instrument it is
 * @param periodFrom the first year of its period, or null
 * @param periodTo the last year of its period, or null
 * @param adopted the date it was adopted, or null
 * @param inForce the date it entered into force, or null
 * @param asOf the date these facts were last checked
 * @param source where the facts come from
 * @param pack the id of the pack that lists it
 */
@API(status = EXPERIMENTAL, since = "1.2")
public record Instrument(String id, String name, Kind kind, Integer periodFrom, Integer periodTo, LocalDate adopted, LocalDate inForce,
        LocalDate asOf, String source, String pack) {

    /** Validates the fields. */
    public Instrument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(pack, "pack");
    }

    /** What sort of instrument it is, as {@code instruments.yaml} writes it in lower case. */
    @API(status = EXPERIMENTAL, since = "1.2")
    public enum Kind {
        /** A treaty: a convention, protocol or charter. */
        CONVENTION,
        /** An EU directive. */
        DIRECTIVE,
        /** A regulation. */
        REGULATION,
        /** A policy. */
        POLICY,
        /** A plan of action. */
        PLAN,
        /** Guidelines or standards. */
        GUIDELINE,
        /** Anything else. */
        OTHER;

        /** The kind as files write it, e.g. {@code plan}. */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
