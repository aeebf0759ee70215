package io.mlpath.grader.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlpath.grader.engine.Status;
import io.mlpath.grader.engine.TestResult;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(60)
class InProcessRunTest {

    @TempDir
    Path dir;

    static final String TEST = """
            package demo;
            import io.mlpath.grader.*;
            import org.junit.jupiter.api.*;
            @Challenge("p9.demo.twice")
            class TwiceGradingTest {
                @Test @Points(2) @DisplayName("doubles 3 to 6")
                void doubles() { Assertions.assertEquals(6, Twice.of(3), "likely mistake: added 2?"); }
            }
            """;

    List<Path> classpath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of).toList();
    }

    Path compile(String name, String body) {
        Path out = dir.resolve(name);
        List<String> errors = SourceCompiler.compile(List.of(source("demo/Twice.java",
                "package demo; public class Twice { public static int of(int x) { " + body + " } }")), classpath(), out);
        assertThat(errors).isEmpty();
        return out;
    }

    SourceFile source(String path, String text) {
        return new SourceFile(dir.resolve("src").resolve(path), path, text);
    }

    @Test
    @DisplayName("the same compiled tests grade a stub, a solution and a mistake, each in a fresh class loader")
    void gradesVariants() {
        Path stub = compile("stub", "throw new UnsupportedOperationException(\"TODO(p9.demo.twice): double x\");");
        Path solution = compile("solution", "return 2 * x;");
        Path mistake = compile("mistake", "return x + 2;");
        Path tests = dir.resolve("tests");
        List<Path> testClasspath = new java.util.ArrayList<>(classpath());
        testClasspath.add(stub);
        assertThat(SourceCompiler.compile(List.of(source("demo/TwiceGradingTest.java", TEST)), testClasspath, tests)).isEmpty();

        List<String> classes = List.of("demo.TwiceGradingTest");
        assertThat(InProcessRun.run(List.of(stub, tests), classes, null)).extracting(TestResult::status)
                .containsExactly(Status.NOT_ATTEMPTED);
        assertThat(InProcessRun.run(List.of(solution, tests), classes, null)).extracting(TestResult::score)
                .containsExactly(2);
        TestResult wrong = InProcessRun.run(List.of(mistake, tests), classes, null).get(0);
        assertThat(wrong.status()).isEqualTo(Status.FAILED);
        assertThat(wrong.message()).contains("likely mistake: added 2?").contains("expected: <6> but was: <5>");
    }

    @Test
    @DisplayName("compile errors come back as file:line: message against the file on disk")
    void compileErrors() throws IOException {
        List<String> errors = SourceCompiler.compile(List.of(source("demo/Twice.java",
                "package demo;\npublic class Twice {\n int of() { return \"no\"; }\n}")), classpath(), dir.resolve("out"));
        assertThat(errors).singleElement().asString()
                .startsWith(dir.resolve("src/demo/Twice.java") + ":3: ").contains("incompatible types");
        assertThat(Files.exists(dir.resolve("out/demo/Twice.class"))).isFalse();
    }
}
