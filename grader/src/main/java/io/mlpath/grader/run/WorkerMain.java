package io.mlpath.grader.run;

import io.mlpath.grader.catalog.Catalog;
import io.mlpath.grader.catalog.CatalogEntry;
import io.mlpath.grader.catalog.CatalogLoader;
import io.mlpath.grader.engine.TestResult;
import io.mlpath.grader.plot.PlotRunner;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A warm JVM for one module that compiles and runs challenges on request: the engine of
 * {@code ./mlpath test}, {@code watch} and {@code plot}, and of trusted grading (one JVM per
 * challenge there).
 *
 * <p>Started by {@link #command} on the module's test classpath. It reads one command per line on stdin, fields
 * separated by tabs:
 * <ul>
 *   <li>{@code test <id> <nonce>}: compile the challenge if it changed, run its tests;</li>
 *   <li>{@code run <id> <nonce>}: run what is already compiled under the work directory;</li>
 *   <li>{@code plot <id> <dir> <nonce>}: compile, then draw its pictures into {@code dir};</li>
 *   <li>{@code quit}: end the JVM, whatever threads learner code left behind.</li>
 * </ul>
 * Each command is answered by one {@link WorkerReply} line on stdout; output of learner code is
 * sent to stderr, so it cannot be taken for a reply.
 */
public final class WorkerMain {

    private final Catalog catalog;
    private final ChallengeBuild build;
    private final PrintStream replies;

    private WorkerMain(Catalog catalog, ChallengeBuild build, PrintStream replies) {
        this.catalog = catalog;
        this.build = build;
        this.replies = replies;
    }

    /** Entry point; see the class description. */
    public static void main(String[] args) throws IOException {
        Map<String, String> options = options(args);
        Path module = Path.of(options.get("--module")).toAbsolutePath().normalize();
        Catalog catalog = CatalogLoader.load(module.resolve(CatalogLoader.FILE_NAME));
        ChallengeBuild build = new ChallengeBuild(module, Path.of(options.get("--main-root")).toAbsolutePath(),
                paths(options.get("--main-classpath")), paths(System.getProperty("java.class.path")),
                Path.of(options.get("--work")).toAbsolutePath());
        PrintStream replies = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        System.setOut(System.err);
        System.setProperty("java.awt.headless", "true");
        new WorkerMain(catalog, build, replies).serve(new BufferedReader(new InputStreamReader(System.in,
                StandardCharsets.UTF_8)));
        replies.flush();
        System.err.flush();
        Runtime.getRuntime().halt(0);
    }

    private void serve(BufferedReader commands) throws IOException {
        for (String line = commands.readLine(); line != null && !line.equals("quit"); line = commands.readLine()) {
            String[] fields = line.split("\t");
            String nonce = fields[fields.length - 1];
            WorkerReply reply;
            try {
                reply = answer(fields);
            } catch (RuntimeException | LinkageError e) {
                reply = new WorkerReply(fields.length > 1 ? fields[1] : "", List.of(), List.of(), List.of(),
                        "the worker could not answer '" + line + "': " + e, 0, 0);
            }
            replies.println(reply.line(nonce));
        }
    }

    private WorkerReply answer(String[] fields) {
        if (fields.length < 3) {
            throw new IllegalArgumentException("a command is '<test|run|plot> <id> [<dir>] <nonce>', separated by tabs");
        }
        CatalogEntry entry = catalog.challenges().stream().filter(e -> e.id().equals(fields[1])).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no challenge " + fields[1] + " in "
                        + build.moduleDir().getFileName() + "/catalog.json"));
        long start = System.nanoTime();
        ChallengeBuild.Compiled compiled = fields[0].equals("run") ? build.existing(entry) : build.compile(entry);
        long compiledAt = System.nanoTime();
        long compileMillis = (compiledAt - start) / 1_000_000;
        if (!compiled.ok()) {
            return new WorkerReply(entry.id(), compiled.errors(), List.of(), List.of(), "", compileMillis, 0);
        }
        return switch (fields[0]) {
            case "test", "run" -> {
                List<TestResult> results = InProcessRun.run(compiled.runDirs(), compiled.testClasses(), build.moduleDir());
                if (fields[0].equals("test") && !compiled.recompiledTests() && results.stream().anyMatch(WorkerMain::linkage)) {
                    build.recompileTestsNextTime(entry);
                    yield answer(fields);
                }
                yield new WorkerReply(entry.id(), List.of(), results, List.of(), "", compileMillis,
                        (System.nanoTime() - compiledAt) / 1_000_000);
            }
            case "plot" -> plot(entry, compiled, Path.of(fields[2]), compileMillis, compiledAt);
            default -> throw new IllegalArgumentException("unknown command '" + fields[0] + "': use test, run, plot or quit");
        };
    }

    /** A test that failed to link: its compiled code calls a member the learner's new code no longer has. */
    private static boolean linkage(TestResult result) {
        return result.message().contains("NoSuchMethodError") || result.message().contains("NoSuchFieldError")
                || result.message().contains("IncompatibleClassChangeError") || result.message().contains("AbstractMethodError");
    }

    private WorkerReply plot(CatalogEntry entry, ChallengeBuild.Compiled compiled, Path dir, long compileMillis,
                             long since) {
        if (compiled.plotClasses().isEmpty()) {
            return new WorkerReply(entry.id(), List.of(), List.of(), List.of(),
                    entry.id() + " has no pictures: a plot would not add to what its tests say", compileMillis, 0);
        }
        PlotRunner.Result drawn;
        try (ChildFirstClassLoader loader = new ChildFirstClassLoader(compiled.runDirs(), WorkerMain.class.getClassLoader())) {
            drawn = PlotRunner.run(loader, compiled.plotClasses(), dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new WorkerReply(entry.id(), List.of(), List.of(), drawn.files().stream().map(Path::toString).toList(),
                drawn.outcome() == PlotRunner.Outcome.DRAWN ? "" : drawn.message(), compileMillis,
                (System.nanoTime() - since) / 1_000_000);
    }

    /**
     * The command line that starts a worker with the launcher {@code java} and {@code jvmOptions}
     * for the module at {@code module}: learner code under {@code mainRoot}, compiled against
     * {@code mainClasspath}; the worker runs on {@code testClasspath} and compiles into {@code work}.
     */
    public static List<String> command(String java, List<String> jvmOptions, Path module, Path mainRoot,
                                       List<Path> mainClasspath, List<Path> testClasspath, Path work) {
        List<String> command = new ArrayList<>(List.of(java, "-Djava.awt.headless=true"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", join(testClasspath), WorkerMain.class.getName(), "--module", module.toString(),
                "--main-root", mainRoot.toString(), "--main-classpath", join(mainClasspath), "--work", work.toString()));
        return command;
    }

    private static String join(List<Path> paths) {
        return paths.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    }

    private static List<Path> paths(String list) {
        if (list == null || list.isBlank()) {
            return List.of();
        }
        return Arrays.stream(list.split(File.pathSeparator)).filter(s -> !s.isBlank()).map(Path::of).toList();
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        List<String> missing = new ArrayList<>();
        for (String required : List.of("--module", "--main-root", "--main-classpath", "--work")) {
            if (!options.containsKey(required)) {
                missing.add(required);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("missing " + missing + "; usage: WorkerMain --module <dir> --main-root <dir>"
                    + " --main-classpath <paths> --work <dir>; got " + Arrays.toString(args));
        }
        return options;
    }
}
