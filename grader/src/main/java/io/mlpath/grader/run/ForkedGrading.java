package io.mlpath.grader.run;

import io.mlpath.grader.catalog.Catalog;
import io.mlpath.grader.catalog.CatalogEntry;
import io.mlpath.grader.catalog.CatalogLoader;
import io.mlpath.grader.engine.Bans;
import io.mlpath.grader.engine.ChallengeStatus;
import io.mlpath.grader.engine.ModuleResults;
import io.mlpath.grader.engine.ResultsFiles;
import io.mlpath.grader.engine.Status;
import io.mlpath.grader.engine.TestResult;
import io.mlpath.grader.report.PointsIndex;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Trusted grading: every challenge in a JVM of its own, so code that loops, recurses without end,
 * exhausts memory, ends its JVM, leaves threads running or prints without end costs only its own
 * challenge. It works the same on every JDK from 17 on, without a SecurityManager.
 *
 * <p>This JVM compiles each challenge (javac runs no learner code), applies the bytecode bans
 * before any learner code runs, starts {@link WorkerMain} with a heap limit, an empty
 * environment and a wall-clock limit, reads its one reply (marked with a fresh random nonce) and
 * keeps at most {@link ForkLimits#outputBytes()} of its output. What a test is worth comes from
 * the test sources ({@link PointsIndex}), never from the child: a child can only say which
 * known tests passed.
 */
public final class ForkedGrading {

    /**
     * One module to grade.
     *
     * @param moduleDir     the module (trusted tests, catalog)
     * @param mainRoot      the learner's sources to grade
     * @param mainClasspath what learner code compiles against
     * @param testClasspath what the tests and the child JVM run with
     */
    public record Module(Path moduleDir, Path mainRoot, List<Path> mainClasspath, List<Path> testClasspath) {
    }

    private final String java;
    private final ForkLimits limits;
    private final boolean bans;

    /**
     * Grades with the {@code java} launcher (any JDK 17+), within {@code limits}; {@code bans}
     * false grades without the bytecode bans, to show what containment alone does.
     */
    public ForkedGrading(String java, ForkLimits limits, boolean bans) {
        this.java = java;
        this.limits = limits;
        this.bans = bans;
    }

    /** Grades every challenge of {@code module}, compiling into {@code workDir}; {@code log} hears one line per challenge. */
    public ModuleResults grade(Module module, Path workDir, Consumer<String> log) {
        Catalog catalog = CatalogLoader.load(module.moduleDir().resolve(CatalogLoader.FILE_NAME));
        ChallengeBuild build = new ChallengeBuild(module.moduleDir(), module.mainRoot(), module.mainClasspath(),
                module.testClasspath(), workDir);
        // Everything is compiled (and fingerprinted) before any learner code runs, so code that
        // writes files cannot change what the challenges after it are graded with unnoticed.
        Map<String, ChallengeBuild.Compiled> compiled = new LinkedHashMap<>();
        Map<String, String> fingerprints = new LinkedHashMap<>();
        for (CatalogEntry entry : catalog.challenges()) {
            ChallengeBuild.Compiled c = build.compile(entry);
            compiled.put(entry.id(), c);
            fingerprints.put(entry.id(), Fingerprint.of(c.runDirs()));
        }
        List<TestResult> all = new ArrayList<>();
        for (CatalogEntry entry : catalog.challenges()) {
            long start = System.nanoTime();
            List<TestResult> results = gradeOne(module, compiled.get(entry.id()), fingerprints.get(entry.id()), entry, workDir);
            all.addAll(results);
            log.accept(String.format(Locale.ROOT, "%-34s %4d/%-4d %-13s %.1f s", entry.id(),
                    results.stream().mapToInt(TestResult::score).sum(), results.stream().mapToInt(TestResult::maxScore).sum(),
                    ChallengeStatus.of(results).label(), (System.nanoTime() - start) / 1e9));
        }
        return new ModuleResults(ModuleResults.SCHEMA_VERSION, ResultsFiles.moduleName(module.moduleDir()), true, all);
    }

    private List<TestResult> gradeOne(Module module, ChallengeBuild.Compiled compiled, String fingerprint,
                                      CatalogEntry entry, Path workDir) {
        List<TestResult> expected = PointsIndex.scan(module.moduleDir(), entry.id());
        if (!compiled.ok()) {
            return settleAll(expected, Status.ERROR, "does not compile: " + compiled.errors().get(0)
                    + (compiled.errors().size() > 1 ? " (and " + (compiled.errors().size() - 1) + " more errors)" : ""));
        }
        if (bans) {
            String violation = banned(module.moduleDir(), compiled, entry);
            if (violation != null) {
                return settleAll(expected, Status.FAILED, violation);
            }
        }
        if (!Fingerprint.of(compiled.runDirs()).equals(fingerprint)) {
            return settleAll(expected, Status.ERROR, "the compiled classes or fixtures of " + entry.id() + " changed while"
                    + " other challenges ran (learner code writing files?); it is not graded");
        }
        return fork(module, entry, workDir, expected);
    }

    private static String banned(Path moduleDir, ChallengeBuild.Compiled compiled, CatalogEntry entry) {
        try (ChildFirstClassLoader loader = new ChildFirstClassLoader(List.of(compiled.mainOut()),
                ClassLoader.getPlatformClassLoader())) {
            Map<String, String> violations = Bans.violations(moduleDir, loader);
            return violations.get(entry.id());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<TestResult> fork(Module module, CatalogEntry entry, Path workDir, List<TestResult> expected) {
        String nonce = UUID.randomUUID().toString();
        List<String> command = WorkerMain.command(java, List.of("-Xmx" + limits.heapMegabytes() + "m", "-XX:+UseSerialGC",
                "-Djunit.jupiter.execution.timeout.default=" + limits.perTest().toMillis() + " ms"), module.moduleDir(),
                module.mainRoot(), module.mainClasspath(), module.testClasspath(), workDir);
        ProcessBuilder builder = new ProcessBuilder(command).directory(module.moduleDir().toFile());
        Map<String, String> env = builder.environment();
        String home = System.getProperty("user.home");
        env.clear(); // no tokens or secrets reach learner code
        env.put("PATH", "/usr/bin:/bin");
        env.put("HOME", home);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + java + " for " + entry.id(), e);
        }
        BoundedOutput out = new BoundedOutput(process.getInputStream(), limits.outputBytes(), WorkerReply.MARKER,
                "mlpath-fork-out");
        BoundedOutput err = new BoundedOutput(process.getErrorStream(), limits.outputBytes(), null, "mlpath-fork-err");
        try (Writer commands = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8)) {
            commands.write("run\t" + entry.id() + "\t" + nonce + "\nquit\n");
        } catch (IOException e) {
            // the child ended at once; reported below from its exit
        }
        try {
            boolean ended = process.waitFor(limits.perChallenge().toMillis(), TimeUnit.MILLISECONDS);
            if (!ended) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
                return settleAll(expected, Status.TIMEOUT, "the JVM grading " + entry.id() + " did not finish within "
                        + limits.perChallenge().toSeconds() + " s and was stopped (is there a loop that never ends,"
                        + " or a thread that never finishes?)");
            }
            out.await(5_000);
            err.await(5_000);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while grading " + entry.id(), e);
        }
        WorkerReply reply = out.marked().stream().map(line -> WorkerReply.parse(line, nonce))
                .filter(r -> r != null).findFirst().orElse(null);
        if (reply == null) {
            return settleAll(expected, Status.ERROR, "the JVM grading " + entry.id() + " ended before it reported"
                    + " (exit code " + process.exitValue() + "): does the code call System.exit or Runtime.halt, or"
                    + " run out of memory (limit " + limits.heapMegabytes() + " MB)? Its output ends:\n"
                    + tail(err.text() + out.text()));
        }
        if (!reply.compileErrors().isEmpty() || reply.results().isEmpty()) {
            return settleAll(expected, Status.ERROR, "the JVM grading " + entry.id() + " could not run the tests: "
                    + reply.compileErrors() + " " + reply.message());
        }
        return trusted(expected, reply.results());
    }

    /** Each expected test with its outcome from the child; points always from the test sources. */
    private static List<TestResult> trusted(List<TestResult> expected, List<TestResult> reported) {
        List<TestResult> results = new ArrayList<>();
        for (TestResult test : expected) {
            TestResult outcome = reported.stream().filter(r -> r.className().equals(test.className())
                    && r.method().equals(test.method())).findFirst().orElse(null);
            results.add(outcome == null ? test.withOutcome(Status.ERROR, "the test did not report a result")
                    : test.withOutcome(outcome.status(), outcome.message()));
        }
        return results;
    }

    private static List<TestResult> settleAll(List<TestResult> expected, Status status, String message) {
        return expected.stream().map(t -> t.withOutcome(status, message)).collect(Collectors.toList());
    }

    private static String tail(String text) {
        return text.length() <= 2000 ? text : "…" + text.substring(text.length() - 2000);
    }
}
