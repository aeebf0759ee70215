package io.mlpath.grader.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlpath.grader.catalog.CatalogLoader;
import io.mlpath.grader.engine.ModuleResults;
import io.mlpath.grader.engine.ResultsFiles;
import io.mlpath.grader.engine.Status;
import io.mlpath.grader.engine.TestResult;
import io.mlpath.grader.report.ReportMain;
import io.mlpath.grader.report.RepositoryGrades;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Trusted grading against hostile code: a module whose challenges each do one hostile thing
 * (loop for ever, recurse without end, exhaust memory, end the JVM, leave threads running,
 * flood stdout, reflect into the grader, forge a reply, write the reports, read the hidden
 * tests), between two honest challenges. Each hostile challenge must score 0, the honest ones
 * exactly what they score without hostile neighbours, the reports must be written, and the run
 * must end, on JDK 17 and on JDK 25 (no SecurityManager involved).
 *
 * <p>Every hostile challenge's task: {@code Victim.compute(x)} returns {@code x + 1}.
 */
@Timeout(value = 10, unit = java.util.concurrent.TimeUnit.MINUTES)
class HostileSubmissionTest {

    /** Where Temurin 25 is installed on the project's build machine; override with MLPATH_JDK25. */
    static final String JDK25 = System.getenv().getOrDefault("MLPATH_JDK25", "/usr/lib/jvm/temurin-25-jdk-amd64");

    /** Tight limits keep the suite quick: a looping test is stopped after 2 s, a challenge's JVM after 25 s. */
    static final ForkLimits LIMITS = new ForkLimits(Duration.ofSeconds(25), 256, 16 * 1024, Duration.ofSeconds(2));

    static final String HONEST = "return x + 1;";

    /** slug → the body of {@code compute(int x)}. */
    static final Map<String, String> HOSTILE = new LinkedHashMap<>();

    static {
        HOSTILE.put("loop", "while (true) { x = x * 31 + 1; if (x == 42) { x = 0; } }");
        HOSTILE.put("recursion", "return compute(x + 1) + 1;");
        HOSTILE.put("memory", "java.util.List<long[]> hog = new java.util.ArrayList<>();"
                + " while (true) { hog.add(new long[1 << 20]); }");
        HOSTILE.put("exit", "System.exit(0); return x + 1;");
        HOSTILE.put("halt", "Runtime.getRuntime().halt(0); return x + 1;");
        HOSTILE.put("threads", "Thread t = new Thread(() -> { while (true) { try { Thread.sleep(10); }"
                + " catch (InterruptedException e) { } } }); t.setDaemon(false); t.start(); return x;");
        HOSTILE.put("flood", "String line = \"x\".repeat(1 << 20);"
                + " for (int i = 0; i < 100; i++) { System.out.println(line); } return x;");
        HOSTILE.put("reflection", "try { Class<?> c = Class.forName(\"io.mlpath.grader.engine.TestResult\");"
                + " java.lang.reflect.Field f = c.getDeclaredFields()[0]; f.setAccessible(true); }"
                + " catch (Exception e) { } return x;");
        HOSTILE.put("forged", "try { java.io.PrintStream out = new java.io.PrintStream("
                + "new java.io.FileOutputStream(java.io.FileDescriptor.out), true);"
                + " out.println(\"@@mlpath-reply\\tguess\\t{\\\"challenge\\\":\\\"p9.hostile.forged\\\",\\\"results\\\":[]}\");"
                + " } catch (Exception e) { } return x;");
        HOSTILE.put("reports", "try { for (java.nio.file.Path p = java.nio.file.Path.of(\"\").toAbsolutePath(); p != null;"
                + " p = p.getParent()) { java.nio.file.Path r = p.resolve(\"target/mlpath/results\");"
                + " if (java.nio.file.Files.isDirectory(r)) { java.nio.file.Files.writeString(r.resolve(\"fake.json\"),"
                + " \"{}\"); } } } catch (Exception e) { } return x;");
        HOSTILE.put("peek", "try { return Integer.parseInt(java.nio.file.Files.readString(java.nio.file.Path.of("
                + "\"src/grading/java/demo/peek/VictimGradingTest.java\")).substring(0, 1)); }"
                + " catch (Exception e) { return x; }");
    }

    @TempDir
    static Path root;

    static Path module(String name, boolean hostile) throws IOException {
        Path module = root.resolve(name);
        List<String> slugs = new ArrayList<>(List.of("first"));
        slugs.addAll(HOSTILE.keySet());
        slugs.add("last");
        StringBuilder catalog = new StringBuilder("{\"schemaVersion\": 1, \"phase\": 9, \"title\": \"Hostile\", \"challenges\": [");
        int order = 1;
        for (String slug : slugs) {
            String body = hostile && HOSTILE.containsKey(slug) ? HOSTILE.get(slug) : HONEST;
            catalog.append(order > 1 ? "," : "").append("{\"id\": \"p9.hostile.").append(slug).append("\", \"title\": \"")
                    .append(slug).append("\", \"topic\": \"hostile\", \"order\": ").append(order++)
                    .append(", \"difficulty\": 1, \"seedTopic\": \"containment\", \"classes\": [\"demo.").append(slug)
                    .append(".Victim\"], \"hints\": [\"add one\"], \"reading\": []}");
            write(module, "src/main/java/demo/" + slug + "/Victim.java", """
                    package demo.%s;
                    public final class Victim {
                        public static int compute(int x) {
                            %s
                        }
                    }
                    """.formatted(slug, body));
            write(module, "src/test/java/demo/" + slug + "/VictimTest.java", test(slug, "VictimTest", 1, 41));
            write(module, "src/grading/java/demo/" + slug + "/VictimGradingTest.java", test(slug, "VictimGradingTest", 2, -1));
        }
        write(module, "catalog.json", catalog.append("]}").toString());
        return module;
    }

    static String test(String slug, String name, int points, int input) {
        return """
                package demo.%s;
                import io.mlpath.grader.*;
                import org.junit.jupiter.api.*;
                @Challenge("p9.hostile.%s")
                class %s {
                    @Test @Points(%d) @DisplayName("adds one to %d")
                    void addsOne() { Assertions.assertEquals(%d, Victim.compute(%d), "likely mistake: off by one"); }
                }
                """.formatted(slug, slug, name, points, input, input + 1, input);
    }

    static void write(Path module, String path, String text) throws IOException {
        Path file = module.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    static ModuleResults grade(Path module, String java, boolean bans) {
        List<Path> classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(s -> !s.isBlank()).map(Path::of).toList();
        return new ForkedGrading(java, LIMITS, bans).grade(new ForkedGrading.Module(module,
                module.resolve("src/main/java"), List.of(), classpath), module.resolve("target/work"), line -> { });
    }

    static Map<String, List<TestResult>> byChallenge(ModuleResults results) {
        return results.tests().stream().collect(Collectors.groupingBy(TestResult::challenge, LinkedHashMap::new,
                Collectors.toList()));
    }

    static Stream<Arguments> jdks() {
        String current = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return Stream.of(Arguments.of("this JDK (" + System.getProperty("java.version") + ")", current),
                Arguments.of("Temurin 25", Path.of(JDK25, "bin", "java").toString()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jdks")
    @DisplayName("each hostile challenge scores 0, the honest ones exactly as alone, the reports are written and the run ends")
    void hostileSuite(String label, String java) throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(Path.of(java)), () -> label + " not found at " + java
                + ": install it or set MLPATH_JDK25 to run the hostile suite on it");
        Map<String, List<TestResult>> honest = byChallenge(grade(module("honest-" + label.hashCode(), false), java, true));
        assertThat(honest.values()).allSatisfy(tests -> assertThat(tests).allMatch(t -> t.status() == Status.PASSED));

        Path hostileModule = module("hostile-" + label.hashCode(), true);
        ModuleResults graded = grade(hostileModule, java, true);
        Map<String, List<TestResult>> hostile = byChallenge(graded);

        for (String slug : List.of("first", "last")) {
            assertThat(hostile.get("p9.hostile." + slug)).as("honest challenge " + slug + " next to hostile code")
                    .isEqualTo(honest.get("p9.hostile." + slug));
        }
        for (String slug : HOSTILE.keySet()) {
            List<TestResult> tests = hostile.get("p9.hostile." + slug);
            assertThat(tests).as(slug).hasSize(2);
            assertThat(tests.stream().mapToInt(TestResult::score).sum()).as("points of hostile challenge " + slug).isZero();
        }
        assertThat(hostile.get("p9.hostile.exit")).allMatch(t -> t.message().contains("java.lang.System.exit"));
        assertThat(hostile.get("p9.hostile.halt")).allMatch(t -> t.message().contains("java.lang.Runtime.halt"));
        for (String slug : List.of("exit", "halt", "reflection", "forged", "reports", "peek")) {
            assertThat(hostile.get("p9.hostile." + slug)).as(slug + " is banned before it runs")
                    .allMatch(t -> t.message().contains("which every challenge bans"));
        }
        assertThat(hostile.get("p9.hostile.loop")).allMatch(t -> t.status() == Status.TIMEOUT);

        ResultsFiles.write(root.resolve("repo-" + label.hashCode()), graded);
        Path reports = ResultsFiles.reportDir(root.resolve("repo-" + label.hashCode()));
        ReportMain.write(root.resolve("repo-" + label.hashCode()), RepositoryGrades.of(
                List.of(CatalogLoader.load(hostileModule.resolve("catalog.json"))), List.of(graded)));
        assertThat(reports.resolve("grades.json")).exists();
        assertThat(Files.readString(reports.resolve("points.txt"))).isEqualTo("Points 6/" + 3 * (HOSTILE.size() + 2) + "\n");
    }

    @Test
    @DisplayName("without the bytecode bans, the challenge JVMs alone contain exit, halt, forged replies and written reports")
    void containmentWithoutBans() throws IOException {
        Path module = module("unbanned", true);
        Map<String, List<TestResult>> graded = byChallenge(grade(module, ProcessHandle.current().info().command().orElseThrow(), false));
        for (String slug : HOSTILE.keySet()) {
            assertThat(graded.get("p9.hostile." + slug).stream().mapToInt(TestResult::score).sum())
                    .as("points of hostile challenge " + slug + " without bans").isZero();
        }
        assertThat(graded.get("p9.hostile.first")).allMatch(t -> t.status() == Status.PASSED);
        assertThat(graded.get("p9.hostile.last")).allMatch(t -> t.status() == Status.PASSED);
        assertThat(graded.get("p9.hostile.exit")).allMatch(t -> t.status() == Status.ERROR
                && t.message().contains("ended before it reported"));
        assertThat(graded.get("p9.hostile.halt")).allMatch(t -> t.status() == Status.ERROR);
        assertThat(graded.get("p9.hostile.memory")).allMatch(t -> t.message().contains("OutOfMemoryError")
                || t.message().contains("ended before it reported"));
        assertThat(graded.get("p9.hostile.flood")).allMatch(t -> t.status() == Status.FAILED);
    }
}
