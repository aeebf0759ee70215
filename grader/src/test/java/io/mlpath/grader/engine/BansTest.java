package io.mlpath.grader.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlpath.grader.run.ChildFirstClassLoader;
import io.mlpath.grader.run.SourceCompiler;
import io.mlpath.grader.run.SourceFile;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(60)
class BansTest {

    @TempDir
    Path module;

    static final String CATALOG = """
            {"schemaVersion": 1, "phase": 9, "title": "Demo",
             "bans": [{"prefix": "java.util.concurrent.", "why": "no threads here", "instead": "a plain loop"}],
             "challenges": [
              {"id": "p9.demo.a", "title": "A", "topic": "demo", "order": 1, "difficulty": 1, "seedTopic": "s",
               "classes": ["demo.A"], "hints": ["h"], "reading": []},
              {"id": "p9.demo.b", "title": "B", "topic": "demo", "order": 2, "difficulty": 1, "seedTopic": "s",
               "classes": ["demo.B"], "hints": ["h"], "reading": [],
               "bans": [{"prefix": "java.util.Arrays", "why": "sorting is the exercise", "instead": "write the sort"}]}]}""";

    ClassLoader compile(String a, String b) throws IOException {
        Files.writeString(module.resolve("catalog.json"), CATALOG);
        List<Path> classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of).toList();
        Path out = module.resolve("classes");
        assertThat(SourceCompiler.compile(List.of(new SourceFile(module.resolve("A.java"), "demo/A.java", a),
                new SourceFile(module.resolve("B.java"), "demo/B.java", b)), classpath, out)).isEmpty();
        return new ChildFirstClassLoader(List.of(out), BansTest.class.getClassLoader());
    }

    @Test
    @DisplayName("a banned API used only inside a lambda is found in the nested class file and named with the reason")
    void findsUseInLambda() throws IOException {
        ClassLoader loader = compile("""
                package demo;
                public class A {
                    public Runnable r() { return () -> new java.util.concurrent.atomic.AtomicInteger().incrementAndGet(); }
                }""", "package demo; public class B { int[] s(int[] x) { return x; } }");
        Map<String, String> violations = Bans.violations(module, loader);
        assertThat(violations).containsOnlyKeys("p9.demo.a");
        assertThat(violations.get("p9.demo.a")).startsWith("uses java.util.concurrent.atomic.AtomicInteger (in demo.A")
                .contains("which this challenge bans: no threads here. Instead: a plain loop.")
                .endsWith("The challenge scores 0 until the use is gone.");
    }

    @Test
    @DisplayName("a challenge's own ban applies to it alone, the module's bans to every challenge")
    void perChallengeBan() throws IOException {
        ClassLoader loader = compile("package demo; public class A { void s(int[] x) { java.util.Arrays.sort(x); } }",
                "package demo; public class B { void s(int[] x) { java.util.Arrays.sort(x); } }");
        assertThat(Bans.violations(module, loader)).containsOnlyKeys("p9.demo.b")
                .extractingByKey("p9.demo.b").asString().startsWith("uses java.util.Arrays");
    }

    @Test
    @DisplayName("the constant pool scan reads real class files (classes, annotations, members) and rejects anything else")
    void scan() throws IOException {
        byte[] own;
        try (var in = BansTest.class.getResourceAsStream("BansTest.class")) {
            own = in.readAllBytes();
        }
        assertThat(BytecodeScan.names(own)).contains("io.mlpath.grader.engine.Bans", "org.junit.jupiter.api.Test",
                "io.mlpath.grader.engine.Bans.violations");
        assertThatThrownBy(() -> BytecodeScan.names(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}))
                .hasMessageContaining("0xCAFEBABE");
    }
}
