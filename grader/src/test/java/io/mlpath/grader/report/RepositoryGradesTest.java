package io.mlpath.grader.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mlpath.grader.engine.ModuleResults;
import io.mlpath.grader.engine.ResultsFiles;
import io.mlpath.grader.engine.Status;
import io.mlpath.grader.engine.TestResult;
import io.mlpath.grader.engine.Visibility;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepositoryGradesTest {

    @TempDir
    Path root;

    void module(String name, int phase, String... ids) throws IOException {
        Path dir = Files.createDirectories(root.resolve(name));
        StringBuilder entries = new StringBuilder();
        for (int i = 0; i < ids.length; i++) {
            entries.append(i == 0 ? "" : ",").append("""
                {"id": "%s", "title": "Title %d", "topic": "%s", "order": %d, "difficulty": 1, "seedTopic": "S",
                 "classes": ["io.x.C%d"], "hints": ["h"], "reading": []}""".formatted(ids[i], i, ids[i].split("\\.")[1], i + 1, i));
        }
        Files.writeString(dir.resolve("catalog.json"), "{\"schemaVersion\": 1, \"phase\": " + phase
                + ", \"title\": \"Phase " + phase + "\", \"challenges\": [" + entries + "]}");
    }

    static TestResult test(String id, String method, Visibility v, Status status, int points) {
        return new TestResult(id, "io.x.CTest", method, "does " + method, v, status == Status.PASSED ? points : 0, points,
                status, status == Status.PASSED ? "" : "why " + method);
    }

    @Test
    @DisplayName("grades join catalogs and results in curriculum order, with totals and every report file")
    void reports() throws IOException {
        module("phase2-b", 2, "p2.t.third");
        module("phase1-a", 1, "p1.t.first", "p1.t.second");
        ResultsFiles.write(root, new ModuleResults(1, "phase1-a", true, List.of(
                test("p1.t.first", "a", Visibility.PUBLIC, Status.PASSED, 1),
                test("p1.t.first", "b", Visibility.HIDDEN, Status.FAILED, 3),
                test("p1.t.second", "c", Visibility.HIDDEN, Status.NOT_ATTEMPTED, 2),
                test("p1.t.ghost", "d", Visibility.HIDDEN, Status.PASSED, 2))));
        Path hidden = Files.createDirectories(root.resolve("phase2-b/src/grading/java/io/x"));
        Files.writeString(hidden.resolve("CGradingTest.java"), """
                @Challenge("p2.t.third")
                class CGradingTest {
                    @Test @Points(4) @DisplayName("keeps (parentheses) and \\"quotes\\"")
                    void one() { }
                    @DisplayName("second")
                    @Test
                    @Points(6)
                    void two() { }
                }
                """);

        RepositoryGrades grades = RepositoryGrades.collect(root);
        assertThat(grades.challenges()).extracting(ChallengeGrade::id).containsExactly("p1.t.first", "p1.t.second", "p2.t.third");
        assertThat(grades.challenges()).extracting(ChallengeGrade::status)
                .containsExactly(Status.PARTIAL, Status.NOT_ATTEMPTED, Status.ERROR);
        ChallengeGrade notRun = grades.challenges().get(2);
        assertThat(notRun.maxScore()).isEqualTo(10);
        assertThat(notRun.tests()).extracting(TestResult::name).containsExactly("keeps (parentheses) and \"quotes\"", "second");
        assertThat(notRun.tests().get(0).message()).contains("did not compile or its tests did not run");
        assertThat(grades.score()).isEqualTo(1);
        assertThat(grades.maxScore()).isEqualTo(16);
        assertThat(grades.problems()).singleElement().asString().contains("p1.t.ghost");

        ReportMain.write(root, grades);
        Path out = ResultsFiles.reportDir(root);
        JsonNode json = new ObjectMapper().readTree(out.resolve("grades.json").toFile());
        assertThat(json.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(json.get("score").asInt()).isEqualTo(1);
        assertThat(json.get("maxScore").asInt()).isEqualTo(16);
        JsonNode first = json.get("challenges").get(0);
        assertThat(first.get("phase").asInt()).isEqualTo(1);
        assertThat(first.get("status").asText()).isEqualTo("partial");
        assertThat(first.get("tests").get(1).get("visibility").asText()).isEqualTo("hidden");
        assertThat(first.get("tests").get(1).get("message").asText()).isEqualTo("why b");
        JsonNode gradescope = new ObjectMapper().readTree(out.resolve("results.json").toFile());
        assertThat(gradescope.get("score").asInt()).isEqualTo(1);
        assertThat(gradescope.get("tests").get(0).get("visibility").asText()).isEqualTo("visible");
        assertThat(gradescope.get("tests").get(1).get("visibility").asText()).isEqualTo("after_due_date");
        assertThat(Files.readString(out.resolve("points.txt"))).isEqualTo("Points 1/16\n");
        assertThat(Files.readString(out.resolve("grades.md"))).contains("| `p1.t.first` | Title 0 | 1/4 | partial |")
                .contains("why b");
    }

    @Test
    @DisplayName("the scoreboard lists each challenge with points and status, then the Points line")
    void scoreboard() throws IOException {
        module("phase1-a", 1, "p1.t.first");
        ResultsFiles.write(root, new ModuleResults(1, "phase1-a", true, List.of(
                test("p1.t.first", "a", Visibility.HIDDEN, Status.TIMEOUT, 3))));
        String board = Scoreboard.render(RepositoryGrades.collect(root));
        assertThat(board).contains("Phase 1 · Phase 1").containsPattern("p1\\.t\\.first +Title 0 +0/3 +timeout")
                .contains("1 timeout").endsWith("Points 0/3\n");
    }

    @Test
    @DisplayName("after ./mlpath test of one challenge, the module's other challenges are not attempted, not errors")
    void singleChallengeRun() throws IOException {
        module("phase1-a", 1, "p1.t.first", "p1.t.second");
        ResultsFiles.merge(root, "phase1-a", "p1.t.first", List.of(
                test("p1.t.first", "a", Visibility.PUBLIC, Status.PASSED, 1)));
        RepositoryGrades grades = RepositoryGrades.collect(root);
        assertThat(grades.challenges()).extracting(ChallengeGrade::status).containsExactly(Status.PASSED, Status.NOT_ATTEMPTED);
        ResultsFiles.write(root, new ModuleResults(1, "phase1-a", true, List.of(
                test("p1.t.first", "a", Visibility.PUBLIC, Status.PASSED, 1))));
        ResultsFiles.merge(root, "phase1-a", "p1.t.first", List.of(
                test("p1.t.first", "a", Visibility.PUBLIC, Status.FAILED, 1)));
        assertThat(RepositoryGrades.collect(root).challenges()).extracting(ChallengeGrade::status)
                .as("after a complete run, a challenge missing from it did not compile").containsExactly(Status.FAILED, Status.ERROR);
    }
}
