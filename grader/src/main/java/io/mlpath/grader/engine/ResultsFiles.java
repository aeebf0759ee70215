package io.mlpath.grader.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Where module results live at the repository root, and how they are written and read. */
public final class ResultsFiles {

    /** System property naming the repository root; set by the build for test forks. */
    public static final String ROOT_PROPERTY = "mlpath.root";

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ResultsFiles() {
    }

    /** {@code <root>/target/mlpath}: every whole-repository report goes here. */
    public static Path reportDir(Path root) {
        return root.resolve("target").resolve("mlpath");
    }

    /** {@code <root>/target/mlpath/results}: one file per module. */
    public static Path resultsDir(Path root) {
        return reportDir(root).resolve("results");
    }

    /** Writes one module's results atomically (temp file, then move), so readers never see half a file. */
    public static void write(Path root, ModuleResults results) {
        try {
            Path dir = resultsDir(root);
            Files.createDirectories(dir);
            Path target = dir.resolve(results.module() + ".json");
            Path temp = Files.createTempFile(dir, results.module(), ".tmp");
            JSON.writeValue(temp.toFile(), results);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write results for module " + results.module(), e);
        }
    }

    /**
     * Replaces the results of one challenge in a module's file with {@code tests} (a run of that
     * challenge alone, e.g. {@code ./mlpath test}), keeping every other challenge's results.
     */
    public static void merge(Path root, String module, String challenge, List<TestResult> tests) {
        ModuleResults previous = readAll(root).stream().filter(m -> m.module().equals(module)).findFirst().orElse(null);
        List<TestResult> merged = new ArrayList<>();
        if (previous != null) {
            previous.tests().stream().filter(t -> !t.challenge().equals(challenge)).forEach(merged::add);
        }
        merged.addAll(tests);
        // Without a complete run of the module before, the file covers only the challenges run so far.
        write(root, new ModuleResults(ModuleResults.SCHEMA_VERSION, module, previous != null && previous.finished(), merged));
    }

    /** Every module's results under {@code root}, sorted by module name. */
    public static List<ModuleResults> readAll(Path root) {
        Path dir = resultsDir(root);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<ModuleResults> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                try {
                    all.add(JSON.readValue(file.toFile(), ModuleResults.class));
                } catch (IOException e) {
                    throw new IllegalStateException("results file " + file + " is not valid (" + e.getMessage()
                            + "); delete target/mlpath and run the tests again", e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        return all;
    }

    static Consumer<ModuleResults> sinkFromSystemProperties() {
        String root = System.getProperty(ROOT_PROPERTY);
        if (root == null || root.isBlank()) {
            return results -> { };
        }
        Path rootPath = Path.of(root);
        return results -> write(rootPath, results);
    }

    static Path moduleDirFromSystemProperties() {
        String basedir = System.getProperty("basedir");
        return basedir == null ? Path.of("").toAbsolutePath() : Path.of(basedir);
    }

    /** The name results files use for the module at {@code moduleDir}: its directory name. */
    public static String moduleName(Path moduleDir) {
        return moduleDir == null || moduleDir.getFileName() == null ? "module" : moduleDir.getFileName().toString();
    }
}
