package org.mnr.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers the requests Jetty itself refuses (a malformed request line or header, a bad URI) with the
 * same JSON as the routes and nothing of Jetty's wording or stack.
 */
final class JsonErrors extends ErrorHandler {

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus() >= 400 ? response.getStatus() : 400;
        String reason = HttpStatus.getMessage(status);
        String body = Problems.json(List.of(Problems.request("the request was refused: " + status + " " + reason,
                "send a well-formed HTTP request; the API is described at /api/openapi.json")));
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Exchange.JSON);
        response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }
}
