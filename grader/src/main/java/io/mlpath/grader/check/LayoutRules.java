package io.mlpath.grader.check;

import io.mlpath.grader.catalog.CatalogEntry;
import io.mlpath.grader.run.SourceCompiler;
import io.mlpath.grader.run.SourceFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * File-level rules: the reference mirrors the stub, the catalog names real classes, files share
 * base names (mistakes and plots included).
 */
final class LayoutRules {

    /** {@code <File>.<mistake-slug>.java}. */
    static final Pattern MISTAKE_FILE = Pattern.compile("(.+/)?([A-Z][A-Za-z0-9]*)\\.([a-z0-9]+(?:-[a-z0-9]+)*)\\.java");

    /** {@code @Challenge("p1.linalg.pca")}, also fully qualified. */
    private static final Pattern CHALLENGE = Pattern.compile("@(?:io\\.mlpath\\.grader\\.)?Challenge\\(\\s*\"([^\"]+)\"\\s*\\)");

    private LayoutRules() {
    }

    static void check(ModuleLayout layout, Findings findings) {
        Set<String> stubs = relativePaths(layout.stubs());
        Set<String> solutions = relativePaths(layout.solutions());
        for (String path : stubs) {
            if (!solutions.contains(path)) {
                findings.add("mirror", layout.show(layout.stubs().resolve(path)), "has no reference twin",
                        "add src/solution/java/" + path + " with the same public API, or remove the stub");
            }
        }
        for (String path : solutions) {
            if (!stubs.contains(path)) {
                findings.add("mirror", layout.show(layout.solutions().resolve(path)), "has no stub twin",
                        "add src/main/java/" + path + " (signatures with TODO bodies), or remove the reference file");
            }
        }
        for (CatalogEntry entry : layout.catalog().challenges()) {
            for (String type : entry.classes()) {
                String path = type.replace('.', '/') + ".java";
                if (!stubs.contains(path)) {
                    findings.add("catalog", "catalog.json " + entry.id(), "lists class " + type
                            + " but src/main/java/" + path + " does not exist",
                            "correct the class name in catalog.json or add the stub");
                }
            }
        }
        for (String path : stubs) {
            if (path.endsWith("package-info.java")) {
                continue;
            }
            String type = ModuleLayout.className(path);
            if (layout.owner(type).isEmpty()) {
                findings.add("catalog", layout.show(layout.stubs().resolve(path)), "belongs to no challenge",
                        "add " + type + " to the classes of its challenge in catalog.json");
            }
        }
        Set<String> packages = new TreeSet<>();
        for (String path : stubs) {
            packages.add(path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "");
        }
        for (String pkg : packages) {
            if (!stubs.contains((pkg.isEmpty() ? "" : pkg + "/") + "package-info.java")) {
                findings.add("package-info", layout.show(layout.stubs().resolve(pkg)), "has no package-info.java",
                        "add a package-info.java (in src/main/java and src/solution/java) saying what the topic teaches");
            }
        }
        checkMistakes(layout, solutions, findings);
        checkPlots(layout, findings);
        findings.ok("stub and reference trees mirror each other; catalog classes exist");
    }

    private static void checkMistakes(ModuleLayout layout, Set<String> solutions, Findings findings) {
        for (SourceFile mistake : SourceCompiler.sourcesUnder(layout.mistakes())) {
            Optional<String> twinPath = twinOf(mistake.logicalPath());
            String where = layout.show(mistake.file());
            if (twinPath.isEmpty()) {
                findings.add("mistakes", where, "is not named <File>.<mistake-slug>.java",
                        "rename it after the reference file it replaces, e.g. Pca.not-centred.java");
                continue;
            }
            String twin = twinPath.get();
            if (!solutions.contains(twin)) {
                findings.add("mistakes", where, "replaces src/solution/java/" + twin + ", which does not exist",
                        "put the mistake next to the package path of the reference file it copies");
            }
            if (!mistake.text().startsWith("// Known mistake:")) {
                findings.add("mistakes", where, "does not start with '// Known mistake: <what is wrong>.'",
                        "state the single mistake on the first line, so instructors can read the set at a glance");
            }
        }
    }

    /** A plot names its challenge and shares the package and base name of one of its classes: {@code PcaPlot.java}. */
    private static void checkPlots(ModuleLayout layout, Findings findings) {
        for (SourceFile plot : SourceCompiler.sourcesUnder(layout.plots())) {
            if (plot.logicalPath().endsWith("package-info.java")) {
                continue;
            }
            String where = layout.show(plot.file());
            Matcher challenge = CHALLENGE.matcher(plot.text());
            if (!challenge.find()) {
                findings.add("plots", where, "has no @Challenge(\"<id>\")",
                        "annotate the plot class with the id of the challenge it pictures");
                continue;
            }
            String id = challenge.group(1);
            Optional<CatalogEntry> entry = layout.catalog().challenges().stream().filter(e -> e.id().equals(id)).findFirst();
            if (entry.isEmpty()) {
                findings.add("plots", where, "names challenge '" + id + "', which catalog.json does not list",
                        "use the id from catalog.json");
                continue;
            }
            List<String> expected = entry.get().classes().stream().map(c -> c.replace('.', '/') + "Plot.java").toList();
            if (!expected.contains(plot.logicalPath())) {
                findings.add("names", where, "a plot of " + id + " must be one of " + expected,
                        "move or rename it so it shares the package and base name of the class it pictures");
            }
        }
    }

    /** The reference file a mistake file stands in for ({@code a/Pca.not-centred.java} → {@code a/Pca.java}), if well named. */
    static Optional<String> twinOf(String mistakePath) {
        Matcher name = MISTAKE_FILE.matcher(mistakePath);
        return name.matches()
                ? Optional.of((name.group(1) == null ? "" : name.group(1)) + name.group(2) + ".java")
                : Optional.empty();
    }

    static Set<String> relativePaths(Path root) {
        Set<String> paths = new TreeSet<>();
        for (SourceFile file : SourceCompiler.sourcesUnder(root)) {
            paths.add(file.logicalPath());
        }
        return paths;
    }
}
