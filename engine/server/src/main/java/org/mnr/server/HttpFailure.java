package org.mnr.server;

import java.util.List;
import org.mnr.engine.evidence.Problem;

/**
 * A request refused with an HTTP status and every reason, each in the library's words; the dispatcher
 * writes it as JSON and the server goes on serving.
 */
final class HttpFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient List<Problem> problems;

    HttpFailure(int status, List<Problem> problems) {
        super(problems.isEmpty() ? "HTTP " + status : problems.get(0).message(), null, false, false);
        this.status = status;
        this.problems = List.copyOf(problems);
    }

    /** A failure with one reason that is about the request as a whole, not a place in a document. */
    static HttpFailure of(int status, String message, String hint) {
        return new HttpFailure(status, List.of(Problems.request(message, hint)));
    }

    int status() {
        return status;
    }

    List<Problem> problems() {
        return problems;
    }
}
