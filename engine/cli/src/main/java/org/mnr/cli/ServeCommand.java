package org.mnr.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Base64;
import java.util.concurrent.Callable;
import org.mnr.engine.MaturityEngine;
import org.mnr.server.MnrServer;
import org.mnr.server.ServerSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mnr serve}: the workspace in the browser and the HTTP API, until stopped. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Serve a workspace of evidence files in the browser, and the engine as an HTTP API.",
            "The API is under /api and described at /api/openapi.json. Open the address printed; stop with Ctrl-C.",
            "It listens on 127.0.0.1 unless --host says otherwise; on any other address every request needs the access "
                + "token, generated and printed at start unless --token gives one.",
            "Nothing is loaded from outside the machine: it works offline."
        },
        footer = {"", "Example: mnr serve --workspace fixtures/evidence", "",
            "Exit codes: 0 stopped, 2 usage (e.g. the port is taken), 1 anything else."})
final class ServeCommand implements Callable<Integer> {

    @Mixin
    private LanguageOption language;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "The port to listen on (default 8080; 0 for any free one).")
    private int port;

    @Option(names = "--host", paramLabel = "H", defaultValue = ServerSettings.LOOPBACK,
            description = "The address to listen on (default 127.0.0.1, this machine only).")
    private String host;

    @Option(names = "--workspace", paramLabel = "DIR", defaultValue = ".",
            description = "The folder of evidence files to show and save into (default: the current folder).")
    private Path workspace;

    @Option(names = "--token", paramLabel = "T",
            description = "The access token every request must carry; generated when listening beyond 127.0.0.1 without one.")
    private String token;

    @Option(names = "--max-request-size", paramLabel = "SIZE", converter = LimitOptions.SizeConverter.class,
            description = "The largest request body read, e.g. 2MB (the default).")
    private Long maxRequestSize;

    @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "20",
            description = "The longest one request may take before it is answered 503 (default 20).")
    private int timeLimit;

    @Mixin
    private PackOptions packOptions = new PackOptions();

    @Mixin
    private LimitOptions limitOptions = new LimitOptions();

    @Mixin
    private ConfidenceOption confidenceOption = new ConfidenceOption();

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        if (timeLimit < 1) {
            throw UsageException.of("msg.serve.time-limit", timeLimit);
        }
        if (Files.exists(workspace) && !Files.isDirectory(workspace)) {
            throw UsageException.of("msg.serve.workspace-file", workspace);
        }
        // ServerSettings checks these too, in English; checked first here to say them by option and in the command's language.
        if (port < 0 || port > 65_535) {
            throw UsageException.of("msg.serve.port", port);
        }
        if (maxRequestSize != null && maxRequestSize < 1) {
            throw UsageException.of("msg.positive", "--max-request-size", maxRequestSize);
        }
        if (token != null && token.isBlank()) {
            throw UsageException.of("msg.serve.token-empty");
        }
        String access = token;
        if (access == null && !ServerSettings.isLoopback(host)) {
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            access = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        }
        ServerSettings settings;
        try {
            settings = new ServerSettings(host, port, workspace, access,
                    maxRequestSize == null ? ServerSettings.DEFAULT_MAX_REQUEST_BYTES : maxRequestSize, Duration.ofSeconds(timeLimit));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        // The pages' default language is the one asked for; without --lang they stay English, the same page on any machine.
        Optional<Locale> language = CliLanguage.given(spec);
        if (language.isPresent()) {
            settings = settings.withLanguage(language.get().getLanguage());
        }
        // Variants are chosen per request (the API's variant and variants parameters), so there is no --variant here.
        MaturityEngine engine = confidenceOption.applyTo(packOptions.builder().evidenceLimits(limitOptions.limits())).build();
        MnrServer server;
        try {
            server = MnrServer.start(engine, settings);
        } catch (IllegalStateException e) {
            throw UsageException.of("msg.serve.cannot-listen", host, port);
        }
        Thread stop = new Thread(server::close, "mnr-serve-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        PrintWriter out = spec.commandLine().getOut();
        CliText text = CliText.of(CliLanguage.of(spec));
        out.println(text.format("msg.serve.workspace", workspace.toAbsolutePath().normalize()));
        out.println("  " + server.address());
        out.println(text.format("msg.serve.open", server.address().resolve("/api/openapi.json").toString().replaceAll("\\?.*", "")));
        out.flush();
        try {
            server.join();
        } catch (InterruptedException e) {
            // Embedded (as in tests), the thread running the command is interrupted to stop it.
            server.close();
            Runtime.getRuntime().removeShutdownHook(stop);
            Thread.currentThread().interrupt();
        }
        return ExitCodes.OK;
    }
}
