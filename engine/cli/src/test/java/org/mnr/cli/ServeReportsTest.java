package org.mnr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/**
 * {@code mnr serve}'s report downloads are the reports {@code mnr score} writes: both started from the
 * command line with its default packs, the same fixture gives the same bytes in every language.
 */
class ServeReportsTest {

    private static final Path FIXTURE = Path.of("..", "..", "fixtures", "evidence", "xc-cordessa-2026.json");
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @TempDir
    static Path workspace;

    private static Thread serving;
    private static URI base;

    @BeforeAll
    static void serve() throws Exception {
        Files.copy(FIXTURE, workspace.resolve("xc.json"));
        StringWriter out = new StringWriter();
        serving = new Thread(() -> {
            CommandLine command = Mnr.commandLine();
            command.setOut(new PrintWriter(out, true));
            command.setErr(new PrintWriter(new StringWriter(), true));
            command.execute("serve", "--port", "0", "--workspace", workspace.toString());
        });
        serving.setDaemon(true);
        serving.start();
        Pattern address = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/)");
        Matcher matcher = address.matcher("");
        for (int i = 0; i < 600 && !matcher.find(); i++) {
            Thread.sleep(100);
            matcher = address.matcher(out.toString());
        }
        base = URI.create(matcher.group(1));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        serving.interrupt();
        serving.join(10_000);
    }

    private static HttpResponse<byte[]> get(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @ParameterizedTest
    @CsvSource({"html, en", "html, fr", "html, es", "md, en", "md, fr", "md, es"})
    void aDownloadIsTheReportMnrScoreWrites(String format, String lang, @TempDir Path out) throws Exception {
        Path written = out.resolve("xc." + format);
        CliRun score = CliRun.of("score", FIXTURE.toString(), "--format", format, "--lang", lang, "-o", written.toString());
        assertThat(score.exit()).as(score.err()).isZero();

        HttpResponse<byte[]> download = get("/api/workspace/files/xc.json/download?format=" + format + "&lang=" + lang);

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(Files.readAllBytes(written));
    }

    @Test
    void thePdfDownloadIsAPdfOfTheFixture(@TempDir Path out) throws Exception {
        HttpResponse<byte[]> download = get("/api/workspace/files/xc.json/download?format=pdf&lang=fr");

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(download.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        Path pdf = Files.write(out.resolve("xc.pdf"), download.body());
        Process pdftotext = new ProcessBuilder("pdftotext", pdf.toString(), "-").redirectErrorStream(true).start();
        String text = new String(pdftotext.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(pdftotext.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(text).contains("Cordessa");
    }

    @Test
    void aBadLanguageIs400WithTheProblemAndTheServerKeepsServing() throws Exception {
        HttpResponse<byte[]> refused = get("/api/workspace/files/xc.json/download?format=html&lang=de");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(new String(refused.body(), StandardCharsets.UTF_8)).contains("lang takes en, fr, es, not 'de'")
                .doesNotContain("Exception");
        assertThat(get("/api/workspace/files/xc.json/download?format=md&lang=es").statusCode()).isEqualTo(200);
    }
}
