package org.mnr.engine.criteria;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * One thing wrong with a criteria file, in the author's terms.
 *
 * @param where where it is
 * @param message what is wrong and how to fix it
 */
@API(status = EXPERIMENTAL, since = "1.0")
public record CriteriaProblem(Where where, String message) {

    /** {@code FILE:LINE:COLUMN: message}, as compilers write it. */
    @Override
    public String toString() {
        return where + ": " + message;
    }
}
