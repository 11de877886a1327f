package org.mnr.reports;

import java.time.LocalDate;
import org.mnr.engine.MaturityEngine;
import org.mnr.engine.evidence.Evidence;
import org.mnr.engine.result.Assessment;

/** An assessment of a fictional EU and CoE member, scored once with every installed pack, for the report tests. */
public final class SampleAssessment {

    /** A source with markup and a table separator, which every report must show as text. */
    public static final String HOSTILE_SOURCE = "Decree <script>alert(1)</script> 12|2021 & \"annex\"";

    private static Assessment assessment;

    private SampleAssessment() {
    }

    public static synchronized Assessment get() {
        if (assessment == null) {
            Evidence evidence = Evidence.builder("XA", LocalDate.of(2026, 6, 30))
                    .name("Atlantis")
                    .memberships("EU", "CoE")
                    .item("governance.body.exists", true, HOSTILE_SOURCE)
                    .add("governance.ministerial_commitment", true)
                    .add("lawenforcement.specialist_unit.exists", false)
                    // Capability 14 reads no other capability: its level 1 is met and every other key of it is missing
                    // (mnr 2.0.0: level 1 is C14.L1.ethical-standards and C14.L1.participation-commitment).
                    .add("participation.ethical_standards", true)
                    .add("participation.policy_commitment", true)
                    .build();
            assessment = MaturityEngine.builder().build().assess(evidence);
        }
        return assessment;
    }
}
