package io.mlpath.grader.report;

import io.mlpath.grader.engine.ResultsFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A challenge's pictures: the PNG files under {@code target/mlpath/plots/<challenge-id>/}, as
 * links relative to the progress page, so the page and its pictures can be moved together.
 *
 * <p>Example: from {@code target/mlpath/report/index.html}, the picture
 * {@code target/mlpath/plots/p1.linalg.pca/iris-projection.png} is
 * {@code ../plots/p1.linalg.pca/iris-projection.png}.
 */
final class Pictures {

    private Pictures() {
    }

    /** {@code <root>/target/mlpath/plots/<challengeId>}: where the plots of a challenge are saved. */
    static Path dir(Path root, String challengeId) {
        return ResultsFiles.reportDir(root).resolve("plots").resolve(challengeId);
    }

    /** The PNG files directly in the challenge's plots directory, by name; none when it does not exist. */
    static List<Path> of(Path root, String challengeId) {
        Path dir = dir(root, challengeId);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the pictures in " + dir, e);
        }
    }

    /** The link to {@code picture} from a page in {@code pageDir}, each path segment percent-encoded. */
    static String href(Path pageDir, Path picture) {
        Path relative = pageDir.toAbsolutePath().normalize().relativize(picture.toAbsolutePath().normalize());
        return Stream.iterate(0, i -> i < relative.getNameCount(), i -> i + 1)
                .map(i -> URLEncoder.encode(relative.getName(i).toString(), StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("/"));
    }
}
