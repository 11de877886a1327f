package org.mnr.server;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.mnr.engine.MaturityEngine;

/**
 * {@code mnr serve}: one engine, shared by every request, behind an HTTP API under {@code /api} and a
 * workspace of evidence files in the browser.
 *
 * <p>Jetty parses HTTP; this server only routes. It listens on loopback unless told otherwise, and
 * anywhere else only with an access token.
 */
public final class MnrServer implements AutoCloseable {

    private final Server server;
    private final ServerConnector connector;
    private final Deadline deadline;
    private final ServerSettings settings;
    private final List<Route> routes;

    private MnrServer(MaturityEngine engine, ServerSettings settings) {
        this.settings = settings;
        int cores = Runtime.getRuntime().availableProcessors();
        this.deadline = new Deadline(settings.timeLimit(), Math.max(2, cores * 2));
        Workspace workspace = new Workspace(settings.workspace());
        Api api = new Api(engine, workspace, deadline);
        List<Route> all = new ArrayList<>(api.routes());
        all.addAll(new Pages(engine, workspace, api, deadline, settings.language()).routes());
        this.routes = List.copyOf(all);

        QueuedThreadPool threads = new QueuedThreadPool(200, 8);
        threads.setName("mnr-serve");
        threads.setDaemon(true);
        this.server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        http.setRequestHeaderSize(16 * 1024);
        this.connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(settings.host());
        connector.setPort(settings.port());
        connector.setIdleTimeout(30_000);
        server.addConnector(connector);
        server.setHandler(new Dispatcher(routes, new Guard(settings), settings.maxRequestBytes()));
        server.setErrorHandler(new JsonErrors());
        server.setStopTimeout(2_000);
    }

    /**
     * Starts a server with this engine and these settings.
     *
     * @throws IllegalStateException when it cannot listen, e.g. the port is taken
     */
    public static MnrServer start(MaturityEngine engine, ServerSettings settings) {
        MnrServer started = new MnrServer(engine, settings);
        try {
            started.server.start();
        } catch (Exception e) {
            started.close();
            // Jetty's words name its own classes; say what a person can act on.
            throw new IllegalStateException("cannot listen on " + settings.host() + ":" + settings.port()
                    + ": the port is taken, or the address is not one of this machine's", e);
        }
        return started;
    }

    /** The port it listens on, the one chosen when the settings said 0. */
    public int port() {
        return connector.getLocalPort();
    }

    /** The address to open in a browser, with the token when there is one. */
    public URI address() {
        String host = settings.host().contains(":") && !settings.host().startsWith("[") ? "[" + settings.host() + "]" : settings.host();
        return URI.create("http://" + host + ":" + port() + "/" + (settings.token() == null ? "" : "?token=" + settings.token()));
    }

    /** The routes it answers, method and path pattern, e.g. {@code GET /api/packs}. */
    public List<String> routes() {
        return routes.stream().map(r -> r.method() + " " + r.path()).toList();
    }

    /** Waits until the server stops. */
    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            // Stopping is best effort: the process is ending or the test is done.
        } finally {
            deadline.close();
        }
    }
}
