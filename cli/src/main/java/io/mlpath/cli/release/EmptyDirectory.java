package io.mlpath.cli.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A directory to write into that holds nothing yet, so nothing of an earlier run can mix in. */
final class EmptyDirectory {

    private EmptyDirectory() {
    }

    /**
     * Checks that {@code dir} is new or an empty directory, creating nothing.
     *
     * @param role what goes into it, for the error message, e.g. {@code "the learner release"}
     * @return the absolute, normalised directory
     * @throws IllegalArgumentException when {@code dir} is a file or a directory with something in it
     */
    static Path check(Path dir, String role) {
        Path absolute = dir.toAbsolutePath().normalize();
        if (!Files.exists(absolute)) {
            return absolute;
        }
        if (!Files.isDirectory(absolute)) {
            throw new IllegalArgumentException(role + " goes into a new or empty directory, but " + absolute
                    + " is a file; choose another path");
        }
        try (Stream<Path> entries = Files.list(absolute)) {
            if (entries.findAny().isPresent()) {
                throw new IllegalArgumentException(role + " goes into a new or empty directory, but " + absolute
                        + " is not empty; remove it or choose another path");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + absolute + " for " + role, e);
        }
        return absolute;
    }

    /** {@link #check Checks} {@code dir}, then creates it and its parents; returns it absolute. */
    static Path create(Path dir, String role) {
        Path absolute = check(dir, role);
        try {
            return Files.createDirectories(absolute);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + absolute + " for " + role, e);
        }
    }
}
