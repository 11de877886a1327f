package org.mnr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code mnr serve}: starts on loopback, prints where to go, and refuses bad options with exit code 2. */
class ServeCommandTest {

    @Test
    void servesTheWorkspaceOnLoopbackAndPrintsTheAddress(@TempDir Path workspace) throws Exception {
        Files.copy(Path.of("..", "..", "fixtures", "evidence", "xa-arvenia-2026.json"), workspace.resolve("xa.json"));
        StringWriter out = new StringWriter();
        AtomicInteger exit = new AtomicInteger(-1);
        Thread serving = new Thread(() -> {
            CommandLine command = Mnr.commandLine();
            command.setOut(new PrintWriter(out, true));
            command.setErr(new PrintWriter(new StringWriter(), true));
            exit.set(command.execute("serve", "--port", "0", "--workspace", workspace.toString()));
        });
        serving.setDaemon(true);
        serving.start();
        Pattern address = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/)");
        Matcher matcher = address.matcher("");
        for (int i = 0; i < 600 && !matcher.find(); i++) {
            Thread.sleep(100);
            matcher = address.matcher(out.toString());
        }
        assertThat(out.toString()).contains("mnr serve: the workspace").contains("/api/openapi.json");
        URI base = URI.create(matcher.group(1));

        HttpResponse<String> files = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve("/api/workspace/files")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(files.statusCode()).isEqualTo(200);
        assertThat(files.body()).contains("xa.json");

        serving.interrupt();
        serving.join(10_000);
        assertThat(exit.get()).isZero();
    }

    @Test
    void badOptionsAreUsageErrors(@TempDir Path workspace) throws IOException {
        Path file = Files.writeString(workspace.resolve("file.json"), "{}");
        assertThat(CliRun.of("serve", "--workspace", file.toString()).exit()).isEqualTo(2);
        assertThat(CliRun.of("serve", "--workspace", workspace.toString(), "--port", "70000").err()).contains("port must be 0 to 65535");
        assertThat(CliRun.of("serve", "--workspace", workspace.toString(), "--time-limit", "0").exit()).isEqualTo(2);
        assertThat(CliRun.of("serve", "--workspace", workspace.toString(), "--token", " ").exit()).isEqualTo(2);
    }

    @Test
    void aTakenPortIsAUsageErrorNamingIt(@TempDir Path workspace) throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            CliRun run = CliRun.of("serve", "--workspace", workspace.toString(), "--port", String.valueOf(taken.getLocalPort()));

            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.err()).contains("cannot listen on 127.0.0.1:" + taken.getLocalPort()).contains("choose another --port")
                    .doesNotContain("Exception");
        }
    }
}
