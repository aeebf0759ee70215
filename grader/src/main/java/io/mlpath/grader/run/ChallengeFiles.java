package io.mlpath.grader.run;

import io.mlpath.grader.catalog.CatalogEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The source files of one challenge in a module: its classes (from the catalog), its public and
 * hidden tests and its plots (every file under those roots that names it in
 * {@code @Challenge("<id>")}).
 *
 * @param id        the challenge id
 * @param mainRoot  the learner's source root ({@code src/main/java}, or a reference root)
 * @param main      the challenge's own source files under {@code mainRoot}
 * @param tests     its public and hidden test sources
 * @param plots     its plot sources
 * @param testRoots the test source roots that exist (public, hidden, plot), for types tests share
 */
public record ChallengeFiles(String id, Path mainRoot, List<Path> main, List<Path> tests, List<Path> plots,
                             List<Path> testRoots) {

    /** Public tests, relative to a module. */
    public static final String PUBLIC_TESTS = "src/test/java";
    /** Hidden tests, relative to a module. */
    public static final String HIDDEN_TESTS = "src/grading/java";
    /** Plots, relative to a module. */
    public static final String PLOTS = "src/plot/java";
    /** Test resources (fixtures), public then hidden, relative to a module. */
    public static final List<String> RESOURCES = List.of("src/test/resources", "src/grading/resources");

    /** The files of {@code entry} in the module at {@code moduleDir}, with learner code under {@code mainRoot}. */
    public static ChallengeFiles of(Path moduleDir, Path mainRoot, CatalogEntry entry) {
        List<Path> main = entry.classes().stream().map(type -> mainRoot.resolve(type.replace('.', '/') + ".java")).toList();
        List<Path> roots = new ArrayList<>();
        for (String root : List.of(PUBLIC_TESTS, HIDDEN_TESTS, PLOTS)) {
            if (Files.isDirectory(moduleDir.resolve(root))) {
                roots.add(moduleDir.resolve(root));
            }
        }
        String marker = "@Challenge(\"" + entry.id() + "\")";
        List<Path> tests = new ArrayList<>();
        List<Path> plots = new ArrayList<>();
        for (Path root : roots) {
            for (SourceFile source : SourceCompiler.sourcesUnder(root)) {
                if (source.text().contains(marker)) {
                    (root.endsWith(PLOTS) ? plots : tests).add(source.file());
                }
            }
        }
        return new ChallengeFiles(entry.id(), mainRoot, main, tests, plots, roots);
    }

    /** The fully qualified class name of a source file under one of {@code roots}. */
    public static String className(Path source, List<Path> roots) {
        for (Path root : roots) {
            if (source.startsWith(root)) {
                String relative = root.relativize(source).toString().replace('\\', '/');
                return relative.substring(0, relative.length() - ".java".length()).replace('/', '.');
            }
        }
        throw new IllegalArgumentException(source + " is under none of the source roots " + roots);
    }
}
