package io.mlpath.grader.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlpath.grader.engine.ModuleResults;
import io.mlpath.grader.engine.ResultsFiles;
import io.mlpath.grader.engine.Status;
import io.mlpath.grader.engine.TestResult;
import io.mlpath.grader.engine.Visibility;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {

    static final Instant GENERATED = Instant.parse("2025-03-04T05:06:07.890Z");

    @TempDir
    Path root;

    @BeforeEach
    void catalog() throws IOException {
        Path module = Files.createDirectories(root.resolve("phase1-x"));
        Files.writeString(module.resolve("catalog.json"), """
                {"schemaVersion": 1, "phase": 1, "title": "Foundations & <friends>", "challenges": [
                 {"id": "p1.t.second", "title": "Second", "topic": "t", "order": 2, "difficulty": 1,
                  "seedTopic": "s", "classes": ["io.x.Second"], "hints": ["h"], "reading": []},
                 {"id": "p1.t.first", "title": "Vectors <and> matrices", "topic": "t", "order": 1, "difficulty": 1,
                  "seedTopic": "s", "classes": ["io.x.First"], "hints": ["h"], "reading": []},
                 {"id": "p1.t.third", "title": "Third", "topic": "t", "order": 3, "difficulty": 1,
                  "seedTopic": "s", "classes": ["io.x.Third"], "hints": ["h"], "reading": []}]}""");
    }

    static TestResult test(String id, String name, Status status, int points, String message) {
        return new TestResult(id, "io.x.T", "m", name, Visibility.HIDDEN, status == Status.PASSED ? points : 0, points,
                status, message);
    }

    void results(TestResult... tests) {
        ResultsFiles.write(root, new ModuleResults(1, "phase1-x", true, List.of(tests)));
    }

    String page() {
        return HtmlReport.render(root, GENERATED);
    }

    @Test
    @DisplayName("catalog titles and failure messages are escaped, so < > & show literally")
    void escapes() {
        results(test("p1.t.first", "compares <b> & <i>", Status.FAILED, 4, "expected <b>bold</b> & 1 < 2"),
                test("p1.t.second", "s", Status.PASSED, 2, ""), test("p1.t.third", "t", Status.PASSED, 2, ""));
        assertThat(page()).contains("expected &lt;b&gt;bold&lt;/b&gt; &amp; 1 &lt; 2")
                .contains("compares &lt;b&gt; &amp; &lt;i&gt;").contains("Vectors &lt;and&gt; matrices")
                .contains("Phase 1 · Foundations &amp; &lt;friends&gt;").doesNotContain("<b>").doesNotContain("<friends>");
    }

    @Test
    @DisplayName("Html.escape replaces the five characters that HTML reads as markup, and null is empty")
    void escapeCharacters() {
        assertThat(Html.escape("a < b > c & \"d\" 'e'")).isEqualTo("a &lt; b &gt; c &amp; &quot;d&quot; &#39;e&#39;");
        assertThat(Html.escape(null)).isEmpty();
    }

    @Test
    @DisplayName("without results the page says how to run the tests and marks every challenge not run")
    void noResults() {
        String page = page();
        assertThat(page).contains("No results yet: run <code>./mvnw test</code> or <code>./mlpath test &lt;id&gt;</code>")
                .contains("0/0 points (0 %)").contains("<td class=\"status status-not-run\">not run</td>")
                .doesNotContain("<details").doesNotContain("class=\"status status-error\"");
    }

    @Test
    @DisplayName("the page has a language, a title, table headers and the total with a bar as wide as the share")
    void structure() {
        results(test("p1.t.first", "a", Status.PASSED, 4, ""), test("p1.t.second", "b", Status.FAILED, 6, "no"),
                test("p1.t.third", "c", Status.NOT_ATTEMPTED, 5, "not attempted yet: TODO(p1.t.third)"));
        assertThat(page()).startsWith("<!DOCTYPE html>\n<html lang=\"en\">").contains("<title>mlpath progress</title>")
                .contains("<h1>mlpath progress</h1>").contains("4/15 points (26 %)")
                .contains("role=\"progressbar\" aria-label=\"Overall progress\" aria-valuemin=\"0\" aria-valuemax=\"15\""
                        + " aria-valuenow=\"4\"><div class=\"fill\" style=\"width: 26.67%\">")
                .contains("(phase1-x)</span></h2>").contains("<th scope=\"col\">Status</th>")
                .contains("Challenges: 1 passed · 1 failed · 1 not-attempted")
                .contains("<time datetime=\"2025-03-04T05:06:07Z\">")
                .containsSubsequence("<th scope=\"row\"><code>p1.t.first</code>", "status-passed\">passed",
                        "<code>p1.t.second</code>", "status-failed\">failed", "<code>p1.t.third</code>",
                        "status-not-attempted\">not-attempted", "TODO(p1.t.third)")
                .doesNotContain("No results yet").doesNotContain("<script");
    }

    @Test
    @DisplayName("a challenge that is not passed shows its first three failing tests and the first lines of each message")
    void failures() {
        String longMessage = String.join("\n", List.of("l1", "l2", "l3", "l4", "l5", "l6", "l7", "l8", "l9", "l10"));
        results(test("p1.t.first", "one", Status.FAILED, 1, longMessage), test("p1.t.first", "two", Status.PASSED, 1, ""),
                test("p1.t.first", "three", Status.ERROR, 1, "java.lang.IllegalStateException: boom"),
                test("p1.t.first", "four", Status.TIMEOUT, 1, "timed out"),
                test("p1.t.first", "five", Status.FAILED, 1, "fifth"),
                test("p1.t.second", "s", Status.PASSED, 2, ""), test("p1.t.third", "t", Status.PASSED, 2, ""));
        String page = page();
        assertThat(page).contains("Failing tests: 4 (the first 3; target/mlpath/grades.md has them all)")
                .containsSubsequence("one <span class=\"visibility\">(hidden test, failed)</span>",
                        "three <span class=\"visibility\">(hidden test, error)</span>", "boom",
                        "four <span class=\"visibility\">(hidden test, timeout)</span>")
                .contains("l8\n… (2 more lines in target/mlpath/grades.md)</pre>").doesNotContain("l9")
                .doesNotContain("fifth").doesNotContain(">two <");
        assertThat(page.split("<details", -1)).as("only the challenge that is not passed has failures").hasSize(2);
    }

    @Test
    @DisplayName("pictures under target/mlpath/plots/<id>/ are thumbnails linked relative to the page, with alt text")
    void pictureLinks() throws IOException {
        results(test("p1.t.first", "a", Status.PASSED, 4, ""));
        Path plots = Files.createDirectories(Pictures.dir(root, "p1.t.first"));
        Path picture = Files.write(plots.resolve("loss curve.png"), new byte[] {1});
        Files.writeString(plots.resolve("notes.txt"), "not a picture");
        String page = page();

        Matcher img = Pattern.compile("<img src=\"([^\"]+)\" alt=\"([^\"]+)\"").matcher(page);
        assertThat(img.find()).as("an <img> in %s", page).isTrue();
        assertThat(img.group(1)).isEqualTo("../plots/p1.t.first/loss%20curve.png");
        assertThat(img.group(2)).isEqualTo("loss curve.png, a picture of p1.t.first");
        Path resolved = HtmlReport.file(root).getParent().resolve(URLDecoder.decode(img.group(1), StandardCharsets.UTF_8));
        assertThat(resolved.normalize()).isEqualTo(picture);
        assertThat(page).contains("<a href=\"../plots/p1.t.first/loss%20curve.png\">").doesNotContain("notes.txt");
        assertThat(img.find()).as("one picture only").isFalse();
    }

    @Test
    @DisplayName("write puts the page at target/mlpath/report/index.html")
    void write() throws IOException {
        Path file = HtmlReport.write(root);
        assertThat(file).isEqualTo(root.resolve("target/mlpath/report/index.html"));
        assertThat(Files.readString(file)).contains("<title>mlpath progress</title>");
    }
}
