package org.mnr.engine.spi;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * One validated evidence item as rules see it: a key and its typed value.
 *
 * <p>Exactly one of {@link #getFlag()}, {@link #getNumber()}, {@link #getText()}, {@link #getDate()}
 * and {@link #getMembers()} is set, according to the key's type; the others are null, so a
 * constraint on the wrong one is simply false. Rules read facts like this:
 *
 * <pre>{@code
 * Fact(key == "governance.body.exists", flag == true)
 * Fact(key == "governance.body.mandate", text in ("ministerial_decision", "statutory"))
 * Fact(key == "legislation.child_age_threshold", number >= 18)
 * Fact(key == "governance.body.members", members contains "industry")
 * Fact(key == "governance.strategy.adopted_date", withinYears(5))
 * }</pre>
 */
@API(status = STABLE, since = "1.0")
public final class Fact {

    private final String key;
    private final Boolean flag;
    private final BigDecimal number;
    private final String text;
    private final LocalDate date;
    private final Set<String> members;
    private final LocalDate assessedOn;

    private Fact(String key, Boolean flag, BigDecimal number, String text, LocalDate date,
            Set<String> members, LocalDate assessedOn) {
        this.key = Objects.requireNonNull(key, "key");
        this.flag = flag;
        this.number = number;
        this.text = text;
        this.date = date;
        this.members = members;
        this.assessedOn = Objects.requireNonNull(assessedOn, "assessedOn");
    }

    /** A boolean fact. */
    public static Fact ofFlag(String key, boolean flag, LocalDate assessedOn) {
        return new Fact(key, flag, null, null, null, null, assessedOn);
    }

    /** A number fact. */
    public static Fact ofNumber(String key, BigDecimal number, LocalDate assessedOn) {
        return new Fact(key, null, Objects.requireNonNull(number, "number"), null, null, null, assessedOn);
    }

    /** An enum fact. */
    public static Fact ofText(String key, String text, LocalDate assessedOn) {
        return new Fact(key, null, null, Objects.requireNonNull(text, "text"), null, null, assessedOn);
    }

    /** A date fact. */
    public static Fact ofDate(String key, LocalDate date, LocalDate assessedOn) {
        return new Fact(key, null, null, null, Objects.requireNonNull(date, "date"), null, assessedOn);
    }

    /** A set fact. */
    public static Fact ofMembers(String key, Set<String> members, LocalDate assessedOn) {
        return new Fact(key, null, null, null, null, Set.copyOf(members), assessedOn);
    }

    /** The evidence key. */
    public String getKey() {
        return key;
    }

    /** The value of a boolean key, else null. */
    public Boolean getFlag() {
        return flag;
    }

    /** The value of a number key, else null. */
    public BigDecimal getNumber() {
        return number;
    }

    /** The value of an enum key, else null. */
    public String getText() {
        return text;
    }

    /** The value of a date key, else null. */
    public LocalDate getDate() {
        return date;
    }

    /** The members of a set key, else null. */
    public Set<String> getMembers() {
        return members;
    }

    /** The date the country was assessed on. */
    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    /**
     * Whether the date lies in the {@code years} years up to the assessment date, both ends included.
     *
     * <p>The start is {@code assessedOn.minusYears(years)}, so from 29 February the window starts on
     * 28 February of a year that is not a leap year. A date after the assessment date is not within.
     */
    public boolean withinYears(int years) {
        return date != null && !date.isBefore(assessedOn.minusYears(years)) && !date.isAfter(assessedOn);
    }

    @Override
    public String toString() {
        Object value = flag != null ? flag : number != null ? number : text != null ? text : date != null ? date : members;
        return key + "=" + value;
    }
}
