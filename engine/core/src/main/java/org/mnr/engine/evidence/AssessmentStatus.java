package org.mnr.engine.evidence;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Whether an assessment is a draft or final ({@link AssessmentInfo#status()}). */
@API(status = EXPERIMENTAL, since = "1.2")
public enum AssessmentStatus {
    /** Not yet final: reports mark it DRAFT on every page. */
    DRAFT,
    /** Final. */
    FINAL;

    /** The status as files write it: {@code draft} or {@code final}. */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status a word names ({@code draft}, {@code final}, any case), or empty. */
    public static Optional<AssessmentStatus> parse(String word) {
        if (word == null) {
            return Optional.empty();
        }
        String wanted = word.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.id().equals(wanted)).findFirst();
    }

    /** The words a file may write. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(AssessmentStatus::id).toList();
    }
}
