package io.mlpath.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlpath.grader.engine.ModuleResults;
import io.mlpath.grader.engine.ResultsFiles;
import io.mlpath.grader.engine.Status;
import io.mlpath.grader.engine.TestResult;
import io.mlpath.grader.engine.Visibility;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @TempDir
    Path root;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void repository() throws IOException {
        Files.writeString(root.resolve("pom.xml"), "<project/>");
        Files.createDirectories(root.resolve("grader"));
        Path module = Files.createDirectories(root.resolve("phase1-x"));
        Files.writeString(module.resolve("catalog.json"), """
                {"schemaVersion": 1, "phase": 1, "title": "Foundations", "challenges": [
                 {"id": "p1.linalg.vectors", "title": "Vectors", "topic": "linalg", "order": 1, "difficulty": 1,
                  "seedTopic": "s", "classes": ["io.x.Vectors"], "hints": ["think of lengths", "sum the products"],
                  "reading": ["Strang ch. 1"]},
                 {"id": "p1.linalg.pca", "title": "PCA", "topic": "linalg", "order": 7, "difficulty": 3,
                  "seedTopic": "s", "classes": ["io.x.Pca"], "hints": ["centre first"], "reading": []},
                 {"id": "p1.stats.bayes", "title": "Bayes", "topic": "stats", "order": 11, "difficulty": 2,
                  "seedTopic": "s", "classes": ["io.x.Bayes"], "hints": ["base rates"], "reading": []}]}""");
    }

    void results(Status vectors, Status pca) {
        ResultsFiles.write(root, new ModuleResults(1, "phase1-x", true, List.of(
                test("p1.linalg.vectors", vectors, 4), test("p1.linalg.pca", pca, 6),
                test("p1.stats.bayes", Status.NOT_ATTEMPTED, 5))));
    }

    static TestResult test(String id, Status status, int points) {
        return new TestResult(id, "io.x.T", "m", "m", Visibility.HIDDEN, status == Status.PASSED ? points : 0, points,
                status, "");
    }

    int run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--root";
        all[1] = root.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return Main.run(all, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    @DisplayName("list shows every challenge in curriculum order with points, status and progress bars")
    void list() {
        results(Status.PASSED, Status.FAILED);
        assertThat(run("list")).isZero();
        assertThat(out.toString()).containsSubsequence("Phase 1 · Foundations", "p1.linalg.vectors", "4/4", "passed",
                "p1.linalg.pca", "0/6", "failed", "p1.stats.bayes", "not-attempted")
                .contains("[#####···············]  26 %").contains("4/15 points");
    }

    @Test
    @DisplayName("list filters by topic and status")
    void listFilters() {
        results(Status.PASSED, Status.FAILED);
        run("list", "--topic", "linalg", "--status", "failed");
        assertThat(out.toString()).contains("p1.linalg.pca").doesNotContain("p1.linalg.vectors").doesNotContain("bayes");
    }

    @Test
    @DisplayName("next names the first unfinished challenge, its stub, its reading and its first hint")
    void next() {
        results(Status.NOT_ATTEMPTED, Status.NOT_ATTEMPTED);
        run("next");
        assertThat(out.toString()).contains("Next: p1.linalg.vectors — Vectors")
                .contains("phase1-x/src/main/java/io/x/Vectors.java").contains("Strang ch. 1")
                .contains("First hint: think of lengths");
        out.getBuffer().setLength(0);
        results(Status.PASSED, Status.FAILED);
        run("next");
        assertThat(out.toString()).contains("Next: p1.linalg.pca");
    }

    @Test
    @DisplayName("hint gives one more hint on each call and says when none are left")
    void hintsOneAtATime() {
        run("hint", "p1.linalg.vectors");
        assertThat(out.toString()).contains("Hint 1/2: think of lengths").doesNotContain("Hint 2/2");
        out.getBuffer().setLength(0);
        run("hint", "p1.linalg.vectors");
        assertThat(out.toString()).contains("Hint 1/2").contains("Hint 2/2: sum the products");
        out.getBuffer().setLength(0);
        run("hint", "p1.linalg.vectors");
        assertThat(out.toString()).contains("that was the last hint");
    }

    @Test
    @DisplayName("an unknown id fails with exit status 2 and the closest ids")
    void unknownId() {
        assertThat(run("hint", "p1.linalg.pcaa")).isEqualTo(2);
        assertThat(err.toString()).startsWith("mlpath: no challenge 'p1.linalg.pcaa'; did you mean p1.linalg.pca,");
    }

    @Test
    @DisplayName("a root that is not a repository is a clear error")
    void badRoot() {
        assertThat(Main.run(new String[] {"--root", root.resolve("grader").toString(), "list"},
                new PrintWriter(out, true), new PrintWriter(err, true))).isEqualTo(2);
        assertThat(err.toString()).contains("--root must be an mlpath repository (with pom.xml)");
    }

    @Test
    @DisplayName("release outside a git work tree fails with the rule and the directory")
    void releaseNeedsGit() {
        assertThat(run("release", root.resolve("learner").toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("mlpath: the release is made from the files git tracks, but " + root
                + " is not a git work tree");
    }
}
