package io.mlpath.cli.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class LearnerReleaseTest {

    /** What learners must never get, stated apart from the code that decides it. */
    static final Pattern UPSTREAM_ONLY = Pattern.compile(
            "[^/]+/src/(solution|grading|mistakes)/.*|[^/]+/fixtures/.*|\\.ci/.*|phase[^/]+/.*GradingTest\\.java"
                    + "|\\.github/workflows/grade-submission\\.yml");

    @TempDir
    Path temp;

    @Test
    @DisplayName("a release holds every tracked file but the upstream-only ones, committed once by mlpath")
    void smallRepository() throws IOException {
        Path root = Upstream.small(temp.resolve("upstream"));

        LearnerRelease.Written written = LearnerRelease.write(root, temp.resolve("learner"));

        assertThat(written.version()).isEqualTo("1.2.3");
        assertThat(written.files()).containsExactlyInAnyOrder(".gitignore", ".github/workflows/grade.yml",
                ".mvn/maven.config", "README.md", "grader/pom.xml", "grader/src/main/java/Grader.java", "mlpath",
                "mvnw", "phase9-demo/catalog.json", "phase9-demo/pom.xml", "phase9-demo/src/main/java/Twice.java",
                "phase9-demo/src/test/java/TwiceTest.java", "pom.xml");
        try (Stream<Path> files = Files.walk(written.dir())) {
            assertThat(files.filter(Files::isRegularFile).map(f -> written.dir().relativize(f).toString())
                    .filter(p -> !p.startsWith(".git/"))).containsExactlyInAnyOrderElementsOf(written.files());
        }
        assertThat(written.dir().resolve("phase9-demo/src/main/java/Twice.java"))
                .hasSameBinaryContentAs(root.resolve("phase9-demo/src/main/java/Twice.java"));
        assertThat(written.dir().resolve("mvnw")).isExecutable();
        assertThat(written.dir().resolve("mlpath")).isExecutable();
        Git git = new Git(written.dir());
        assertThat(git.run("log", "--format=%an <%ae>|%cn <%ce>|%s"))
                .isEqualTo("mlpath <release@mlpath.io>|mlpath <release@mlpath.io>|mlpath learner release 1.2.3\n");
        assertThat(git.run("ls-files", "--stage", "mvnw", "mlpath", "README.md"))
                .contains("100755", "\tmvnw", "\tmlpath").containsPattern("100644 \\w+ 0\tREADME.md");
        assertThat(git.run("status", "--porcelain")).isEmpty();
    }

    @Test
    @DisplayName("a release refuses a directory that already holds something, naming it")
    void refusesNonEmptyOut() throws IOException {
        Path root = Upstream.small(temp.resolve("upstream"));
        Upstream.write(temp, "learner/old.txt", "earlier\n");

        assertThatThrownBy(() -> LearnerRelease.write(root, temp.resolve("learner")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the learner release goes into a new or empty directory, but " + temp.resolve("learner")
                        + " is not empty; remove it or choose another path");
    }

    @Test
    @DisplayName("a release is made from a git work tree only, and says so")
    void refusesNonGitRoot() throws IOException {
        Upstream.write(temp, "plain/pom.xml", "<project/>\n");

        assertThatThrownBy(() -> LearnerRelease.write(temp.resolve("plain"), temp.resolve("learner")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the release is made from the files git tracks, but " + temp.resolve("plain")
                        + " is not a git work tree (")
                .hasMessageEndingWith("); run it in a clone of the mlpath repository");
        assertThat(temp.resolve("learner")).doesNotExist();
    }

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    @DisplayName("the release of this repository builds on its own and grades every challenge not-attempted")
    void realRepositoryBuilds() throws IOException, InterruptedException {
        Path root = Upstream.real();
        LearnerRelease.Written release = LearnerRelease.write(root, temp.resolve("learner"));
        Path dir = release.dir();

        assertThat(release.files()).isNotEmpty().noneMatch(p -> UPSTREAM_ONLY.matcher(p).matches());
        assertThat(dir.resolve(".ci")).doesNotExist();
        assertThat(dir.resolve(".github/workflows/grade-submission.yml")).doesNotExist();
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.map(f -> dir.relativize(f).toString().replace(File.separatorChar, '/')))
                    .noneMatch(p -> p.matches("[^/]+/src/(solution|grading|mistakes)(/.*)?"));
        }
        List<String> stubs = Stream.of(new Git(root).run("ls-files", "-z", "--", "*/src/main/java/*").split("\0"))
                .filter(p -> !p.isEmpty()).toList();
        assertThat(stubs).isNotEmpty();
        for (String stub : stubs) {
            assertThat(dir.resolve(stub)).as("the release's copy of %s", stub).hasSameBinaryContentAs(root.resolve(stub));
        }
        assertThat(dir.resolve("mvnw")).isExecutable();
        assertThat(dir.resolve("mlpath")).isExecutable();

        Path log = temp.resolve("release-build.log");
        ProcessBuilder build = new ProcessBuilder(dir.resolve("mvnw").toString(), "-o", "-q", "-B", "test")
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = build.environment();
        List.of("MAVEN_OPTS", "MAVEN_ARGS", "MAVEN_BASEDIR", "MAVEN_PROJECTBASEDIR", "MAVEN_CMD_LINE_ARGS",
                "MAVEN_DEBUG_OPTS").forEach(env::remove);
        env.put("JAVA_HOME", System.getProperty("java.home"));
        Process process = build.start();
        process.getOutputStream().close();
        boolean finished = process.waitFor(10, TimeUnit.MINUTES);
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        String output = Files.readString(log);
        assertThat(finished).as("the release's build ended within 10 minutes; its output:%n%s", output).isTrue();
        assertThat(process.exitValue()).as("the release's build exit status; its output:%n%s", output).isZero();
        Matcher points = Pattern.compile("(?m)^Points 0/(\\d+)$").matcher(output);
        assertThat(points.find()).as("a 'Points 0/N' line in the build's output:%n%s", output).isTrue();
        assertThat(Integer.parseInt(points.group(1))).isPositive();

        JsonNode grades = new ObjectMapper().readTree(dir.resolve("target/mlpath/grades.json").toFile());
        assertThat(grades.path("challenges")).isNotEmpty();
        for (JsonNode challenge : grades.path("challenges")) {
            assertThat(challenge.path("status").asText()).as("the status of %s", challenge.path("id").asText())
                    .isEqualTo("not-attempted");
        }
    }
}
