package io.mlpath.grader.check;

import io.mlpath.grader.catalog.CatalogLoader;
import io.mlpath.grader.run.ChildFirstClassLoader;
import io.mlpath.grader.run.Directories;
import io.mlpath.grader.run.SourceCompiler;
import io.mlpath.grader.run.SourceFile;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The curriculum check of one phase module: every convention of the challenge format, turned
 * into a failure with a fix-it sentence.
 *
 * <ul>
 *   <li>the catalog is valid and names real classes; the reference mirrors the stub tree;</li>
 *   <li>every stub body is one TODO throw naming its challenge, or the reference's own code;</li>
 *   <li>the stubs compile, and the public and hidden tests compile against them;</li>
 *   <li>stub and reference have the same public API;</li>
 *   <li>tests name their challenge, follow the naming rule, and have points and display names;</li>
 *   <li>the reference scores full points, the stub 0 (all not-attempted), every known mistake less;</li>
 *   <li>the plots ({@code src/plot/java}) compile against the stubs, draw real pictures with the
 *       reference, and stop at a TODO on the stub.</li>
 * </ul>
 *
 * <p>Usage: {@code CheckMain --module <dir> --classes <reference classes> --test-classes <dir>}
 * on a classpath holding the module's test dependencies. Exits 1 when a rule is broken.
 */
public final class CheckMain {

    private CheckMain() {
    }

    /** Entry point; see the class description for the arguments. */
    public static void main(String[] args) {
        Map<String, String> options = options(args);
        Path module = Path.of(options.get("--module")).toAbsolutePath().normalize();
        Path classes = Path.of(options.get("--classes")).toAbsolutePath().normalize();
        Path testClasses = Path.of(options.get("--test-classes")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(module.resolve(CatalogLoader.FILE_NAME))) {
            System.out.println("mlpath check: " + module.getFileName() + " has no catalog.json, nothing to check");
            return;
        }
        Findings findings = check(module, classes, testClasses, dependencies(classes, testClasses));
        print(module, findings);
        // Threads left by timed-out tests must not keep the check alive.
        System.exit(findings.isEmpty() ? 0 : 1);
    }

    /**
     * Checks the module at {@code module} whose references were compiled to {@code classes}
     * (test resources in {@code testClasses}), compiling against {@code dependencies}.
     */
    static Findings check(Path module, Path classes, Path testClasses, List<Path> dependencies) {
        Findings findings = new Findings();
        Path catalogFile = module.resolve(CatalogLoader.FILE_NAME);
        try {
            run(new ModuleLayout(module, CatalogLoader.load(catalogFile)), classes, testClasses, dependencies, findings);
        } catch (IllegalArgumentException e) {
            findings.add("catalog", catalogFile.toString(), e.getMessage(), "correct catalog.json as the message says");
        }
        return findings;
    }

    private static void run(ModuleLayout layout, Path classes, Path testClasses, List<Path> dependencies,
                            Findings findings) {
        LayoutRules.check(layout, findings);
        StubRules.check(layout, findings);
        Path scratch = layout.moduleDir().resolve("target/mlpath-check");
        Directories.delete(scratch);
        Path stubClasses = scratch.resolve("stubs");
        List<String> stubErrors = SourceCompiler.compile(SourceCompiler.sourcesUnder(layout.stubs()), dependencies, stubClasses);
        stubErrors.forEach(e -> findings.add("compile", e, "the stubs do not compile", "stubs must compile untouched"));
        if (!stubErrors.isEmpty()) {
            return;
        }
        List<SourceFile> tests = new ArrayList<>(SourceCompiler.sourcesUnder(layout.publicTests()));
        tests.addAll(SourceCompiler.sourcesUnder(layout.hiddenTests()));
        List<Path> testClasspath = new ArrayList<>(dependencies);
        testClasspath.add(stubClasses);
        Path compiledTests = scratch.resolve("tests");
        List<String> testErrors = SourceCompiler.compile(tests, testClasspath, compiledTests);
        testErrors.forEach(e -> findings.add("compile", e, "a test does not compile against the untouched stubs",
                "the stub must declare every type and method the public and hidden tests call"));
        if (!testErrors.isEmpty()) {
            return;
        }
        findings.ok("stubs compile; public and hidden tests compile against them");
        ApiRules.check(layout, stubClasses, classes, findings);
        // Test resources (fixtures) come from the build's test output, after the stub-compiled tests.
        List<Path> testDirs = List.of(compiledTests, testClasses);
        Map<String, List<String>> testsByChallenge;
        try (ChildFirstClassLoader loader = new ChildFirstClassLoader(
                List.of(compiledTests, stubClasses), CheckMain.class.getClassLoader())) {
            testsByChallenge = TestRules.check(layout, loader, findings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ScoreRules.check(layout, new ScoreRules.Workspace(stubClasses, classes, testDirs, dependencies, scratch),
                testsByChallenge, findings);
        PlotRules.check(layout, new PlotRules.Workspace(stubClasses, classes, dependencies, scratch), findings);
    }

    private static void print(Path module, Findings findings) {
        System.out.println("mlpath check: " + module.getFileName());
        findings.passed().forEach(line -> System.out.println("  ok  " + line));
        findings.all().forEach(f -> System.out.println("  FAIL " + f));
        System.out.println(findings.isEmpty() ? "mlpath check: all rules hold"
                : "mlpath check: " + findings.all().size() + " rule(s) broken in " + module.getFileName());
    }

    /** This JVM's classpath without the module's own output directories. */
    private static List<Path> dependencies(Path classes, Path testClasses) {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(s -> !s.isBlank()).map(s -> Path.of(s).toAbsolutePath().normalize())
                .filter(p -> !p.equals(classes) && !p.equals(testClasses)).toList();
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        for (String required : List.of("--module", "--classes", "--test-classes")) {
            if (!options.containsKey(required)) {
                throw new IllegalArgumentException("missing " + required + " <dir>; usage: CheckMain --module <dir>"
                        + " --classes <reference classes> --test-classes <test classes>; got " + Arrays.toString(args));
            }
        }
        return options;
    }
}
