package io.mlpath.grader.run;

import io.mlpath.grader.catalog.CatalogEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles one challenge at a time, in process, and again only when its sources changed: the
 * learner's classes against the module's main classpath (so test-only libraries stay out of
 * reach, as in Maven), then its tests and plots against those classes.
 *
 * <p>Each challenge compiles into its own directories, so one that does not compile leaves
 * every other challenge of the module runnable. Compiling a challenge compiles its own files;
 * types they use come from the learner's source root, recompiled only when their source is
 * newer than their class.
 */
public final class ChallengeBuild {

    /**
     * One challenge, compiled.
     *
     * @param files       its sources
     * @param errors      compile errors as {@code file:line: message}; empty when it compiled
     * @param mainOut     the learner's classes
     * @param testOut     its tests and plots
     * @param resources   test resource directories (fixtures), public then hidden
     * @param testClasses its test classes
     * @param plotClasses its plot classes
     * @param recompiledTests whether the tests were compiled this time
     */
    public record Compiled(ChallengeFiles files, List<String> errors, Path mainOut, Path testOut, List<Path> resources,
                           List<String> testClasses, List<String> plotClasses, boolean recompiledTests) {

        /** Whether the challenge compiled. */
        public boolean ok() {
            return errors.isEmpty();
        }

        /** The directories a run loads the challenge from, learner classes first. */
        public List<Path> runDirs() {
            List<Path> dirs = new ArrayList<>(List.of(mainOut, testOut));
            dirs.addAll(resources);
            return dirs;
        }
    }

    private record Stamp(long mainState, boolean mainOk, long testState, boolean testsOk) {
    }

    private final Path moduleDir;
    private final Path mainRoot;
    private final List<Path> mainClasspath;
    private final List<Path> testClasspath;
    private final Path workDir;
    private final Map<String, Stamp> stamps = new HashMap<>();

    /**
     * A build of the module at {@code moduleDir} whose learner code is under {@code mainRoot},
     * compiling against {@code mainClasspath} (main) and {@code testClasspath} (tests), into
     * {@code workDir}/&lt;challenge id&gt;.
     */
    public ChallengeBuild(Path moduleDir, Path mainRoot, List<Path> mainClasspath, List<Path> testClasspath,
                          Path workDir) {
        this.moduleDir = moduleDir;
        this.mainRoot = mainRoot;
        this.mainClasspath = List.copyOf(mainClasspath);
        this.testClasspath = List.copyOf(testClasspath);
        this.workDir = workDir;
    }

    /** The module this build compiles. */
    public Path moduleDir() {
        return moduleDir;
    }

    /** What an earlier {@link #compile} (perhaps in another JVM) left for {@code entry}, without compiling. */
    public Compiled existing(CatalogEntry entry) {
        ChallengeFiles files = ChallengeFiles.of(moduleDir, mainRoot, entry);
        Path base = workDir.resolve(entry.id());
        List<String> errors = Files.isDirectory(base.resolve("tests")) ? List.of()
                : List.of(base + ":1: not compiled: compile " + entry.id() + " before running it");
        return compiled(files, errors, base, false);
    }

    /** Compiles {@code entry} if its sources changed since the last call (always on the first). */
    public Compiled compile(CatalogEntry entry) {
        ChallengeFiles files = ChallengeFiles.of(moduleDir, mainRoot, entry);
        Path base = workDir.resolve(entry.id());
        Path mainOut = base.resolve("main");
        Path testOut = base.resolve("tests");
        long mainState = state(SourceCompiler.javaFilesUnder(mainRoot));
        List<Path> testSources = new ArrayList<>(files.tests());
        testSources.addAll(files.plots());
        long testState = state(testSources);
        Stamp previous = stamps.get(entry.id());
        boolean mainFresh = previous != null && previous.mainOk() && previous.mainState() == mainState;
        boolean testsFresh = previous != null && previous.testsOk() && previous.testState() == testState;
        if (mainFresh && testsFresh) {
            return compiled(files, List.of(), base, false);
        }
        if (previous == null) {
            Directories.delete(base);
        }
        List<String> errors = new ArrayList<>();
        if (!mainFresh) {
            errors.addAll(compileMain(files, mainOut));
        }
        boolean mainOk = errors.isEmpty();
        // Tests are compiled once against the challenge's API and again only when they change (or
        // did not compile): a learner's save recompiles the learner's file alone.
        boolean testsOk = testsFresh;
        if (mainOk && !testsFresh) {
            errors.addAll(compileTests(files, testSources, mainOut, testOut));
            testsOk = errors.isEmpty();
        }
        stamps.put(entry.id(), new Stamp(mainState, mainOk, testState, testsOk));
        return compiled(files, List.copyOf(errors), base, !testsFresh);
    }

    /**
     * Makes the next {@link #compile} recompile {@code entry}'s tests, e.g. after a run failed to
     * link because the learner changed a signature the compiled tests use.
     */
    public void recompileTestsNextTime(CatalogEntry entry) {
        stamps.computeIfPresent(entry.id(), (id, s) -> new Stamp(s.mainState(), s.mainOk(), s.testState(), false));
    }

    private Compiled compiled(ChallengeFiles files, List<String> errors, Path base, boolean recompiledTests) {
        List<Path> resources = ChallengeFiles.RESOURCES.stream().map(moduleDir::resolve).filter(Files::isDirectory).toList();
        List<String> tests = files.tests().stream().map(f -> ChallengeFiles.className(f, files.testRoots())).toList();
        List<String> plots = files.plots().stream().map(f -> ChallengeFiles.className(f, files.testRoots())).toList();
        return new Compiled(files, errors, base.resolve("main"), base.resolve("tests"), resources, tests, plots, recompiledTests);
    }

    private List<String> compileMain(ChallengeFiles files, Path mainOut) {
        List<String> errors = new ArrayList<>();
        files.main().stream().filter(f -> !Files.isRegularFile(f)).forEach(f -> errors.add(f + ":1: missing: the"
                + " challenge's class " + f.getFileName() + " must be in " + mainRoot));
        if (errors.isEmpty()) {
            List<Path> classpath = new ArrayList<>(List.of(mainOut));
            classpath.addAll(mainClasspath);
            errors.addAll(SourceCompiler.compile(read(files.main(), mainRoot), classpath, List.of(mainRoot), mainOut));
        }
        return errors;
    }

    private List<String> compileTests(ChallengeFiles files, List<Path> testSources, Path mainOut, Path testOut) {
        List<Path> classpath = new ArrayList<>(List.of(testOut, mainOut));
        classpath.addAll(testClasspath);
        List<SourceFile> sources = new ArrayList<>();
        for (Path file : testSources) {
            sources.add(SourceFile.read(file, ChallengeFiles.className(file, files.testRoots()).replace('.', '/') + ".java"));
        }
        return SourceCompiler.compile(sources, classpath, files.testRoots(), testOut);
    }

    private static List<SourceFile> read(List<Path> files, Path root) {
        return files.stream().map(f -> SourceFile.under(root, f)).toList();
    }

    /** A fingerprint of the files' names, sizes and modification times. */
    private static long state(List<Path> files) {
        long state = files.size();
        for (Path file : files) {
            try {
                state = 31 * state + file.hashCode();
                state = 31 * state + Files.getLastModifiedTime(file).toMillis();
                state = 31 * state + Files.size(file);
            } catch (IOException e) {
                state = 31 * state - 1; // deleted while we looked: a change
            }
        }
        return state;
    }
}
