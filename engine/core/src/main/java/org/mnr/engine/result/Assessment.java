package org.mnr.engine.result;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The result of assessing one country: per capability a level, a score and the reasons.
 *
 * <p>Immutable. {@link ResultJson} writes it as the JSON of MODEL.md, byte-identical for the same
 * evidence and packs.
 *
 * @param country the country
 * @param assessedOn the date the evidence describes
 * @param engine the engine that produced it
 * @param packs every pack used, base first
 * @param overall the overall score and coverage
 * @param domains the domains, in order
 * @param capabilities the capabilities, 1 to 21
 * @param warnings what was ignored in the evidence, one line each
 */
@JsonPropertyOrder({"country", "assessedOn", "engine", "packs", "overall", "domains", "capabilities", "warnings"})
@API(status = STABLE, since = "1.0")
public record Assessment(
        CountryRef country,
        LocalDate assessedOn,
        EngineVersion engine,
        List<PackVersion> packs,
        Overall overall,
        List<DomainResult> domains,
        List<CapabilityResult> capabilities,
        List<String> warnings) {

    /** Copies the lists. */
    public Assessment {
        packs = List.copyOf(packs);
        domains = List.copyOf(domains);
        capabilities = List.copyOf(capabilities);
        warnings = List.copyOf(warnings);
    }

    /** Finds a capability's result by number. */
    public Optional<CapabilityResult> capability(int id) {
        return capabilities.stream().filter(c -> c.id() == id).findFirst();
    }

    /** Finds a criterion's result by id, in whichever capability it is. */
    public Optional<CriterionResult> criterion(String id) {
        return capabilities.stream().flatMap(c -> c.criteria().stream()).filter(c -> c.id().equals(id)).findFirst();
    }

    /** This result as JSON. */
    public String toJson() {
        return ResultJson.write(this);
    }
}
