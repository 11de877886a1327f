package org.mnr.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import org.mnr.server.view.PageText;

/**
 * How {@code mnr serve} listens and what it allows.
 *
 * @param host the address to listen on; {@code 127.0.0.1} unless told otherwise
 * @param port the port, or 0 for any free port
 * @param workspace the folder of evidence files the browser workspace shows and saves into
 * @param token the access token every request must carry, or null for none (only allowed on loopback)
 * @param maxRequestBytes the largest request body read
 * @param timeLimit how long one request may take the engine before it is answered 503
 * @param language the language of the workspace's pages when a request does not name one ({@code ?lang=}): {@code en},
 *     {@code fr} or {@code es}; English unless told otherwise
 */
public record ServerSettings(String host, int port, Path workspace, String token, long maxRequestBytes, Duration timeLimit,
        String language) {

    /** The address a server listens on unless told otherwise. */
    public static final String LOOPBACK = "127.0.0.1";

    /** The request size limit unless told otherwise: 2 MiB, room for two large evidence files in a diff. */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 2L * 1024 * 1024;

    /** The time limit unless told otherwise. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(20);

    /** Validates the fields. */
    public ServerSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(language, "language");
        language = language.strip().toLowerCase(Locale.ROOT);
        if (!PageText.LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("the pages are written in " + String.join(", ", PageText.LANGUAGES) + ", not '" + language + "'");
        }
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(timeLimit, "timeLimit");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0 to 65535, not " + port);
        }
        if (maxRequestBytes < 1) {
            throw new IllegalArgumentException("the request size limit must be positive, not " + maxRequestBytes);
        }
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("the time limit must be positive, not " + timeLimit);
        }
        if (token != null && token.isBlank()) {
            throw new IllegalArgumentException("the access token is empty; give a token, or none on loopback");
        }
        if (token == null && !isLoopback(host)) {
            throw new IllegalArgumentException("listening on " + host + ", beyond this machine, needs an access token");
        }
    }

    /** Settings whose pages are in English unless a request names another language. */
    public ServerSettings(String host, int port, Path workspace, String token, long maxRequestBytes, Duration timeLimit) {
        this(host, port, workspace, token, maxRequestBytes, timeLimit, "en");
    }

    /** Loopback, a free port, no token, the default limits: as tests and {@code mnr serve} start. */
    public static ServerSettings local(Path workspace) {
        return new ServerSettings(LOOPBACK, 0, workspace, null, DEFAULT_MAX_REQUEST_BYTES, DEFAULT_TIME_LIMIT);
    }

    /** These settings with another default language for the pages ({@code mnr serve --lang}). */
    public ServerSettings withLanguage(String given) {
        return new ServerSettings(host, port, workspace, token, maxRequestBytes, timeLimit, given);
    }

    /** These settings on another port. */
    public ServerSettings withPort(int given) {
        return new ServerSettings(host, given, workspace, token, maxRequestBytes, timeLimit, language);
    }

    /** These settings with an access token. */
    public ServerSettings withToken(String given) {
        return new ServerSettings(host, port, workspace, given, maxRequestBytes, timeLimit, language);
    }

    /** These settings with other limits. */
    public ServerSettings withLimits(long requestBytes, Duration time) {
        return new ServerSettings(host, port, workspace, token, requestBytes, time, language);
    }

    /** Whether a host name or address is this machine's loopback, which nothing outside it reaches. */
    public static boolean isLoopback(String host) {
        if (host.equals("localhost")) {
            return true;
        }
        // Only literal addresses: resolving a name here could reach a DNS server.
        if (!host.matches("[0-9.]+|\\[?[0-9a-fA-F:]+]?")) {
            return false;
        }
        try {
            return InetAddress.getByName(host.replace("[", "").replace("]", "")).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
