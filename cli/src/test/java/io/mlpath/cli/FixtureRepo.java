package io.mlpath.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

/**
 * A small mlpath repository for the tool's tests: one phase module with one challenge
 * ({@code p9.demo.twice}: {@code Twice.of(x)} doubles), public and hidden tests, and the
 * module's classpaths already resolved (to this test JVM's classpath), so no Maven runs.
 */
final class FixtureRepo {

    static final String ID = "p9.demo.twice";
    static final String STUB_PATH = "phase9-demo/src/main/java/demo/Twice.java";

    static final String STUB = """
            package demo;
            /** Doubles numbers. */
            public final class Twice {
                /** Twice {@code x}. */
                public static int of(int x) {
                    throw new UnsupportedOperationException("TODO(p9.demo.twice): return 2x");
                }
            }
            """;

    static final String SOLVED = STUB.replace("throw new UnsupportedOperationException(\"TODO(p9.demo.twice): return 2x\");",
            "return 2 * x;");

    private FixtureRepo() {
    }

    /** Writes the repository under {@code root}. */
    static void create(Path root) throws IOException {
        write(root, "pom.xml", "<project/>");
        Files.createDirectories(root.resolve("grader"));
        write(root, "phase9-demo/pom.xml", "<project/>");
        write(root, "phase9-demo/catalog.json", """
                {"schemaVersion": 1, "phase": 9, "title": "Demo", "challenges": [
                 {"id": "p9.demo.twice", "title": "Twice", "topic": "demo", "order": 1, "difficulty": 1,
                  "seedTopic": "doubling", "classes": ["demo.Twice"], "hints": ["multiply by two"], "reading": []}]}""");
        write(root, STUB_PATH, STUB);
        write(root, "phase9-demo/src/test/java/demo/TwiceTest.java", test("TwiceTest", 1, 3));
        write(root, "phase9-demo/src/grading/java/demo/TwiceGradingTest.java", test("TwiceGradingTest", 2, -4));
        String classpath = System.getProperty("java.class.path");
        write(root, "phase9-demo/target/mlpath-main.classpath", "");
        write(root, "phase9-demo/target/mlpath-test.classpath", classpath);
        FileTime later = FileTime.from(Instant.now().plusSeconds(60));
        Files.setLastModifiedTime(root.resolve("phase9-demo/target/mlpath-main.classpath"), later);
        Files.setLastModifiedTime(root.resolve("phase9-demo/target/mlpath-test.classpath"), later);
    }

    static String test(String name, int points, int input) {
        return """
                package demo;
                import io.mlpath.grader.*;
                import org.junit.jupiter.api.*;
                @Challenge("p9.demo.twice")
                class %s {
                    @Test @Points(%d) @DisplayName("doubles %d")
                    void doubles() { Assertions.assertEquals(%d, Twice.of(%d), "likely mistake: adds 2 instead of doubling?"); }
                }
                """.formatted(name, points, input, 2 * input, input);
    }

    static void write(Path root, String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** Runs the tool on {@code root}; returns exit code and output. */
    static Run run(Path root, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--root";
        all[1] = root.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int exit = Main.run(all, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    record Run(int exit, String out, String err) {
    }
}
