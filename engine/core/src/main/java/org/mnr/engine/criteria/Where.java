package org.mnr.engine.criteria;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A place in a criteria file, as an editor shows it.
 *
 * @param file the file, as a path or jar entry
 * @param line the 1-based line, or 0 when not known
 * @param column the 1-based column, or 0 when not known
 */
@API(status = EXPERIMENTAL, since = "1.0")
public record Where(String file, int line, int column) {

    /** {@code FILE:LINE:COLUMN}, leaving out what is not known. */
    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "");
    }
}
