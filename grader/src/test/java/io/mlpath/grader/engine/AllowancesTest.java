package io.mlpath.grader.engine;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(60)
class AllowancesTest {

    static final String CATALOG = """
            {"schemaVersion": 1, "phase": 9, "title": "Demo", "challenges": [
              {"id": "p9.demo.keep", "title": "T", "topic": "demo", "order": 1, "difficulty": 1, "seedTopic": "s",
               "classes": ["demo.Keep"], "hints": ["h"], "reading": [],
               "allow": [{"prefix": "java.lang.System.exit", "why": "the challenge is a command-line tool"}]},
              {"id": "p9.demo.other", "title": "T", "topic": "demo", "order": 2, "difficulty": 1, "seedTopic": "s",
               "classes": ["demo.Other"], "hints": ["h"], "reading": []},
              {"id": "p9.demo.exact", "title": "T", "topic": "demo", "order": 3, "difficulty": 1, "seedTopic": "s",
               "classes": ["demo.Exact"], "hints": ["h"], "reading": [],
               "allow": [{"prefix": "java.lang.System.load", "why": "the challenge binds a native BLAS"}]},
              {"id": "p9.demo.server", "title": "T", "topic": "demo", "order": 4, "difficulty": 1, "seedTopic": "s",
               "classes": ["demo.Server"], "hints": ["h"], "reading": [],
               "allow": [{"prefix": "java.net.", "why": "the challenge serves predictions over HTTP"}]},
              {"id": "p9.demo.client", "title": "T", "topic": "demo", "order": 5, "difficulty": 1, "seedTopic": "s",
               "classes": ["demo.Client"], "hints": ["h"], "reading": [],
               "allow": [{"prefix": "java.net.", "why": "the challenge serves predictions over HTTP"}]}]}""";

    @TempDir
    static Path module;

    static Map<String, String> violations;

    @BeforeAll
    static void compileAndScan() throws IOException {
        Files.writeString(module.resolve("catalog.json"), CATALOG);
        List<SourceFile> sources = List.of(
                source("Keep", "void f() { System.exit(2); }"),
                source("Other", "void f() { System.exit(2); }"),
                source("Exact", "void f() { System.load(\"/x.so\"); System.loadLibrary(\"x\"); }"),
                source("Server", "Object f() throws Exception { return new java.net.URI(\"http://localhost:8080/\"); }"),
                source("Client", "Object f() { return java.net.http.HttpClient.newHttpClient(); }"));
        List<Path> classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of).toList();
        Path out = module.resolve("classes");
        assertThat(SourceCompiler.compile(sources, classpath, out)).isEmpty();
        violations = Bans.violations(module, new ChildFirstClassLoader(List.of(out), AllowancesTest.class.getClassLoader()));
    }

    static SourceFile source(String name, String body) {
        return new SourceFile(module.resolve(name + ".java"), "demo/" + name + ".java",
                "package demo; public class " + name + " { " + body + " }");
    }

    @Test
    @DisplayName("an allowance lifts its ban for its own challenge only")
    void liftsForItsChallengeOnly() {
        assertThat(violations).doesNotContainKey("p9.demo.keep");
        assertThat(violations.get("p9.demo.other")).startsWith("uses java.lang.System.exit (in demo.Other), which every challenge bans");
    }

    @Test
    @DisplayName("allowing the member System.load leaves System.loadLibrary banned")
    void liftsExactlyItsMember() {
        assertThat(violations.get("p9.demo.exact")).startsWith("uses java.lang.System.loadLibrary (in demo.Exact), ");
    }

    @Test
    @DisplayName("allowing java.net. lifts that package's ban but not the separate ban of java.net.http.")
    void liftsExactlyItsPrefix() {
        assertThat(violations).doesNotContainKey("p9.demo.server");
        assertThat(violations.get("p9.demo.client")).startsWith("uses java.net.http.HttpClient");
    }
}
