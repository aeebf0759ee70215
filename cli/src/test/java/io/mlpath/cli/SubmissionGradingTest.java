package io.mlpath.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mlpath.cli.work.Trees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code grade --submission} on simulated forks: git repositories made here from the trusted
 * tree, one with honest work only, one with the same work plus tampering (a hidden test edited
 * to pass, the public test deleted of its assertion, the pom and the catalog changed, a grader
 * file added).
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class SubmissionGradingTest {

    @TempDir
    Path dir;

    Path trusted;

    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeEach
    void trustedTree() throws IOException {
        trusted = dir.resolve("trusted");
        FixtureRepo.create(trusted);
    }

    /** A fork of the trusted tree as a git repository, with {@code twice} as the learner's Twice.java. */
    Path fork(String name, String twice) throws Exception {
        Path fork = dir.resolve(name);
        Trees.copy(trusted, fork, path -> false);
        FixtureRepo.write(fork, FixtureRepo.STUB_PATH, twice);
        git(fork, "init", "-q");
        git(fork, "add", "-A");
        git(fork, "-c", "user.name=learner", "-c", "user.email=learner@example.org", "commit", "-qm", "my work");
        return fork;
    }

    static void git(Path dir, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process git = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(git.getInputStream().readAllBytes());
        assertThat(git.waitFor()).as("git " + String.join(" ", args) + ": " + output).isZero();
    }

    JsonNode grade(Path submission, String out) throws IOException {
        return grade(submission.toString(), out);
    }

    JsonNode grade(String submission, String out) throws IOException {
        FixtureRepo.Run run = FixtureRepo.run(trusted, "grade", "--submission", submission,
                "--out", dir.resolve(out).toString());
        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("Points ");
        return JSON.readTree(dir.resolve(out).resolve("grades.json").toFile());
    }

    @Test
    @DisplayName("a fork that edits its hidden test, pom and catalog to pass gets the same grade as without the edits,"
            + " and the edits are reported")
    void tamperingHasNoEffect() throws Exception {
        String wrong = FixtureRepo.SOLVED.replace("2 * x", "x + 2"); // right for x = 2 only
        JsonNode honest = grade(fork("honest", wrong), "honest-out");

        Path tampered = fork("tampered", wrong);
        FixtureRepo.write(tampered, "phase9-demo/src/grading/java/demo/TwiceGradingTest.java",
                FixtureRepo.test("TwiceGradingTest", 2, -4).replace("Assertions.assertEquals(-8, Twice.of(-4)",
                        "Assertions.assertEquals(-2, Twice.of(-4)"));
        FixtureRepo.write(tampered, "phase9-demo/pom.xml", "<project><!-- skip the tests --></project>");
        FixtureRepo.write(tampered, "phase9-demo/catalog.json", Files.readString(tampered.resolve("phase9-demo/catalog.json"))
                .replace("\"classes\": [\"demo.Twice\"]", "\"classes\": [\"demo.Twice\", \"demo.Helper\"]"));
        FixtureRepo.write(tampered, "grader/src/main/java/io/mlpath/grader/Points.java", "// always full points");
        git(tampered, "add", "-A");
        git(tampered, "-c", "user.name=learner", "-c", "user.email=learner@example.org", "commit", "-qm", "tweaks");
        JsonNode graded = grade(tampered, "tampered-out");

        assertThat(graded.get("score")).isEqualTo(honest.get("score"));
        assertThat(graded.get("challenges")).isEqualTo(honest.get("challenges"));
        assertThat(honest.get("score").asInt()).isZero();
        assertThat(honest.get("maxScore").asInt()).isEqualTo(3);
        assertThat(dir.resolve("tampered-out/report/index.html")).as("the progress page of the submission").exists();
        String report = Files.readString(dir.resolve("tampered-out/tampering.md"));
        assertThat(report).contains("Taken: 1 challenge file(s)")
                .contains("| `phase9-demo/src/grading/java/demo/TwiceGradingTest.java` | changed | tests |")
                .contains("| `phase9-demo/pom.xml` | changed | build files |")
                .contains("| `phase9-demo/catalog.json` | changed | catalog |")
                .contains("| `grader/src/main/java/io/mlpath/grader/Points.java` | added | grader or tools |");
        assertThat(Files.readString(dir.resolve("honest-out/tampering.md"))).contains("Ignored: nothing");
    }

    @Test
    @DisplayName("a submission given as a git URL is cloned and graded: honest work scores full points")
    void gitUrl() throws Exception {
        Path fork = fork("solved", FixtureRepo.SOLVED);
        JsonNode graded = grade("file://" + fork.toAbsolutePath(), "url-out");
        assertThat(graded.get("score").asInt()).isEqualTo(3);
        assertThat(graded.get("challenges").get(0).get("status").asText()).isEqualTo("passed");
    }

    @Test
    @DisplayName("a submission that is neither a directory nor a git URL is refused with the rule and the value")
    void badSubmission() {
        FixtureRepo.Run run = FixtureRepo.run(trusted, "grade", "--submission", dir.resolve("nowhere").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("the submission must be a directory or a git URL").contains("nowhere");
        FixtureRepo.Run tooShort = FixtureRepo.run(trusted, "grade", "--submission", trusted.toString(), "--timeout", "5");
        assertThat(tooShort.exit()).isEqualTo(2);
        assertThat(tooShort.err()).contains("--timeout is seconds per challenge JVM, from 10").contains("was 5");
    }
}
