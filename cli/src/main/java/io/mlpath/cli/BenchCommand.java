package io.mlpath.cli;

import io.mlpath.cli.work.Trees;
import io.mlpath.grader.catalog.Catalog;
import io.mlpath.grader.catalog.CatalogEntry;
import io.mlpath.grader.catalog.CatalogLoader;
import io.mlpath.grader.engine.Status;
import io.mlpath.grader.run.ChallengeFiles;
import io.mlpath.grader.run.Directories;
import io.mlpath.grader.run.WorkerReply;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code mlpath bench [<id>...]}: how long a save takes to become a verdict in {@code watch},
 * against the Maven baseline {@code ./mvnw -o -q test -pl <module> -Dtest=<PublicTest>}, in one
 * run on one machine, with the ratio.
 *
 * <p>It works on a scratch copy of the repository with each challenge's reference solution in
 * place of the stub (so the tests do their real work), and times the same thing for both: a
 * real save of the challenge's file, then everything until the verdict is known. For the watch
 * that is noticing the save, recompiling in process and running public and hidden tests; for
 * Maven it is the whole command.
 */
@Command(name = "bench", description = "Measure save → verdict in watch against ./mvnw -Dtest, with the ratio.")
final class BenchCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<id>", arity = "0..*", description = "challenges (default: p1.linalg.pca p2.supervised.knn)")
    List<String> ids = new ArrayList<>(List.of("p1.linalg.pca", "p2.supervised.knn"));

    @Option(names = "--runs", defaultValue = "10", description = "timed saves in watch per challenge (default: 10)")
    int runs;

    @Option(names = "--maven-runs", defaultValue = "3", description = "timed Maven runs per challenge (default: 3)")
    int mavenRuns;

    @Override
    public Integer call() throws Exception {
        if (runs < 3 || mavenRuns < 1) {
            throw new IllegalArgumentException("--runs must be at least 3 and --maven-runs at least 1, were " + runs
                    + " and " + mavenRuns);
        }
        PrintWriter out = spec.commandLine().getOut();
        Path scratch = Files.createTempDirectory("mlpath-bench");
        try {
            Trees.copy(main.root(), scratch, path -> false);
            copyClasspaths(main.root(), scratch);
            Progress progress = Progress.of(scratch);
            out.printf(Locale.ROOT, "%-22s %14s %14s %8s%n", "challenge", "watch median", "maven median", "ratio");
            boolean met = true;
            for (String id : ids) {
                CatalogEntry entry = progress.require(id);
                Path file = useReference(progress, entry);
                double[] watch = watch(progress, id, file);
                double[] maven = maven(progress, entry, file);
                double ratio = median(maven) / median(watch);
                met &= median(watch) < 1.0 && ratio >= 8;
                out.printf(Locale.ROOT, "%-22s %12.3f s %12.3f s %7.1f×%n", id, median(watch), median(maven), ratio);
                out.printf(Locale.ROOT, "    watch runs (s): %s%n    maven runs (s): %s%n", show(watch), show(maven));
                out.flush();
            }
            out.println(met ? "target met: save → verdict under 1 s and at least 8× faster than Maven"
                    : "target NOT met: save → verdict must be under 1 s and at least 8× faster than Maven");
            out.println("machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                    + System.getProperty("java.version"));
            return met ? 0 : 1;
        } finally {
            Directories.delete(scratch);
        }
    }

    private double[] watch(Progress progress, String id, Path file) throws Exception {
        double[] seconds = new double[runs];
        try (Watch watch = new Watch(progress, line -> { })) {
            requirePassed(watch.test(id)); // starts and warms the JVM, compiles the tests
            for (int i = -1; i < runs; i++) {
                long start = System.nanoTime();
                save(file, i);
                Watch.Save save = watch.awaitSave(50);
                if (!save.file().equals(file)) {
                    throw new IllegalStateException("expected a save of " + file + ", saw " + save.file());
                }
                requirePassed(watch.test(id));
                if (i >= 0) { // the first save warms the compiler and is not timed
                    seconds[i] = (System.nanoTime() - start) / 1e9;
                }
            }
        }
        return seconds;
    }

    private double[] maven(Progress progress, CatalogEntry entry, Path file) throws Exception {
        Path module = progress.moduleOf(entry.id());
        ChallengeFiles files = ChallengeFiles.of(module, module.resolve("src/main/java"), entry);
        String testClass = files.tests().stream().filter(f -> f.startsWith(module.resolve(ChallengeFiles.PUBLIC_TESTS)))
                .map(f -> f.getFileName().toString().replace(".java", "")).collect(Collectors.joining(","));
        String wrapper = progress.root().resolve("mvnw").toString();
        List<String> command = List.of(wrapper, "-o", "-q", "test", "-pl", module.getFileName().toString(),
                "-Dtest=" + testClass);
        Path log = progress.root().resolve("target/bench-maven.log");
        Files.createDirectories(log.getParent());
        double[] seconds = new double[mavenRuns];
        for (int i = -1; i < mavenRuns; i++) {
            long start = System.nanoTime();
            save(file, 100 + i);
            Process maven = new ProcessBuilder(command).directory(progress.root().toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!maven.waitFor(10, TimeUnit.MINUTES) || maven.exitValue() != 0) {
                maven.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " failed; see " + log);
            }
            if (i >= 0) { // the first run compiles the whole module and is not timed
                seconds[i] = (System.nanoTime() - start) / 1e9;
            }
        }
        return seconds;
    }

    /** Puts the reference in place of the stub, so the tests run in full; returns the file to save. */
    private static Path useReference(Progress progress, CatalogEntry entry) throws IOException {
        Path module = progress.moduleOf(entry.id());
        Path first = null;
        for (String type : entry.classes()) {
            String path = type.replace('.', '/') + ".java";
            Path reference = module.resolve("src/solution/java").resolve(path);
            if (!Files.isRegularFile(reference)) {
                throw new IllegalArgumentException("bench needs the reference solution " + reference
                        + " (it is not part of a learner release)");
            }
            Path stub = module.resolve("src/main/java").resolve(path);
            Files.copy(reference, stub, StandardCopyOption.REPLACE_EXISTING);
            first = first == null ? stub : first;
        }
        return first;
    }

    private static void requirePassed(WorkerReply reply) {
        if (Verdict.status(reply) != Status.PASSED) {
            throw new IllegalStateException("the reference of " + reply.challenge() + " did not pass in the bench copy: "
                    + reply.compileErrors() + " " + reply.message());
        }
    }

    /** A real save: the file's content and size change, as when an editor writes it. */
    private static void save(Path file, int n) throws IOException {
        Files.writeString(file, "// bench save " + n + "\n", StandardOpenOption.APPEND);
    }

    /** The modules' resolved classpaths, so the copy needs no Maven resolution. */
    private static void copyClasspaths(Path from, Path to) throws IOException {
        for (Catalog catalog : CatalogLoader.loadAll(from)) {
            Path module = catalog.moduleDir();
            try (Stream<Path> files = Files.list(module.resolve("target"))) {
                for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".classpath")).toList()) {
                    Path target = to.resolve(from.relativize(file).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            } catch (java.nio.file.NoSuchFileException e) {
                // not resolved yet: the copy resolves it through the wrapper
            }
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static String show(double[] values) {
        return Arrays.stream(values).mapToObj(v -> String.format(Locale.ROOT, "%.3f", v))
                .reduce((a, b) -> a + " " + b).orElse("");
    }
}
