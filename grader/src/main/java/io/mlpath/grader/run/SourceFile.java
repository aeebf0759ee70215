package io.mlpath.grader.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A Java source to compile: where it is on disk (for messages) and the path javac must see
 * (package path + {@code Name.java}), which differs for a known-mistake file such as
 * {@code Pca.not-centred.java} standing in for {@code Pca.java}.
 *
 * @param file        the file on disk
 * @param logicalPath the path javac sees, relative to a source root, e.g. {@code io/mlpath/p1/linalg/Pca.java}
 * @param text        the source text
 */
public record SourceFile(Path file, String logicalPath, String text) {

    /** Reads {@code file}, which javac will see as {@code logicalPath}. */
    public static SourceFile read(Path file, String logicalPath) {
        try {
            return new SourceFile(file, logicalPath.replace('\\', '/'), Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Reads {@code file} under source root {@code root}, seen at its own relative path. */
    public static SourceFile under(Path root, Path file) {
        return read(file, root.relativize(file).toString());
    }
}
