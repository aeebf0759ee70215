package io.mlpath.grader.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlpath.grader.run.SourceCompiler;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The check on a small module of one challenge, then with one rule broken at a time. */
@Timeout(120)
class CheckMainTest {

    @TempDir
    Path module;

    static final String STUB = """
            package demo;
            /** Doubles numbers. */
            public final class Twice {
                /** Twice {@code x}. */
                public static int of(int x) {
                    throw new UnsupportedOperationException("TODO(p9.demo.twice): return 2x; mind overflow");
                }
                /** A given helper, the same in stub and reference. */
                public static String name() {
                    return "twice";
                }
            }
            """;
    static final String REFERENCE = STUB.replace(
            "throw new UnsupportedOperationException(\"TODO(p9.demo.twice): return 2x; mind overflow\");",
            "return Math.multiplyExact(2, x);");

    void write(String path, String text) throws IOException {
        Path file = module.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    static String test(String name, int points, String extra) {
        return """
                package demo;
                import io.mlpath.grader.*;
                import org.junit.jupiter.api.*;
                @Challenge("p9.demo.twice")
                class %s {
                    @Test @Points(%d) @DisplayName("doubles 3 to 6")
                    void doubles() { Assertions.assertEquals(6, Twice.of(3), "likely mistake: adds 2?"); }
                    %s
                }
                """.formatted(name, points, extra);
    }

    @BeforeEach
    void goodModule() throws IOException {
        write("catalog.json", """
                {"schemaVersion": 1, "phase": 9, "title": "Demo", "challenges": [
                 {"id": "p9.demo.twice", "title": "Twice", "topic": "demo", "order": 1, "difficulty": 1,
                  "seedTopic": "doubling", "classes": ["demo.Twice"], "hints": ["multiply"], "reading": []}]}""");
        write("src/main/java/demo/Twice.java", STUB);
        write("src/solution/java/demo/Twice.java", REFERENCE);
        write("src/main/java/demo/package-info.java", "/** Doubling. */\npackage demo;\n");
        write("src/solution/java/demo/package-info.java", "/** Doubling. */\npackage demo;\n");
        write("src/test/java/demo/TwiceTest.java", test("TwiceTest", 1, ""));
        write("src/grading/java/demo/TwiceGradingTest.java", test("TwiceGradingTest", 2,
                "@Test @Points(1) @DisplayName(\"doubles 0 to 0\") void zero() { Assertions.assertEquals(0, Twice.of(0)); }"));
        write("src/mistakes/java/demo/Twice.adds-two.java", "// Known mistake: adds 2 instead of doubling.\n"
                + REFERENCE.replace("Math.multiplyExact(2, x)", "x + 2"));
    }

    static final String PLOT = """
            package demo;
            import io.mlpath.grader.Challenge;
            import io.mlpath.grader.plot.*;
            /** Doubling drawn. */
            @Challenge("p9.demo.twice")
            public final class %s implements Plot {
                @Override
                public void draw(Figures figures) {
                    double[] x = {0, 1, 2, 3};
                    double[] y = new double[x.length];
                    for (int i = 0; i < x.length; i++) {
                        y[i] = Twice.of((int) x[i]);
                    }
                    var chart = Charts.xy("Twice x for x = 0 to 3", "x", "2x");
                    chart.addSeries("2x", x, y);
                    %s
                }
            }
            """;

    List<Path> dependencies() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of).toList();
    }

    Findings check() throws IOException {
        Path classes = module.resolve("target/classes");
        List<String> errors = SourceCompiler.compile(SourceCompiler.sourcesUnder(module.resolve("src/solution/java")),
                dependencies(), classes);
        assertThat(errors).as("the reference compiles").isEmpty();
        Path testClasses = Files.createDirectories(module.resolve("target/test-classes"));
        return CheckMain.check(module, classes, testClasses, dependencies());
    }

    static List<String> rules(Findings findings) {
        return findings.all().stream().map(f -> f.rule() + ": " + f.problem()).toList();
    }

    @Test
    @DisplayName("a module that follows every rule passes, with reference, stub and mistake scores in the summary")
    void goodModulePasses() throws IOException {
        Findings findings = check();
        assertThat(rules(findings)).isEmpty();
        assertThat(findings.passed()).contains(
                "p9.demo.twice: reference 4/4 · stub 0/4 not-attempted · Twice.adds-two 0/4");
    }

    @Test
    @DisplayName("learner code that uses a banned API scores 0 even when its answers are right")
    void bannedApiScoresZero() throws IOException {
        Path catalog = module.resolve("catalog.json");
        Files.writeString(catalog, Files.readString(catalog).replace("\"challenges\": [", "\"bans\": [{\"prefix\":"
                + " \"java.math.\", \"why\": \"doubling is to be written by hand\", \"instead\": \"int arithmetic\"}],"
                + " \"challenges\": ["));
        write("src/mistakes/java/demo/Twice.big-integer.java", "// Known mistake: doubles through BigInteger.\n"
                + REFERENCE.replace("Math.multiplyExact(2, x)", "java.math.BigInteger.valueOf(x).shiftLeft(1).intValueExact()"));
        Findings findings = check();
        assertThat(rules(findings)).isEmpty();
        assertThat(findings.passed()).anyMatch(p -> p.contains("Twice.big-integer 0/4"));
    }

    @Test
    @DisplayName("a stub package without package-info.java is reported")
    void packageInfo() throws IOException {
        Files.delete(module.resolve("src/main/java/demo/package-info.java"));
        Files.delete(module.resolve("src/solution/java/demo/package-info.java"));
        assertThat(rules(check())).containsExactly("package-info: has no package-info.java");
    }

    @Test
    @DisplayName("a known mistake that scores full points is reported")
    void uncaughtMistake() throws IOException {
        write("src/mistakes/java/demo/Twice.shifts.java", "// Known mistake: shifts left.\n"
                + REFERENCE.replace("Math.multiplyExact(2, x)", "x << 1"));
        assertThat(rules(check())).containsExactly("mistakes: scores full points: no test catches it");
    }

    @Test
    @DisplayName("a stub body that is neither a TODO throw nor the reference's code is reported")
    void stubBody() throws IOException {
        write("src/main/java/demo/Twice.java", STUB.replace("return \"twice\";", "return \"2x\";"));
        assertThat(rules(check())).containsExactly("todo: the body is neither one TODO throw nor the reference's code");
    }

    @Test
    @DisplayName("a test that passes on the untouched stub is reported, since the stub must score 0")
    void stubScores() throws IOException {
        write("src/grading/java/demo/TwiceGradingTest.java", test("TwiceGradingTest", 2,
                "@Test @Points(1) @DisplayName(\"names itself\") void name() { Assertions.assertEquals(\"twice\", Twice.name()); }"));
        assertThat(rules(check())).singleElement().asString().startsWith("stub: on the untouched stub this test is passed");
    }

    @Test
    @DisplayName("missing points, a public API the stub lacks, and a badly named test are each reported")
    void conventions() throws IOException {
        write("src/grading/java/demo/TwiceGradingTest.java", test("TwiceGradingTest", 2,
                "@Test @DisplayName(\"no points\") void unpointed() { }"));
        write("src/solution/java/demo/Twice.java", REFERENCE.replace("/** A given helper",
                "/** Extra. */ public static int thrice(int x) { return 3 * x; }\n    /** A given helper"));
        write("src/test/java/demo/DoublerTest.java", test("DoublerTest", 1, ""));
        assertThat(rules(check())).contains("points: has no @Points")
                .anyMatch(r -> r.startsWith("api: the reference declares") && r.contains("thrice"))
                .anyMatch(r -> r.startsWith("names: a public test of p9.demo.twice must be named one of [TwiceTest]"));
    }

    @Test
    @DisplayName("a seeded test that fails for one seed offset in 0..19 is reported with that offset")
    void seedSweep() throws IOException {
        write("src/grading/java/demo/TwiceGradingTest.java", test("TwiceGradingTest", 2,
                "@Test @Points(1) @DisplayName(\"holds for most seeds\") void seeded() {"
                        + " Twice.of(1); Assertions.assertTrue(Seeds.of(100) != 105); }"));
        Findings findings = check();
        assertThat(rules(findings)).singleElement().asString().startsWith("seeds: with seed offset 5 the reference scores 3/4");
        assertThat(findings.passed()).anyMatch(p -> p.contains("seed offsets 0..19 failing [5]"));
    }

    @Test
    @DisplayName("a hidden test that does not compile against the stub is reported with file and line")
    void hiddenTestCompile() throws IOException {
        write("src/grading/java/demo/TwiceGradingTest.java", test("TwiceGradingTest", 2,
                "@Test @Points(1) @DisplayName(\"calls a method the stub lacks\") void x() { Twice.thrice(1); }"));
        assertThat(check().all()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("compile");
            assertThat(f.where()).contains("TwiceGradingTest.java:8:");
        });
    }

    @Test
    @DisplayName("a plot that draws with the reference and reaches the stub's TODO passes, its picture named in the summary")
    void goodPlot() throws IOException {
        write("src/plot/java/demo/TwicePlot.java", PLOT.formatted("TwicePlot", "figures.save(\"twice\", chart);"));
        Findings findings = check();
        assertThat(rules(findings)).isEmpty();
        assertThat(findings.passed()).contains("p9.demo.twice plots: reference twice.png · stub not-implemented");
        assertThat(module.resolve("target/mlpath-check/plots/p9.demo.twice/twice.png")).isRegularFile();
    }

    @Test
    @DisplayName("a plot that writes no picture is reported")
    void plotWritesNothing() throws IOException {
        write("src/plot/java/demo/TwicePlot.java", PLOT.formatted("TwicePlot", ""));
        assertThat(rules(check())).singleElement().asString()
                .startsWith("plots: on the reference the plot demo.TwicePlot drew no figure");
    }

    @Test
    @DisplayName("a plot not named <Base>Plot after a class of its challenge is reported")
    void plotName() throws IOException {
        write("src/plot/java/demo/DoublePlot.java", PLOT.formatted("DoublePlot", "figures.save(\"twice\", chart);"));
        assertThat(rules(check())).containsExactly("names: a plot of p9.demo.twice must be one of [demo/TwicePlot.java]");
    }

    @Test
    @DisplayName("a plot that draws before calling the learner's code is reported, since the stub must give 'not implemented yet'")
    void plotDrawsOnStub() throws IOException {
        write("src/plot/java/demo/TwicePlot.java", PLOT.formatted("TwicePlot", "figures.save(\"twice\", chart);")
                .replace("y[i] = Twice.of((int) x[i]);", "y[i] = 2 * x[i];"));
        assertThat(rules(check())).singleElement().asString()
                .startsWith("plots: on the untouched stub the plot gave 'wrote 1 figure(s)");
    }
}
