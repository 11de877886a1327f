package org.mnr.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/** One request and its response, as the routes see them: Jetty parses, this only reads and writes. */
final class Exchange {

    static final String JSON = "application/json; charset=utf-8";
    static final String HTML = "text/html; charset=utf-8";

    private final Request request;
    private final Response response;
    private final Callback callback;
    private final long maxBody;
    private Fields query;
    private Map<String, String> pathParameters = Map.of();
    private boolean answered;
    private boolean bodyRead;

    Exchange(Request request, Response response, Callback callback, long maxBody) {
        this.request = request;
        this.response = response;
        this.callback = callback;
        this.maxBody = maxBody;
    }

    String method() {
        return request.getMethod();
    }

    String path() {
        return Request.getPathInContext(request);
    }

    /** The path and query as the request wrote them, still encoded, e.g. {@code /edit/x%20y.json?lang=fr}. */
    String target() {
        return request.getHttpURI().getPathQuery();
    }

    String header(String name) {
        return request.getHeaders().get(name);
    }

    String header(HttpHeader name) {
        return request.getHeaders().get(name);
    }

    String cookie(String name) {
        List<HttpCookie> cookies = Request.getCookies(request);
        return cookies.stream().filter(c -> c.getName().equals(name)).map(HttpCookie::getValue).findFirst().orElse(null);
    }

    /** The server's own origin as the browser sees it, e.g. {@code http://127.0.0.1:8080}. */
    String origin() {
        return request.getHttpURI().getScheme() + "://" + request.getHttpURI().getAuthority();
    }

    String hostName() {
        return Request.getServerName(request);
    }

    /** A query parameter, or null. */
    String query(String name) {
        return queryFields().getValue(name);
    }

    /** Every value of a repeatable query parameter. */
    List<String> queries(String name) {
        List<String> values = queryFields().getValues(name);
        return values == null ? List.of() : values;
    }

    private Fields queryFields() {
        if (query == null) {
            query = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
        }
        return query;
    }

    void pathParameters(Map<String, String> parameters) {
        pathParameters = Map.copyOf(parameters);
    }

    String pathParameter(String name) {
        return pathParameters.get(name);
    }

    /**
     * The request body, refused with 413 before it is read when it says it is longer than the limit,
     * and as soon as more than the limit arrives when it does not say.
     */
    byte[] body() {
        long declared = request.getLength();
        if (declared > maxBody) {
            throw tooLarge();
        }
        try (InputStream in = Content.Source.asInputStream(request)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBody + 1));
            if (bytes.length > maxBody) {
                throw tooLarge();
            }
            bodyRead = true;
            return bytes;
        } catch (IOException e) {
            throw HttpFailure.of(400, "the request body could not be read: the connection ended early", "send the whole body again");
        }
    }

    /** Whether the request says a body follows, by its length or by chunks. */
    private boolean hasBody() {
        return request.getLength() > 0 || request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
    }

    private HttpFailure tooLarge() {
        return HttpFailure.of(413, "the request body is larger than the limit of " + maxBody + " bytes",
                "send a smaller document, or start mnr serve with a larger --max-request-size");
    }

    void header(String name, String value) {
        response.getHeaders().put(name, value);
    }

    void add(HttpField field) {
        response.getHeaders().add(field);
    }

    boolean answered() {
        return answered;
    }

    void send(int status, String contentType, String body) {
        send(status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    void send(int status, String contentType, byte[] body) {
        answered = true;
        response.setStatus(status);
        if (contentType != null) {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        }
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        if (!bodyRead && hasBody()) {
            // Answered before the body was read (refused, or too large): Jetty drops the connection once the
            // response is sent, and a client that was not told would send its next request into the closed socket.
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
        }
        if ("HEAD".equals(method())) {
            response.write(true, null, callback);
        } else {
            response.write(true, ByteBuffer.wrap(body), callback);
        }
    }

    void json(int status, String body) {
        send(status, JSON, body);
    }

    /** Sends a file to save, named so the browser offers it under that name. */
    void download(String contentType, String fileName, byte[] body) {
        header("Content-Disposition", "attachment; filename=\"" + fileName.replaceAll("[^A-Za-z0-9._-]", "_") + "\"");
        send(200, contentType, body);
    }

    void redirect(String location) {
        header("Location", location);
        send(303, "text/plain; charset=utf-8", "See " + location);
    }
}
