package io.mlpath.cli.release;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small upstream repositories for the release tests, and the real one. */
final class Upstream {

    /** The stub every small repository holds. */
    static final String STUB = "class Twice { int of(int x) { throw new UnsupportedOperationException(\"TODO(p9.twice)\"); } }\n";

    private Upstream() {
    }

    /** The real mlpath repository these tests are built in: {@code mlpath.root}, set by the build, else the parent of the module. */
    static Path real() {
        return Path.of(System.getProperty("mlpath.root", "..")).toAbsolutePath().normalize();
    }

    /**
     * A git repository at {@code root} with one file of every kind a release sorts, committed; plus an
     * untracked file and an ignored build output, which no release may take.
     */
    static Path small(Path root) throws IOException {
        write(root, "pom.xml", "<project><modelVersion>4.0.0</modelVersion><version>1.2.3</version></project>\n");
        write(root, ".gitignore", "target/\n");
        write(root, ".mvn/maven.config", "--fail-at-end\n");
        write(root, "mvnw", "#!/bin/sh\necho wrapper\n");
        write(root, "mlpath", "#!/bin/sh\necho tool\n");
        write(root, "README.md", "# demo\n");
        write(root, "grader/pom.xml", "<project/>\n");
        write(root, "grader/src/main/java/Grader.java", "class Grader {}\n");
        write(root, "phase9-demo/pom.xml", "<project/>\n");
        write(root, "phase9-demo/catalog.json", "{}\n");
        write(root, "phase9-demo/src/main/java/Twice.java", STUB);
        write(root, "phase9-demo/src/solution/java/Twice.java", "class Twice { int of(int x) { return 2 * x; } }\n");
        write(root, "phase9-demo/src/test/java/TwiceTest.java", "class TwiceTest {}\n");
        write(root, "phase9-demo/src/grading/java/TwiceGradingTest.java", "class TwiceGradingTest {}\n");
        write(root, "phase9-demo/src/grading/resources/twice.json", "[2, 4]\n");
        write(root, "phase9-demo/src/mistakes/java/Twice.adds-two.java", "class Twice { int of(int x) { return x + 2; } }\n");
        write(root, "phase9-demo/fixtures/twice.py", "print([2, 4])\n");
        write(root, ".ci/run", "#!/bin/sh\n./mvnw verify -Psolutions\n");
        write(root, ".github/workflows/grade.yml", "name: grade\n");
        write(root, ".github/workflows/grade-submission.yml", "name: grade submission\n");
        Git git = new Git(root);
        git.run("init", "-q");
        git.run("add", "--all");
        git.run("update-index", "--chmod=+x", "--", "mvnw", "mlpath", ".ci/run");
        git.run("-c", "user.name=t", "-c", "user.email=t@t", "-c", "commit.gpgsign=false", "commit", "-q", "-m", "base");
        write(root, "notes.txt", "untracked\n");
        write(root, "phase9-demo/target/classes/Twice.class", "built\n");
        return root;
    }

    static void write(Path root, String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
