package org.mnr.engine.internal.evidence;

import com.fasterxml.jackson.core.StreamReadConstraints;
import org.mnr.engine.evidence.EvidenceLimits;

/** The engine's evidence limits in the form Jackson's parsers enforce them. */
final class ReadConstraints {

    /** The characters a number may have beyond its digits: sign, point, exponent and its sign and digits. */
    private static final int NUMBER_SIGNS = 16;

    private ReadConstraints() {
    }

    /**
     * The same limits as Jackson enforces them while it parses; the reader checks items and the digits of
     * numbers written out itself, since Jackson does not. Jackson counts a number's characters, so it is
     * given room for a sign, a decimal point and an exponent beyond the digits.
     */
    static StreamReadConstraints of(EvidenceLimits limits) {
        return StreamReadConstraints.builder()
                .maxDocumentLength(limits.maxFileSize())
                .maxNestingDepth(limits.maxDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNameLength(limits.maxStringLength())
                .maxNumberLength(limits.maxNumberLength() > Integer.MAX_VALUE - NUMBER_SIGNS ? Integer.MAX_VALUE : limits.maxNumberLength() + NUMBER_SIGNS)
                .build();
    }
}
