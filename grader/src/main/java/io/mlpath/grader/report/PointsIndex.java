package io.mlpath.grader.report;

import io.mlpath.grader.engine.Status;
import io.mlpath.grader.engine.TestResult;
import io.mlpath.grader.engine.Visibility;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a challenge's test methods and points from its test sources, without compiling them.
 *
 * <p>Used when a module's tests could not run (its code does not compile): the challenge still
 * shows its tests and its maximum score, so the total is the same whether or not it compiled.
 * The check keeps this in step with the compiled tests.
 */
public final class PointsIndex {

    private static final Pattern POINTS = Pattern.compile("@Points\\(\\s*(\\d+)\\s*\\)");
    private static final Pattern METHOD = Pattern.compile("\\bvoid\\s+(\\w+)\\s*\\(");
    private static final Pattern DISPLAY_NAME = Pattern.compile("@DisplayName\\(\"((?:[^\"\\\\]|\\\\.)*)\"\\)");

    private PointsIndex() {
    }

    /** The test methods of {@code challengeId} in the module's public and hidden test sources, each "did not run". */
    public static List<TestResult> scan(Path moduleDir, String challengeId) {
        List<TestResult> tests = new ArrayList<>();
        for (String root : List.of(Visibility.PUBLIC_ROOT, Visibility.HIDDEN_ROOT)) {
            Path dir = moduleDir.resolve(root);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    scanFile(moduleDir, dir, file, challengeId, tests);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read tests under " + dir, e);
            }
        }
        return tests;
    }

    private static void scanFile(Path moduleDir, Path root, Path file, String challengeId, List<TestResult> into)
            throws IOException {
        String source = Files.readString(file);
        if (!source.contains("@Challenge(\"" + challengeId + "\")")) {
            return;
        }
        String className = root.relativize(file).toString().replace('/', '.').replace('\\', '.').replaceAll("\\.java$", "");
        Matcher points = POINTS.matcher(source);
        while (points.find()) {
            Matcher method = METHOD.matcher(source);
            if (!method.find(points.end())) {
                continue;
            }
            int annotationsFrom = Math.max(source.lastIndexOf(';', points.start()), source.lastIndexOf('}', points.start()));
            Matcher displayName = DISPLAY_NAME.matcher(source.substring(Math.max(0, annotationsFrom), method.start()));
            String name = displayName.find() ? displayName.group(1).replace("\\\"", "\"") : method.group(1);
            into.add(new TestResult(challengeId, className, method.group(1), name, Visibility.of(className, moduleDir),
                    0, Integer.parseInt(points.group(1)), Status.ERROR, "did not run"));
        }
    }
}
