package org.mnr.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mnr.engine.MaturityEngine;
import org.mnr.engine.Planner;
import org.mnr.engine.Variants;
import org.mnr.engine.evidence.Confidence;
import org.mnr.engine.evidence.Evidence;
import org.mnr.engine.evidence.Problem;
import org.mnr.engine.model.EvidenceKey;
import org.mnr.engine.model.ValueType;
import org.mnr.engine.planning.Need;
import org.mnr.engine.planning.Plan;
import org.mnr.engine.result.Assessment;
import org.mnr.engine.result.CapabilityResult;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An evaluator's way through the workspace in headless Chromium, from an empty folder to a downloaded
 * HTML report: start an assessment, fill evidence and watch a level move, see an invalid value refused
 * beside its field, see the plan, save, reload and find the unsaved draft kept, be told when the file changed under
 * the tab, and download the report; and on a server that counts only documented evidence, see a level left open until
 * the evidence's confidence is raised. Screenshots of each step go to {@code target/workspace-screenshots/}.
 *
 * <p>Needs Debian's {@code chromium} and {@code chromium-driver}, as the HTML report's browser test does:
 * skipped without them on a developer machine, failing under {@code CI=true}.
 */
class WorkspaceInBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "workspace-screenshots");

    private static Path workspace;
    private static Path downloads;
    private static Path profile;
    private static Served served;
    private static ChromeDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void startServerAndChromium() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String missing = "headless Chromium is needed to test the workspace: " + CHROMIUM + " and " + CHROMEDRIVER
                + " (Debian packages chromium and chromium-driver; apt-get install -y chromium chromium-driver)";
        if ("true".equals(System.getenv("CI"))) {
            assertThat(installed).as(missing).isTrue();
        } else {
            Assumptions.assumeTrue(installed, missing);
        }
        workspace = Files.createTempDirectory("mnr-workspace");
        downloads = Files.createTempDirectory("mnr-downloads");
        profile = Files.createTempDirectory("mnr-chromium-profile");
        Files.createDirectories(SCREENSHOTS);
        served = new Served(ServerSettings.local(workspace));

        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,1000");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toAbsolutePath().toString(),
                "download.prompt_for_download", false));
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (served != null) {
            served.close();
        }
        for (Path folder : new Path[] {workspace, downloads, profile}) {
            if (folder != null) {
                try (Stream<Path> files = Files.walk(folder)) {
                    files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).map(Path::toFile).forEach(File::delete);
                }
            }
        }
    }

    private static void screenshot(String name) throws IOException {
        Path file = SCREENSHOTS.resolve(name + ".png");
        Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
        assertThat(Files.size(file)).isGreaterThan(5_000);
    }

    private static WebElement key(String key) {
        return browser.findElement(By.cssSelector(".key[data-key='" + key + "']"));
    }

    private static String level(int capability) {
        return browser.findElement(By.cssSelector("#result-" + capability + " .level")).getText();
    }

    private static void levelBecomes(int capability, String expected) {
        wait.until(d -> level(capability).equals(expected));
    }

    @Test
    void fromAnEmptyWorkspaceToADownloadedReport() throws IOException {
        browser.get(served.uri("/").toString());
        assertThat(browser.findElement(By.id("empty")).getText()).contains("No evidence files yet");
        screenshot("1-empty-workspace");

        // Start a new assessment.
        browser.findElement(By.id("new-code")).sendKeys("XQ");
        browser.findElement(By.id("new-name")).sendKeys("Quorlia");
        browser.findElement(By.id("new-start")).click();
        wait.until(ExpectedConditions.urlContains("/edit/xq-quorlia-"));
        String saveName = browser.findElement(By.id("assessment")).getAttribute("data-save");
        assertThat(saveName).matches("xq-quorlia-\\d{4}\\.json");
        String date = browser.findElement(By.id("assessed-on")).getAttribute("value");

        // The evidence the engine's own plan says a capability's first level needs, entered in the form: the level moves.
        Evidence empty = Evidence.builder("XQ", LocalDate.parse(date)).name("Quorlia").build();
        Plan plan = new Planner(Served.engine()).plan(empty, Variants.fromMemberships(), 1, Set.of(), 1);
        Plan.Gap gap = plan.gaps().stream().filter(g -> g.blockers().stream().allMatch(b -> !b.needs().isEmpty()
                && selectable(b.needs().get(0).value()))).findFirst().orElseThrow();
        List<Need> needs = gap.blockers().stream().map(b -> b.needs().get(0)).toList();
        int capability = gap.capability();
        Evidence.Builder filled = Evidence.builder("XQ", LocalDate.parse(date)).name("Quorlia");
        needs.forEach(n -> filled.item(n.key(), n.value(), n.key().equals(needs.get(0).key()) ? "Decree 1/2026" : null));
        Evidence changed = filled.build();
        Assessment before = Served.engine().assess(empty);
        Assessment after = Served.engine().assess(changed);
        String levelBefore = reportWords(before.capability(capability).orElseThrow());
        String levelAfter = reportWords(after.capability(capability).orElseThrow());
        assertThat(levelAfter).isNotEqualTo(levelBefore);
        levelBecomes(capability, levelBefore);

        for (Need need : needs) {
            new Select(key(need.key()).findElement(By.cssSelector("select.value"))).selectByValue(String.valueOf(need.value()));
        }
        key(needs.get(0).key()).findElement(By.cssSelector("input.source")).sendKeys("Decree 1/2026");
        levelBecomes(capability, levelAfter);
        screenshot("2-level-moved");

        // The plan of the evidence as the form holds it.
        browser.findElement(By.id("plan-button")).click();
        wait.until(d -> browser.findElement(By.id("plan")).isDisplayed()
                && browser.findElement(By.id("plan")).getText().contains("Capability "));
        assertThat(browser.findElement(By.id("plan")).getText()).contains("Best single changes");

        // An invalid number: the CLI's message beside the field, and no score.
        EvidenceKey number = Served.engine().checker().vocabulary().values().stream()
                .filter(k -> k.type() == ValueType.NUMBER && k.max() != null && k.pack().equals("mnr")).findFirst().orElseThrow();
        String tooBig = number.max().add(BigDecimal.ONE).toPlainString();
        Evidence invalid = Evidence.builder("XQ", LocalDate.parse(date)).item(number.key(), new BigDecimal(tooBig), null).build();
        String message = Served.engine().validate(invalid, Variants.fromMemberships()).stream()
                .filter(p -> p.severity() == Problem.Severity.ERROR).findFirst().orElseThrow().message();
        WebElement numberInput = key(number.key()).findElement(By.cssSelector("input.value"));
        numberInput.sendKeys(tooBig);
        wait.until(d -> key(number.key()).findElement(By.cssSelector(".field-problem")).getText().contains(message));
        screenshot("3-invalid-value");
        browser.findElement(By.id("save")).click();
        wait.until(d -> browser.findElement(By.id("status")).getText().startsWith("Not saved"));
        assertThat(Files.exists(workspace.resolve(saveName))).isFalse();
        numberInput.clear();
        // Clearing by script sends no input event in every driver: tell the form, as typing would.
        browser.executeScript("arguments[0].dispatchEvent(new Event('input', {bubbles: true}))", numberInput);
        wait.until(d -> key(number.key()).findElement(By.cssSelector(".field-problem")).getText().isEmpty());
        levelBecomes(capability, levelAfter);

        // Save: the file is usual evidence with the value given.
        browser.findElement(By.id("save")).click();
        wait.until(d -> browser.findElement(By.id("status")).getText().equals("Saved as " + saveName + "."));
        Evidence saved = Evidence.read(workspace.resolve(saveName));
        assertThat(saved.items()).extracting(i -> i.key() + "=" + i.value() + " " + i.source())
                .containsExactlyInAnyOrderElementsOf(changed.items().stream().map(i -> i.key() + "=" + i.value() + " " + i.source()).toList());
        assertThat(Served.engine().assess(saved).capabilities()).isEqualTo(after.capabilities());
        screenshot("4-saved");

        // An unsaved change survives a reload, as a draft.
        WebElement note = key(needs.get(0).key()).findElement(By.cssSelector("input.note"));
        note.sendKeys("check with the ministry");
        wait.until(d -> browser.findElement(By.id("draft")).isDisplayed());
        browser.navigate().refresh();
        wait.until(d -> browser.findElement(By.id("draft")).getText().contains("draft was restored"));
        assertThat(key(needs.get(0).key()).findElement(By.cssSelector("input.note")).getAttribute("value")).isEqualTo("check with the ministry");
        levelBecomes(capability, levelAfter);
        screenshot("5-draft-restored");

        // Someone else saves the file meanwhile: this tab is told, and nothing is overwritten.
        String theirs = Files.readString(workspace.resolve(saveName)).replace("Quorlia", "Quorlia (their copy)");
        var other = served.send(HttpRequest.newBuilder(served.uri("/api/workspace/files/" + saveName)).header("X-MNR-Request", "1")
                .header("If-Match", "*").PUT(HttpRequest.BodyPublishers.ofString(theirs)).build());
        assertThat(other.statusCode()).isEqualTo(200);
        String onDisk = Files.readString(workspace.resolve(saveName));
        browser.findElement(By.id("save")).click();
        wait.until(d -> browser.findElement(By.id("status")).getText().contains("changed since you opened it"));
        assertThat(Files.readString(workspace.resolve(saveName))).isEqualTo(onDisk);
        screenshot("6-conflict");

        // Download the HTML report of the saved file.
        browser.findElement(By.id("download-html")).click();
        Path report = downloads.resolve(saveName.replace(".json", ".html"));
        wait.until(d -> Files.exists(report));
        assertThat(Files.readString(report)).startsWith("<!DOCTYPE html>").contains("Quorlia (their copy)");
        browser.get(report.toUri().toString());
        screenshot("7-downloaded-report");
    }

    /** A level as the reports write it (docs/model.md): not assessed, a range while evidence is missing, else the level. */
    private static String reportWords(CapabilityResult c) {
        if (c.coverage() == 0) {
            return "Not assessed";
        }
        return c.level() + " " + c.levelName() + (c.levelMax() > c.level() ? ", up to " + c.levelMax() + " " + c.levelMaxName() : "");
    }

    @Test
    void raisingAConfidenceToTheServersMinimumSettlesALevelLeftOpen() throws IOException {
        // A server that counts only documented or verified evidence, as 'mnr serve --min-confidence documented' runs.
        MaturityEngine documentedOnly = MaturityEngine.builder().minConfidence(Confidence.DOCUMENTED).build();
        Path folder = Files.createTempDirectory("mnr-confidence");
        try (MnrServer server = MnrServer.start(documentedOnly, ServerSettings.local(folder))) {
            LocalDate date = LocalDate.of(2026, 6, 30);
            Evidence empty = Evidence.builder("XR", date).name("Rendia").build();
            Plan plan = new Planner(documentedOnly).plan(empty, Variants.fromMemberships(), 1, Set.of(), 1);
            Plan.Gap gap = plan.gaps().stream().filter(g -> g.blockers().stream().allMatch(b -> !b.needs().isEmpty()
                    && selectable(b.needs().get(0).value()))).findFirst().orElseThrow();
            List<Need> needs = gap.blockers().stream().map(b -> b.needs().get(0)).toList();
            int capability = gap.capability();
            Evidence.Builder given = Evidence.builder("XR", date).name("Rendia");
            needs.forEach(n -> given.item(n.key(), n.value(), null));
            Evidence reported = given.build();
            Evidence documented = new Evidence(reported.country(), reported.assessedOn(),
                    reported.items().stream().map(i -> i.withConfidence(Confidence.DOCUMENTED)).toList(), "documented");
            CapabilityResult open = documentedOnly.assess(reported).capability(capability).orElseThrow();
            CapabilityResult settled = documentedOnly.assess(documented).capability(capability).orElseThrow();
            assertThat(reportWords(settled)).isNotEqualTo(reportWords(open));

            browser.get("http://127.0.0.1:" + server.port() + "/new?code=XR&name=Rendia&date=" + date);
            wait.until(ExpectedConditions.urlContains("/edit/xr-rendia-"));
            for (Need need : needs) {
                new Select(key(need.key()).findElement(By.cssSelector("select.value"))).selectByValue(String.valueOf(need.value()));
            }
            // Stated without a document: below the server's minimum, so the capability stays open.
            levelBecomes(capability, reportWords(open));
            browser.executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id("result-" + capability)));
            screenshot("8-reported-left-open");

            for (Need need : needs) {
                new Select(key(need.key()).findElement(By.cssSelector("select.confidence"))).selectByValue("documented");
            }
            levelBecomes(capability, reportWords(settled));
            String confidence = browser.findElement(By.cssSelector("#result-" + capability + " .confidence")).getText();
            assertThat(confidence).isEqualTo(settled.confidence() == null ? "none (level 0)" : settled.confidence().word());
            browser.executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id("result-" + capability)));
            screenshot("9-documented-settled");
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void inFrenchTheScriptWritesFrenchWords() throws IOException {
        LocalDate date = LocalDate.of(2026, 6, 30);
        Evidence empty = Evidence.builder("XF", date).name("Fralie").build();
        Plan plan = new Planner(Served.engine()).plan(empty, Variants.fromMemberships(), 1, Set.of(), 1);
        Plan.Gap gap = plan.gaps().stream().filter(g -> g.blockers().stream().allMatch(b -> !b.needs().isEmpty()
                && selectable(b.needs().get(0).value()))).findFirst().orElseThrow();
        List<Need> needs = gap.blockers().stream().map(b -> b.needs().get(0)).toList();
        Evidence.Builder filled = Evidence.builder("XF", date).name("Fralie");
        needs.forEach(n -> filled.item(n.key(), n.value(), null));
        CapabilityResult after = Served.engine().assess(filled.build()).capability(gap.capability()).orElseThrow();
        org.mnr.engine.pack.PackTexts french = Served.engine().texts("fr");
        // The French words of the server's bundle (messages_fr.properties) and of the base pack's fr.yaml.
        String expected = after.level() + " " + french.levelName(after.level())
                + (after.levelMax() > after.level() ? ", jusqu'à " + after.levelMax() + " " + french.levelName(after.levelMax()) : "");

        browser.get(served.uri("/new?code=XF&name=Fralie&date=" + date + "&lang=fr").toString());
        wait.until(ExpectedConditions.urlContains("/edit/xf-fralie-2026.json"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
        levelBecomes(gap.capability(), "Non évaluée");
        for (Need need : needs) {
            new Select(key(need.key()).findElement(By.cssSelector("select.value"))).selectByValue(String.valueOf(need.value()));
        }
        levelBecomes(gap.capability(), expected);
        wait.until(d -> browser.findElement(By.id("draft")).getText()
                .equals("Modifications non enregistrées, conservées comme brouillon dans ce navigateur."));
        assertThat(browser.findElement(By.cssSelector("#result-" + gap.capability() + " .next")).getText())
                .startsWith(after.next() == null ? "Mature : pas de niveau suivant" : "pour atteindre " + after.next().level() + " "
                        + french.levelName(after.next().level()) + " : ");
        browser.executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id("result-" + gap.capability())));
        screenshot("10-french-level-moved");
    }

    /** A value a yes/no or list control can take. */
    private static boolean selectable(Object value) {
        return value instanceof Boolean || value instanceof String s && !s.matches("\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    void theWorkspaceListsWhatWasSaved() {
        browser.get(served.uri("/").toString());
        List<String> before = browser.findElements(By.cssSelector("a.open")).stream().map(WebElement::getText).toList();
        assertThat(before).allMatch(n -> n.endsWith(".json"));
    }
}
