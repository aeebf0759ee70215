package io.mlpath.cli.work;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The classpaths of a phase module, as Maven resolves them: {@code main} (what the learner's code
 * may compile against) and {@code test} (what its tests and the worker JVM run with). Maven
 * writes them once to {@code <module>/target/mlpath-{main,test}.classpath}; they are written
 * again when a pom is newer.
 *
 * @param main the compile-scope classpath
 * @param test the test-scope classpath (every dependency)
 */
public record ModuleClasspaths(List<Path> main, List<Path> test) {

    static final String MAIN_FILE = "target/mlpath-main.classpath";
    static final String TEST_FILE = "target/mlpath-test.classpath";

    /** The classpaths of {@code module} in the repository at {@code root}, resolving them through the wrapper if needed. */
    public static ModuleClasspaths of(Path root, Path module) {
        if (stale(root, module)) {
            resolve(root, module);
        }
        return new ModuleClasspaths(read(module.resolve(MAIN_FILE)), read(module.resolve(TEST_FILE)));
    }

    private static boolean stale(Path root, Path module) {
        for (String name : List.of(MAIN_FILE, TEST_FILE)) {
            Path file = module.resolve(name);
            if (!Files.isRegularFile(file) || newer(root.resolve("pom.xml"), file) || newer(module.resolve("pom.xml"), file)) {
                return true;
            }
        }
        return false;
    }

    private static boolean newer(Path source, Path than) {
        try {
            return Files.exists(source) && Files.getLastModifiedTime(source).compareTo(Files.getLastModifiedTime(than)) > 0;
        } catch (IOException e) {
            return true;
        }
    }

    private static void resolve(Path root, Path module) {
        String name = module.getFileName().toString();
        for (String[] scope : List.of(new String[] {"compile", MAIN_FILE}, new String[] {"test", TEST_FILE})) {
            List<String> command = new ArrayList<>(List.of(root.resolve(isWindows() ? "mvnw.cmd" : "mvnw").toString(),
                    "-q", "-B", "dependency:build-classpath", "-pl", name, "-Dmdep.includeScope=" + scope[0],
                    "-Dmdep.outputFile=" + scope[1]));
            Path log = module.resolve("target/mlpath-classpath.log");
            try {
                Files.createDirectories(log.getParent());
                Process maven = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                        .redirectOutput(log.toFile()).start();
                if (!maven.waitFor(10, TimeUnit.MINUTES)) {
                    maven.destroyForcibly();
                    throw new IllegalStateException("resolving the classpath of " + name + " took over 10 minutes; see " + log);
                }
                if (maven.exitValue() != 0) {
                    throw new IllegalStateException("Maven could not resolve the classpath of " + name + " (exit "
                            + maven.exitValue() + "): " + lastLines(log) + "\nIf it cannot find mlpath-grader, run"
                            + " ./mlpath once from the repository root: it installs the grader first.");
                }
                // Maven leaves an unchanged file as it was; the new time records that it is current.
                Files.setLastModifiedTime(module.resolve(scope[1]), java.nio.file.attribute.FileTime.fromMillis(
                        System.currentTimeMillis()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot run " + command.get(0), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while resolving the classpath of " + name, e);
            }
        }
    }

    private static String lastLines(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 8), lines.size()));
    }

    private static List<Path> read(Path file) {
        try {
            return Arrays.stream(Files.readString(file).strip().split(File.pathSeparator))
                    .filter(s -> !s.isBlank()).map(Path::of).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
    }
}
