package io.mlpath.cli.work;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Copies and deletes directory trees, for the scratch copies trusted grading and the bench work in. */
public final class Trees {

    /** Build output, version control and the tool's own state: never copied. */
    public static final Set<String> NEVER = Set.of("target", ".git", ".mlpath");

    private Trees() {
    }

    /**
     * Copies {@code from} to {@code to}, keeping file attributes (so scripts stay executable),
     * except directories named in {@link #NEVER} and paths (relative, with {@code /}) that
     * {@code exclude} accepts.
     */
    public static void copy(Path from, Path to, Predicate<String> exclude) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                String relative = from.relativize(source).toString().replace('\\', '/');
                if (!relative.isEmpty() && (excludedByName(relative) || exclude.test(relative))) {
                    continue;
                }
                Path target = to.resolve(relative);
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + from + " to " + to, e);
        }
    }

    private static boolean excludedByName(String relative) {
        for (String part : relative.split("/")) {
            if (NEVER.contains(part)) {
                return true;
            }
        }
        return false;
    }
}
