package io.mlpath.cli.work;

import io.mlpath.grader.catalog.Catalog;
import io.mlpath.grader.catalog.CatalogEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A learner's submission (a directory or a git URL) laid over a trusted tree: only the
 * {@code src/main/java} files of known challenge classes are taken; every other file that
 * differs from the trusted tree is listed as ignored, by kind.
 *
 * @param taken   repository-relative paths of the challenge files taken from the submission
 * @param ignored what was ignored: one {@link Ignored} per file that differs from the trusted tree
 */
public record Submission(List<String> taken, List<Ignored> ignored) {

    /**
     * A submitted file that has no effect on the grade.
     *
     * @param path   repository-relative path
     * @param change {@code changed} or {@code added}
     * @param kind   tests, build files, catalog, grader or tools, other source, or other
     */
    public record Ignored(String path, String change, String kind) {
    }

    private static final Pattern URL = Pattern.compile("^(https?|ssh|git|file)://.+|^[\\w.-]+@[\\w.-]+:.+");

    /** Whether {@code location} names a git repository to clone rather than a directory. */
    public static boolean isGitUrl(String location) {
        return URL.matcher(location).matches();
    }

    /** Clones {@code url} (depth 1, no prompts) into {@code into}. */
    public static Path clone(String url, Path into) {
        try {
            ProcessBuilder git = new ProcessBuilder("git", "clone", "-q", "--depth", "1", url, into.toString())
                    .redirectErrorStream(true);
            git.environment().put("GIT_TERMINAL_PROMPT", "0");
            Process process = git.start();
            String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalArgumentException("cannot clone the submission " + url + ": " + output.strip());
            }
            return into;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run git to clone " + url + " (is git installed?)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while cloning " + url, e);
        }
    }

    /**
     * Copies the challenge files of {@code submitted} over {@code work} (a copy of {@code trusted}),
     * for every class in {@code catalogs}; lists every other file of the submission that differs
     * from {@code trusted}.
     */
    public static Submission overlay(Path submitted, Path trusted, Path work, List<Catalog> catalogs) {
        if (!Files.isDirectory(submitted)) {
            throw new IllegalArgumentException("the submission must be a directory or a git URL, was " + submitted);
        }
        Set<String> challengeFiles = new LinkedHashSet<>();
        for (Catalog catalog : catalogs) {
            String module = catalog.moduleDir().getFileName().toString();
            for (CatalogEntry entry : catalog.challenges()) {
                entry.classes().forEach(type -> challengeFiles.add(module + "/src/main/java/" + type.replace('.', '/') + ".java"));
            }
        }
        List<String> taken = new ArrayList<>();
        List<Ignored> ignored = new ArrayList<>();
        try (Stream<Path> files = Files.walk(submitted)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String path = submitted.relativize(file).toString().replace('\\', '/');
                if (skipped(path)) {
                    continue;
                }
                if (challengeFiles.contains(path)) {
                    Files.copy(file, work.resolve(path), StandardCopyOption.REPLACE_EXISTING);
                    taken.add(path);
                    continue;
                }
                Path original = trusted.resolve(path);
                if (!Files.isRegularFile(original)) {
                    ignored.add(new Ignored(path, "added", kind(path)));
                } else if (Files.mismatch(file, original) != -1) {
                    ignored.add(new Ignored(path, "changed", kind(path)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the submission " + submitted, e);
        }
        return new Submission(List.copyOf(taken), List.copyOf(ignored));
    }

    private static boolean skipped(String path) {
        List<String> parts = Arrays.asList(path.split("/"));
        return parts.contains(".git") || parts.contains("target") || parts.get(0).equals(".mlpath")
                || parts.get(0).equals(".idea") || parts.get(0).equals(".vscode");
    }

    static String kind(String path) {
        if (path.contains("/src/test/") || path.contains("/src/grading/")) {
            return "tests";
        }
        if (path.endsWith("pom.xml") || path.startsWith(".mvn/") || path.startsWith("mvnw") || path.startsWith(".github/")
                || path.startsWith(".ci/")) {
            return "build files";
        }
        if (path.endsWith("catalog.json")) {
            return "catalog";
        }
        if (path.startsWith("grader/") || path.startsWith("cli/") || path.startsWith("datasets/") || path.equals("mlpath")) {
            return "grader or tools";
        }
        if (path.contains("/src/main/java/")) {
            return "other source (not a challenge class)";
        }
        return "other";
    }

    /** The report of what was taken and what was ignored, in Markdown. */
    public String markdown() {
        StringBuilder md = new StringBuilder("# What the grader took from the submission\n\n");
        md.append("Only `src/main/java` files of the challenge classes named in the catalogs are graded; tests, build")
                .append(" files, catalogs, grader and tools come from the trusted tree.\n\n");
        md.append("Taken: ").append(taken.size()).append(" challenge file(s).\n\n");
        if (ignored.isEmpty()) {
            md.append("Ignored: nothing; no other file differs from the trusted tree.\n");
            return md.toString();
        }
        md.append("Ignored: ").append(ignored.size()).append(" file(s) that differ from the trusted tree and have no")
                .append(" effect on the grade.\n\n| file | change | kind |\n|---|---|---|\n");
        ignored.forEach(i -> md.append("| `").append(i.path()).append("` | ").append(i.change()).append(" | ")
                .append(i.kind()).append(" |\n"));
        return md.toString();
    }
}
