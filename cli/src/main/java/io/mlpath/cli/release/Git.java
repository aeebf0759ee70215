package io.mlpath.cli.release;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Runs {@code git} in one directory and returns what it printed, failing with git's own words. */
final class Git {

    /** A tracked file as the index records it. */
    record TrackedFile(String path, boolean executable) {
    }

    private final Path dir;

    Git(Path dir) {
        this.dir = dir;
    }

    /**
     * Every file git tracks under {@code dir}, in index order, with its executable bit as git records it.
     *
     * @throws IllegalArgumentException when {@code dir} is not a git work tree
     */
    List<TrackedFile> trackedFiles() {
        String listing;
        try {
            listing = run("ls-files", "-z", "--stage");
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException("the release is made from the files git tracks, but " + dir
                    + " is not a git work tree (" + e.getMessage() + "); run it in a clone of the mlpath repository", e);
        }
        List<TrackedFile> files = new ArrayList<>();
        for (String entry : listing.split("\0")) {
            if (entry.isEmpty()) {
                continue;
            }
            // <mode> <object> <stage>\t<path>
            String mode = entry.substring(0, entry.indexOf(' '));
            String path = entry.substring(entry.indexOf('\t') + 1);
            if (!mode.equals("100644") && !mode.equals("100755")) {
                throw new IllegalArgumentException("a release holds regular files only, but git tracks " + path
                        + " with mode " + mode + " (a symbolic link or submodule); replace it with a regular file");
            }
            files.add(new TrackedFile(path, mode.equals("100755")));
        }
        return files;
    }

    /** Runs {@code git <args>} in the directory; returns its standard output. */
    String run(String... args) {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process process;
        try {
            process = new ProcessBuilder(command).directory(dir.toFile()).start();
            process.getOutputStream().close();
        } catch (IOException e) {
            throw new IllegalStateException("cannot run git (is it installed and on the PATH?): " + e.getMessage(), e);
        }
        CompletableFuture<String> errors = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        String output = read(process.getInputStream());
        try {
            int status = process.waitFor();
            if (status != 0) {
                throw new IllegalStateException(String.join(" ", command) + " exited with " + status + ": "
                        + errors.join().strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroy();
            throw new IllegalStateException("interrupted while running " + String.join(" ", command), e);
        }
        return output;
    }

    private static String read(InputStream stream) {
        try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
