package org.mnr.engine.evidence;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * What a blank evidence template holds until it is filled in; evidence that still holds the placeholder date is
 * invalid input (docs/model.md, "Evidence"), so a template left unfilled is never scored.
 */
@API(status = EXPERIMENTAL, since = "1.1")
public final class Placeholders {

    /** The country code of a blank template, a user-assigned code, to be replaced. */
    public static final String CODE = "XA";

    /** The assessment date of a blank template, to be replaced. */
    public static final LocalDate DATE = LocalDate.of(2000, 1, 1);

    private Placeholders() {
    }
}
