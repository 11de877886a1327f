package org.mnr.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends each request Jetty has parsed to its route, after the guard; turns every failure into a
 * JSON answer with its problems and never a stack trace, so the server keeps serving whatever came in.
 */
final class Dispatcher extends Handler.Abstract {

    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

    private final List<Route> routes;
    private final Guard guard;
    private final long maxBody;

    Dispatcher(List<Route> routes, Guard guard, long maxBody) {
        this.routes = List.copyOf(routes);
        this.guard = guard;
        this.maxBody = maxBody;
    }

    List<Route> routes() {
        return routes;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Exchange exchange = new Exchange(request, response, callback, maxBody);
        try {
            secure(exchange);
            guard.check(exchange);
            if (guard.tokenInQuery(exchange) && "GET".equals(exchange.method())) {
                // Keep the token in a cookie the page's own requests send, and take it out of the address bar.
                exchange.header("Set-Cookie", Guard.TOKEN_COOKIE + "=" + exchange.query("token") + "; Path=/; HttpOnly; SameSite=Strict");
                exchange.redirect(exchange.path());
                return true;
            }
            dispatch(exchange);
        } catch (HttpFailure failure) {
            if (!exchange.answered()) {
                exchange.json(failure.status(), Problems.json(failure.problems()));
            }
        } catch (Exception | StackOverflowError e) {
            LOG.error("{} {} failed", exchange.method(), exchange.path(), e);
            if (!exchange.answered()) {
                exchange.json(500, Problems.json(List.of(Problems.request("the server could not answer this request",
                        "the server's log has the cause; the server goes on serving"))));
            }
        }
        return true;
    }

    private void dispatch(Exchange exchange) throws Exception {
        String method = "HEAD".equals(exchange.method()) ? "GET" : exchange.method();
        List<String> allowed = new ArrayList<>();
        for (Route route : routes) {
            Optional<Map<String, String>> parameters = route.match(exchange.path());
            if (parameters.isEmpty()) {
                continue;
            }
            if (route.method().equals(method)) {
                exchange.pathParameters(parameters.get());
                route.action().handle(exchange);
                return;
            }
            allowed.add(route.method());
        }
        if (!allowed.isEmpty()) {
            exchange.header("Allow", String.join(", ", allowed));
            throw HttpFailure.of(405, exchange.method() + " is not allowed on " + exchange.path() + "; allowed: "
                    + String.join(", ", allowed), null);
        }
        throw HttpFailure.of(404, "there is nothing at " + exchange.path(), "the API is described at /api/openapi.json");
    }

    /** Headers every answer carries: nothing from other sites runs in our pages, and no page of ours runs in theirs. */
    private static void secure(Exchange exchange) {
        exchange.header("Content-Security-Policy",
                "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self';"
                        + " form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
        exchange.header("X-Content-Type-Options", "nosniff");
        exchange.header("Referrer-Policy", "no-referrer");
        exchange.header("X-Frame-Options", "DENY");
        exchange.header("Cache-Control", "no-store");
    }
}
