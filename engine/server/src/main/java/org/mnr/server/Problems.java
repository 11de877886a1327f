package org.mnr.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.mnr.engine.internal.result.ResultMapper;
import org.mnr.engine.evidence.Place;
import org.mnr.engine.evidence.Problem;
import org.mnr.engine.result.ResultJson;

/** Problems as the API writes them: every field of the library's {@link Problem}, plus the line the CLI prints. */
final class Problems {

    /** The name problems give to a request's body, where the CLI gives a file's name. */
    static final String REQUEST = "request";

    private static final ObjectMapper MAPPER = ResultMapper.mapper();

    private Problems() {
    }

    /** A problem with the request as a whole. */
    static Problem request(String message, String hint) {
        return Problem.error(REQUEST, Place.at(""), message, hint);
    }

    /**
     * The body of a 400 (or other refusal): {@code {"problems": [...]}}. Each problem is the library's
     * record as Jackson writes it, so any field the library adds (such as a problem code) appears too,
     * with {@code text}, the one line {@code mnr validate} prints.
     */
    static String json(List<Problem> problems) {
        return json(problems, null);
    }

    /** The same, with {@code valid} first when it is given, as {@code /api/validate} answers. */
    static String json(List<Problem> problems, Boolean valid) {
        ObjectNode body = MAPPER.createObjectNode();
        if (valid != null) {
            body.put("valid", valid);
        }
        ArrayNode list = body.putArray("problems");
        for (Problem problem : problems) {
            ObjectNode node = MAPPER.valueToTree(problem);
            node.put("text", problem.toString());
            list.add(node);
        }
        return ResultJson.write(body);
    }
}
