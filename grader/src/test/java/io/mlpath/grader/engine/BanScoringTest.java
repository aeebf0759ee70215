package io.mlpath.grader.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlpath.grader.run.InProcessRun;
import io.mlpath.grader.run.SourceCompiler;
import io.mlpath.grader.run.SourceFile;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Grades compiled challenges through the grading listener: a system-wide ban turns passing tests into 0 points. */
@Timeout(60)
class BanScoringTest {

    @TempDir
    Path module;

    static final String CATALOG = """
            {"schemaVersion": 1, "phase": 9, "title": "Demo", "challenges": [
              {"id": "p9.demo.quit", "title": "T", "topic": "demo", "order": 1, "difficulty": 1, "seedTopic": "s",
               "classes": ["demo.Quit"], "hints": ["h"], "reading": []},
              {"id": "p9.demo.clean", "title": "T", "topic": "demo", "order": 2, "difficulty": 1, "seedTopic": "s",
               "classes": ["demo.Clean"], "hints": ["h"], "reading": []}]}""";

    static String test(String challenge, String type) {
        return """
                package demo;
                import io.mlpath.grader.*;
                import org.junit.jupiter.api.*;
                @Challenge("%s")
                class %sTest {
                    @Test @Points(3) @DisplayName("doubles 3 to 6")
                    void doubles() { Assertions.assertEquals(6, %s.twice(3)); }
                }
                """.formatted(challenge, type, type);
    }

    @Test
    @DisplayName("a challenge whose code calls System.exit scores 0 with the ban's message, though its tests pass")
    void bannedChallengeScoresZero() throws IOException {
        Files.writeString(module.resolve("catalog.json"), CATALOG);
        List<Path> classpath = new ArrayList<>(Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of).toList());
        Path out = module.resolve("classes");
        assertThat(SourceCompiler.compile(List.of(
                source("demo/Quit.java", "package demo; public class Quit { public static int twice(int x) {"
                        + " if (x < 0) { System.exit(1); } return 2 * x; } }"),
                source("demo/Clean.java", "package demo; public class Clean { public static int twice(int x) { return 2 * x; } }"),
                source("demo/QuitTest.java", test("p9.demo.quit", "Quit")),
                source("demo/CleanTest.java", test("p9.demo.clean", "Clean"))), classpath, out)).isEmpty();

        Map<String, TestResult> byChallenge = InProcessRun.run(List.of(out), List.of("demo.QuitTest", "demo.CleanTest"), module)
                .stream().collect(Collectors.toMap(TestResult::challenge, Function.identity()));

        TestResult banned = byChallenge.get("p9.demo.quit");
        assertThat(banned.status()).isEqualTo(Status.FAILED);
        assertThat(banned.score()).isZero();
        assertThat(banned.maxScore()).isEqualTo(3);
        assertThat(banned.message()).startsWith("uses java.lang.System.exit (in demo.Quit), which every challenge bans: ")
                .endsWith("The challenge scores 0 until the use is gone.");
        TestResult clean = byChallenge.get("p9.demo.clean");
        assertThat(clean.status()).isEqualTo(Status.PASSED);
        assertThat(clean.score()).isEqualTo(3);
    }

    SourceFile source(String path, String text) {
        return new SourceFile(module.resolve(path), path, text);
    }
}
