package io.mlpath.cli.release;

import io.mlpath.cli.release.Git.TrackedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The instructors' half of a release: the hidden tests, and the checksums that tie them to one
 * unmodified learner release.
 *
 * <p>A pack holds {@code <module>/src/grading/**} of every module that has hidden tests,
 * {@code checksums.sha256} and a {@code README.md}. The checksums cover every hidden file and
 * every file of the release that grading relies on (poms, Maven wrapper, {@code mlpath}, catalogs,
 * public tests, grader, cli, datasets). Trusted grading starts from a pristine clone of the release,
 * {@link #verify verifies} it against the pack and {@link #overlay overlays} the hidden tests; a
 * clone with a changed public test or pom is refused instead of graded with unknown rules.
 *
 * <p>A checksum line for {@code <module>/src/grading/...} is checked in the pack, every other line
 * in the release; after an overlay the release holds both, so {@code sha256sum -c
 * <pack>/checksums.sha256} run in the release checks everything too.
 */
public final class GradingPack {

    /** The checksums file at the top of a pack. */
    public static final String CHECKSUMS = "checksums.sha256";

    private static final String RULE = "the trusted tree must be an unmodified release, and the pack the one"
            + " written with it (./mlpath release)";

    /**
     * What {@link #write} wrote.
     *
     * @param dir       the pack, absolute
     * @param hidden    the hidden files copied, relative to {@code dir}
     * @param checksums how many files {@code checksums.sha256} covers
     */
    public record Written(Path dir, List<String> hidden, int checksums) {
    }

    private GradingPack() {
    }

    /**
     * Checks, creating nothing, that {@code pack} can take a pack: new or empty, neither inside the
     * release nor around it. {@link #write} checks this too; checking before the release is written
     * stops a bad {@code --pack} before anything is written.
     *
     * @param pack    the pack's directory
     * @param release the release's directory (it need not exist yet)
     * @return the pack's directory, absolute
     */
    public static Path checkDirectory(Path pack, Path release) {
        Path dir = pack.toAbsolutePath().normalize();
        Path releaseDir = release.toAbsolutePath().normalize();
        if (dir.startsWith(releaseDir) || releaseDir.startsWith(dir)) {
            throw new IllegalArgumentException("the grading pack must be kept apart from the learner release, but "
                    + dir + " and " + releaseDir + " lie one inside the other; choose another --pack");
        }
        return EmptyDirectory.check(dir, "the grading pack");
    }

    /**
     * Writes the grading pack of the repository at {@code root} for a release already written.
     *
     * @param root    the upstream repository (a git work tree), whose tracked hidden tests go into the pack
     * @param release the release written from {@code root} by {@link LearnerRelease#write}
     * @param pack    a new or empty directory, neither inside the release nor around it
     */
    public static Written write(Path root, LearnerRelease.Written release, Path pack) {
        Path dir = EmptyDirectory.create(checkDirectory(pack, release.dir()), "the grading pack");
        List<String> hidden = new Git(root).trackedFiles().stream().map(TrackedFile::path)
                .filter(ReleaseLayout::isHidden).toList();
        Map<String, String> hashes = new TreeMap<>();
        for (String path : hidden) {
            copy(root.resolve(path), dir.resolve(path));
            hashes.put(path, Checksums.sha256(dir.resolve(path)));
        }
        for (String path : release.files()) {
            if (ReleaseLayout.isTrusted(path)) {
                hashes.put(path, Checksums.sha256(release.dir().resolve(path)));
            }
        }
        Checksums.write(dir.resolve(CHECKSUMS), hashes);
        writeReadme(dir, release.version(), hidden.size(), hashes.size());
        return new Written(dir, hidden, hashes.size());
    }

    /**
     * Checks that {@code tree} is the unmodified release the pack was written with, and the pack unmodified too.
     *
     * <p>Every file listed in {@code checksums.sha256} must exist with that hash: hidden files in
     * the pack (and in the tree too if an earlier overlay put them there), the others in the tree.
     * Neither may hold a trusted or hidden file the list does not name: an extra test would change
     * the grade. Build outputs ({@code target/}) and dot files are not looked at.
     *
     * @throws IllegalArgumentException listing every missing, changed or extra file, with the
     *                                  expected and actual hash, and the rule
     */
    public static void verify(Path pack, Path tree) {
        if (!Files.isDirectory(tree)) {
            throw new IllegalArgumentException("the trusted tree must be a directory holding a clone of the release,"
                    + " but " + tree + " is not a directory");
        }
        SortedMap<String, String> expected = Checksums.read(pack.resolve(CHECKSUMS));
        List<String> problems = new ArrayList<>();
        expected.forEach((path, hash) -> {
            if (ReleaseLayout.isHidden(path)) {
                check(path, hash, pack, "the grading pack", problems);
                if (Files.exists(tree.resolve(path))) {
                    check(path, hash, tree, "the trusted tree (an earlier overlay)", problems);
                }
            } else {
                check(path, hash, tree, "the trusted tree", problems);
            }
        });
        for (String path : coveredFiles(tree)) {
            if (!expected.containsKey(path)) {
                problems.add(path + " in the trusted tree " + tree + " is not part of the release; remove it");
            }
        }
        for (String path : coveredFiles(pack)) {
            if (!expected.containsKey(path) && ReleaseLayout.isHidden(path)) {
                problems.add(path + " in the grading pack " + pack + " is not in its " + CHECKSUMS + "; remove it");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("the grading pack does not match the tree: " + RULE + ".\n  "
                    + String.join("\n  ", problems));
        }
    }

    /**
     * {@link #verify Verifies} the pack against {@code tree}, then copies the pack's hidden tests
     * ({@code <module>/src/grading/**}) into {@code tree}, replacing any earlier copy.
     *
     * @return the hidden files copied, relative to {@code tree}, sorted
     * @throws IllegalArgumentException when verification fails; nothing is copied then
     */
    public static List<String> overlay(Path pack, Path tree) {
        verify(pack, tree);
        List<String> hidden = Checksums.read(pack.resolve(CHECKSUMS)).keySet().stream()
                .filter(ReleaseLayout::isHidden).toList();
        for (String path : hidden) {
            copy(pack.resolve(path), tree.resolve(path));
        }
        return hidden;
    }

    private static void check(String path, String hash, Path dir, String where, List<String> problems) {
        Path file = dir.resolve(path);
        if (!Files.isRegularFile(file)) {
            problems.add(path + " is missing from " + where + " " + dir + " (expected sha256 " + hash + ")");
            return;
        }
        String actual = Checksums.sha256(file);
        if (!actual.equals(hash)) {
            problems.add(path + " in " + where + " " + dir + " was changed: expected sha256 " + hash + ", actual " + actual);
        }
    }

    /** Every file under {@code dir} that is trusted or hidden, relative with {@code /}, skipping build outputs and dot files. */
    private static List<String> coveredFiles(Path dir) {
        List<String> found = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path at, BasicFileAttributes attributes) {
                    String name = at.getFileName() == null ? "" : at.getFileName().toString();
                    boolean skipped = !at.equals(dir) && (name.equals("target")
                            || name.startsWith(".") && !dir.relativize(at).toString().equals(".mvn"));
                    return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    String path = dir.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
                    if (!file.getFileName().toString().startsWith(".")
                            && (ReleaseLayout.isTrusted(path) || ReleaseLayout.isHidden(path))) {
                        found.add(path);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the files of " + dir, e);
        }
        return found;
    }

    private static void copy(Path source, Path target) {
        try {
            Files.createDirectories(target.getParent());
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + source + " to " + target, e);
        }
    }

    private static void writeReadme(Path dir, String version, int hidden, int checksums) {
        String text = """
                # mlpath grading pack %1$s

                The hidden tests of the mlpath learner release %1$s (%2$d files, every `<module>/src/grading/`),
                kept apart from the release so that learners never see them, and `%3$s`: the SHA-256 of
                %4$d files, every hidden file and every file of the release that grading relies on (poms, Maven
                wrapper, `mlpath`, catalogs, public tests, grader, cli, datasets).

                Grade a learner's submission from a pristine clone of the release, never from the learner's fork:

                ```bash
                git clone <the release repository> mlpath-trusted && cd mlpath-trusted
                ./mlpath grade --submission <the fork: a directory or git URL> --pack <this directory>
                ```

                Grading first checks every file in `%3$s` (hidden files here, the others in the clone)
                and refuses a clone with a changed, missing or extra file; then it copies the hidden tests
                into the clone and grades only the submission's challenge classes with them. Afterwards
                `sha256sum -c <this directory>/%3$s`, run in the clone, reports OK for every file.

                Keep this directory private: whoever has it has the hidden tests.
                """.formatted(version, hidden, CHECKSUMS, checksums);
        try {
            Files.writeString(dir.resolve("README.md"), text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve("README.md"), e);
        }
    }
}
