package org.mnr.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Set;

/**
 * What every request must show before a route sees it: the access token when there is one, a host
 * name that is the server's own (against DNS rebinding), and for anything that changes state, proof that
 * it was not sent by another site's page.
 *
 * <p>Cross-site requests are refused by requiring the custom header {@value #REQUEST_HEADER} on every
 * request that is not GET or HEAD: a page of another site can only add it after a CORS preflight, which
 * this server never approves. An {@code Origin} or {@code Sec-Fetch-Site} header that names another site
 * is refused as well.
 */
final class Guard {

    /** The header that state-changing requests carry; any value. */
    static final String REQUEST_HEADER = "X-MNR-Request";
    /** The cookie a browser keeps the token in after opening the printed address. */
    static final String TOKEN_COOKIE = "mnr-token";
    /** The header tools may send the token in, besides {@code Authorization: Bearer}. */
    static final String TOKEN_HEADER = "X-MNR-Token";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD");
    private static final Set<String> LOOPBACK_NAMES = Set.of("127.0.0.1", "localhost", "[::1]", "::1");

    private final byte[] token;
    private final boolean loopback;

    Guard(ServerSettings settings) {
        this.token = settings.token() == null ? null : settings.token().getBytes(StandardCharsets.UTF_8);
        this.loopback = ServerSettings.isLoopback(settings.host());
    }

    /** Refuses the request with the reason, or lets it through. */
    void check(Exchange exchange) {
        if (loopback && !LOOPBACK_NAMES.contains(exchange.hostName().toLowerCase(Locale.ROOT))) {
            throw HttpFailure.of(421, "this server answers only to 127.0.0.1 or localhost, not '" + exchange.hostName() + "'",
                    "open the address mnr serve printed");
        }
        if (token != null && !tokenGiven(exchange)) {
            throw HttpFailure.of(401, "this server needs its access token",
                    "open the address mnr serve printed (it ends in ?token=...), or send the header 'Authorization: Bearer TOKEN'");
        }
        if (!SAFE_METHODS.contains(exchange.method())) {
            String site = exchange.header("Sec-Fetch-Site");
            String origin = exchange.header("Origin");
            if (site != null && site.equals("cross-site") || origin != null && !origin.equals(exchange.origin())) {
                throw HttpFailure.of(403, "a request from another site's page is refused", null);
            }
            if (exchange.header(REQUEST_HEADER) == null) {
                throw HttpFailure.of(403, "a " + exchange.method() + " request must carry the header " + REQUEST_HEADER,
                        "add the header '" + REQUEST_HEADER + ": 1'; it shows the request does not come from another site's page");
            }
        }
    }

    /** Whether the query gave the token, so the browser should keep it in a cookie. */
    boolean tokenInQuery(Exchange exchange) {
        return token != null && matches(exchange.query("token"));
    }

    private boolean tokenGiven(Exchange exchange) {
        String authorization = exchange.header("Authorization");
        String bearer = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7).trim() : null;
        return matches(bearer) || matches(exchange.header(TOKEN_HEADER)) || matches(exchange.cookie(TOKEN_COOKIE))
                || matches(exchange.query("token"));
    }

    private boolean matches(String given) {
        // Constant time, so that timing does not reveal how much of a guess was right.
        return given != null && MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8));
    }
}
