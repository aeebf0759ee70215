package io.mlpath.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlpath.cli.work.Worker;
import io.mlpath.grader.engine.ModuleResults;
import io.mlpath.grader.engine.ResultsFiles;
import io.mlpath.grader.engine.Status;
import io.mlpath.grader.engine.TestResult;
import io.mlpath.grader.engine.Visibility;
import io.mlpath.grader.run.WorkerReply;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code test} and {@code watch} on a one-challenge repository: verdicts, recorded results, compile errors, a dying JVM. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class LearnerLoopTest {

    @TempDir
    Path root;

    @BeforeEach
    void repository() throws IOException {
        FixtureRepo.create(root);
    }

    @Test
    @DisplayName("test <id> on the untouched stub: not attempted, 0 of 3 points, the TODO shown, exit 1, results recorded")
    void stub() {
        FixtureRepo.Run run = FixtureRepo.run(root, "test", FixtureRepo.ID);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("p9.demo.twice · Twice  not-attempted 0/3").contains("TODO(p9.demo.twice): return 2x")
                .contains("public").contains("hidden");
        assertThat(ResultsFiles.readAll(root)).singleElement().satisfies(m -> assertThat(m.tests())
                .hasSize(2).allMatch(t -> t.status() == Status.NOT_ATTEMPTED));
    }

    @Test
    @DisplayName("test <id> on a correct solution passes with 3/3 and exit 0; list then shows it passed")
    void solved() throws IOException {
        FixtureRepo.write(root, FixtureRepo.STUB_PATH, FixtureRepo.SOLVED);
        FixtureRepo.Run run = FixtureRepo.run(root, "test", FixtureRepo.ID);
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("passed 3/3").contains("✓ public").contains("✓ hidden");
        assertThat(FixtureRepo.run(root, "list").out()).contains("3/3").contains("passed");
    }

    @Test
    @DisplayName("test <id> with a wrong answer shows the teaching message of each failed test")
    void wrong() throws IOException {
        FixtureRepo.write(root, FixtureRepo.STUB_PATH, FixtureRepo.SOLVED.replace("2 * x", "x + 2"));
        FixtureRepo.Run run = FixtureRepo.run(root, "test", FixtureRepo.ID);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("failed 0/3").contains("likely mistake: adds 2 instead of doubling?");
    }

    @Test
    @DisplayName("test <id> with a compile error shows file:line and exits 1; an unknown id exits 2 with the closest ids")
    void errors() throws IOException {
        FixtureRepo.write(root, FixtureRepo.STUB_PATH, FixtureRepo.SOLVED.replace("return 2 * x;", "return 2 * y;"));
        FixtureRepo.Run broken = FixtureRepo.run(root, "test", FixtureRepo.ID);
        assertThat(broken.exit()).isEqualTo(1);
        assertThat(broken.out()).contains("does not compile").contains(FixtureRepo.STUB_PATH + ":6:")
                .contains("cannot find symbol");
        FixtureRepo.Run unknown = FixtureRepo.run(root, "test", "p9.demo.twic");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("no challenge 'p9.demo.twic'").contains("did you mean p9.demo.twice");
    }

    @Test
    @DisplayName("watch: each save is noticed and re-tested in the warm JVM; a compile error does not stop it; a JVM that"
            + " exits is started again")
    void watch() throws Exception {
        List<String> output = new ArrayList<>();
        Path stub = root.resolve(FixtureRepo.STUB_PATH);
        try (Watch watch = new Watch(Progress.of(root), output::add)) {
            assertThat(Verdict.status(watch.test(FixtureRepo.ID))).isEqualTo(Status.NOT_ATTEMPTED);

            save(stub, FixtureRepo.SOLVED);
            Watch.Save save = watch.awaitSave(20);
            assertThat(save.file()).isEqualTo(stub);
            assertThat(watch.owner(save.file())).get().extracting(e -> e.id()).isEqualTo(FixtureRepo.ID);
            assertThat(Verdict.status(watch.test(FixtureRepo.ID))).isEqualTo(Status.PASSED);

            save(stub, FixtureRepo.SOLVED.replace("return 2 * x;", "return 2 * x"));
            watch.awaitSave(20);
            WorkerReply broken = watch.test(FixtureRepo.ID);
            assertThat(broken.compileErrors()).singleElement().asString().contains("Twice.java:6:").contains("';' expected");

            save(stub, FixtureRepo.SOLVED.replace("return 2 * x;", "System.out.println(\"hello from Twice\"); return 2 * x;"));
            watch.awaitSave(20);
            assertThat(Verdict.status(watch.test(FixtureRepo.ID))).isEqualTo(Status.PASSED);
            assertThat(output).contains("hello from Twice");

            save(stub, FixtureRepo.SOLVED.replace("return 2 * x;", "System.exit(3); return 0;"));
            watch.awaitSave(20);
            assertThatThrownBy(() -> watch.test(FixtureRepo.ID)).isInstanceOf(Worker.Died.class)
                    .hasMessageContaining("exit code 3").hasMessageContaining("System.exit");

            save(stub, FixtureRepo.SOLVED);
            watch.awaitSave(20);
            assertThat(Verdict.status(watch.test(FixtureRepo.ID))).as("a new JVM after the old one died").isEqualTo(Status.PASSED);
        }
    }

    @Test
    @DisplayName("grade is ./mvnw test (the same numbers as running it by hand), with its exit status")
    void grade() throws IOException {
        Path wrapper = root.resolve("mvnw");
        Files.writeString(wrapper, "#!/bin/sh\necho \"$@\" > \"$(dirname \"$0\")/wrapper-args.txt\"\nexit 7\n");
        assertThat(wrapper.toFile().setExecutable(true)).isTrue();
        FixtureRepo.Run run = FixtureRepo.run(root, "grade");
        assertThat(run.exit()).isEqualTo(7);
        assertThat(Files.readString(root.resolve("wrapper-args.txt")).strip()).isEqualTo("-B -q test");
        assertThat(run.out()).contains("./mvnw test failed (exit 7)");
        Files.writeString(wrapper, "#!/bin/sh\nexit 0\n");
        ResultsFiles.write(root, new ModuleResults(1, "phase9-demo", true, List.of(
                new TestResult(FixtureRepo.ID, "demo.TwiceTest", "doubles", "doubles 3",
                        Visibility.PUBLIC, 1, 1, Status.PASSED, ""))));
        FixtureRepo.Run graded = FixtureRepo.run(root, "grade");
        assertThat(graded.exit()).isZero();
        assertThat(graded.out()).contains("p9.demo.twice").endsWith("(grades.md, grades.json, report/index.html)\n")
                .contains("Points 1/");
        FixtureRepo.Run misuse = FixtureRepo.run(root, "grade", "--out", "x");
        assertThat(misuse.exit()).isEqualTo(2);
        assertThat(misuse.err()).contains("--pack, --out and --java only apply with --submission");
    }

    @Test
    @DisplayName("the ./mlpath launcher refuses a Java older than 17, and a missing Java, with what to do")
    void launcherNeedsJava17() throws Exception {
        Path launcher = Path.of(System.getProperty("mlpath.root", "..")).toAbsolutePath().normalize().resolve("mlpath");
        Path fakeJdk = Files.createDirectories(root.resolve("old-jdk/bin"));
        Files.writeString(fakeJdk.resolve("java"), "#!/bin/sh\necho '    java.specification.version = 11' >&2\n");
        assertThat(fakeJdk.resolve("java").toFile().setExecutable(true)).isTrue();
        assertThat(launch(launcher, root.resolve("old-jdk"))).contains("exit 2")
                .contains("mlpath: Java 11 found at " + fakeJdk.resolve("java") + ", but mlpath needs Java 17 or newer");
        assertThat(launch(launcher, root.resolve("no-jdk"))).contains("exit 2")
                .contains("mlpath: no Java found: install a JDK 17 or newer, or set JAVA_HOME");
    }

    private static String launch(Path launcher, Path javaHome) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", launcher.toString(), "list").redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", javaHome.toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return output + "exit " + process.waitFor();
    }

    /** Saves with a new size or a later time, as an editor would. */
    static void save(Path file, String text) throws IOException, InterruptedException {
        Thread.sleep(5);
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
    }
}
