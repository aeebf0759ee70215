package io.mlpath.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mlpath.grader.engine.ModuleResults;
import io.mlpath.grader.engine.ResultsFiles;
import io.mlpath.grader.engine.Status;
import io.mlpath.grader.engine.TestResult;
import io.mlpath.grader.engine.Visibility;
import io.mlpath.grader.report.HtmlReport;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Renders the progress page in headless Chromium and checks what a person sees: the text as
 * laid out (CSS included), the bar's width, the status colours, the thumbnail and a screenshot.
 * Skipped, saying why, when no Chromium is on {@code PATH}.
 */
class ReportPageBrowserTest {

    static final List<String> BROWSERS = List.of("chromium", "chromium-browser", "google-chrome");
    static final long LIMIT_SECONDS = 60;
    static final String FAILURE = "expected <b>bold</b> & 1 < 2";

    /** Runs after the page loads; writes what the page shows into the DOM, base64-encoded JSON in {@code #facts}. */
    static final String PROBE = """
            <script>
            window.addEventListener('load', () => {
              const status = id => getComputedStyle(
                  document.querySelector('tr[data-challenge="' + id + '"] .status')).backgroundColor;
              const track = document.querySelector('#overall .bar');
              const fill = document.querySelector('#overall .fill');
              const thumbnail = document.querySelector('.pictures img');
              const facts = {
                text: document.body.innerText,
                barShare: fill.getBoundingClientRect().width / track.getBoundingClientRect().width,
                passedColour: status('p1.t.first'),
                failedColour: status('p1.t.second'),
                thumbnailWidth: thumbnail && thumbnail.complete ? thumbnail.naturalWidth : -1
              };
              let binary = '';
              new TextEncoder().encode(JSON.stringify(facts)).forEach(b => binary += String.fromCharCode(b));
              const out = document.createElement('pre');
              out.id = 'facts';
              out.hidden = true;
              out.textContent = btoa(binary);
              document.body.appendChild(out);
            });
            </script>
            """;

    @TempDir
    Path root;

    @TempDir
    Path work;

    Path chromium;
    Path page;

    @BeforeEach
    void repositoryAndPage() throws IOException {
        chromium = findOnPath().orElse(null);
        assumeTrue(chromium != null, "Chromium not found on PATH: install Debian's chromium to run the browser check");
        Files.writeString(root.resolve("pom.xml"), "<project/>");
        Path module = Files.createDirectories(root.resolve("phase1-x"));
        Files.writeString(module.resolve("catalog.json"), """
                {"schemaVersion": 1, "phase": 1, "title": "Foundations", "challenges": [
                 {"id": "p1.t.first", "title": "First", "topic": "t", "order": 1, "difficulty": 1,
                  "seedTopic": "s", "classes": ["io.x.First"], "hints": ["h"], "reading": []},
                 {"id": "p1.t.second", "title": "Second", "topic": "t", "order": 2, "difficulty": 1,
                  "seedTopic": "s", "classes": ["io.x.Second"], "hints": ["h"], "reading": []},
                 {"id": "p1.t.third", "title": "Third", "topic": "t", "order": 3, "difficulty": 1,
                  "seedTopic": "s", "classes": ["io.x.Third"], "hints": ["h"], "reading": []}]}""");
        ResultsFiles.write(root, new ModuleResults(1, "phase1-x", true, List.of(
                test("p1.t.first", Status.PASSED, 4, ""),
                test("p1.t.second", Status.FAILED, 6, FAILURE),
                test("p1.t.third", Status.NOT_ATTEMPTED, 5, "not attempted yet: TODO(p1.t.third)"))));
        Path plots = Files.createDirectories(ResultsFiles.reportDir(root).resolve("plots/p1.t.second"));
        BufferedImage picture = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 64, 48);
        g.setColor(Color.BLUE);
        g.drawLine(0, 47, 63, 0);
        g.dispose();
        ImageIO.write(picture, "png", plots.resolve("loss-curve.png").toFile());
        page = writePageWithTheCommand();
    }

    static TestResult test(String id, Status status, int points, String message) {
        return new TestResult(id, "io.x.T", "m", "does " + id, Visibility.HIDDEN, status == Status.PASSED ? points : 0,
                points, status, message);
    }

    Path writePageWithTheCommand() {
        Main main = new Main();
        main.root = root;
        ReportCommand command = new ReportCommand();
        command.main = main;
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        assertThat(cli.execute()).as("the report command's exit status; it wrote:%n%s", err).isZero();
        Path file = HtmlReport.file(root);
        assertThat(out.toString()).contains("Progress page: target/mlpath/report/index.html")
                .contains("Open it in a browser: " + file.toUri());
        return file;
    }

    @Test
    @DisplayName("the rendered page shows the points, every challenge with its status, and failure text literally")
    void renderedText() throws IOException {
        Path probe = page.resolveSibling("probe.html");
        Files.writeString(probe, Files.readString(page).replace("</body>", PROBE + "</body>"));
        String dom = chromium("dom", "--dump-dom", probe.toUri().toString());
        Matcher facts = Pattern.compile("<pre id=\"facts\"[^>]*>([A-Za-z0-9+/=]+)</pre>").matcher(dom);
        assertThat(facts.find()).as("the probe's facts in the rendered DOM:%n%s", dom).isTrue();
        JsonNode seen = new ObjectMapper().readTree(new String(Base64.getDecoder().decode(facts.group(1)),
                StandardCharsets.UTF_8));

        assertThat(seen.get("text").asText()).contains("mlpath progress", "4/15 points (26 %)", "Phase 1 · Foundations",
                        "p1.t.first", "p1.t.second", "p1.t.third", "passed", "failed", "not-attempted", FAILURE,
                        "loss-curve.png")
                .doesNotContain("No results yet");
        assertThat(seen.get("barShare").asDouble()).as("overall bar fill / track width")
                .isCloseTo(4.0 / 15, within(0.01));
        int[] passed = rgb(seen.get("passedColour").asText());
        int[] failed = rgb(seen.get("failedColour").asText());
        assertThat(passed[1]).as("green of the passed cell %s", seen.get("passedColour")).isGreaterThan(passed[0]);
        assertThat(failed[0]).as("red of the failed cell %s", seen.get("failedColour")).isGreaterThan(failed[1]);
        assertThat(seen.get("thumbnailWidth").asInt()).as("the thumbnail's decoded width").isEqualTo(64);
    }

    @Test
    @DisplayName("a screenshot of the page is a decodable picture in several colours, with the status colours")
    void screenshot() throws IOException {
        Path shot = work.resolve("page.png");
        chromium("shot", "--screenshot=" + shot, "--window-size=1200,900", page.toUri().toString());
        BufferedImage image = ImageIO.read(shot.toFile());
        assertThat(image).as("the screenshot %s decodes as an image", shot).isNotNull();
        assertThat(image.getWidth()).isEqualTo(1200);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        assertThat(colours).as("distinct colours in the screenshot").hasSizeGreaterThan(8)
                .contains(0x1A7F37, 0xCF222E);
    }

    /** Runs headless Chromium with {@code arguments}, within the time limit; returns its standard output. */
    String chromium(String run, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + work.resolve(run + "-profile")));
        command.addAll(List.of(arguments));
        Path out = work.resolve(run + ".out");
        Path err = work.resolve(run + ".err");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try {
            boolean finished = process.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS);
            assertThat(finished).as("Chromium finished within %d s: %s", LIMIT_SECONDS, command).isTrue();
            assertThat(process.exitValue()).as("Chromium's exit status; it wrote:%n%s", Files.readString(err)).isZero();
            return Files.readString(out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while Chromium ran", e);
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    static Optional<Path> findOnPath() {
        String path = System.getenv().getOrDefault("PATH", "");
        return BROWSERS.stream()
                .flatMap(name -> Stream.of(path.split(File.pathSeparator)).filter(dir -> !dir.isEmpty())
                        .map(dir -> Path.of(dir, name)))
                .filter(Files::isExecutable).findFirst();
    }

    static int[] rgb(String cssColour) {
        Matcher m = Pattern.compile("rgba?\\((\\d+), (\\d+), (\\d+)").matcher(cssColour);
        assertThat(m.find()).as("a CSS rgb() colour, was '%s'", cssColour).isTrue();
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))};
    }
}
