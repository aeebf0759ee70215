package io.mlpath.cli.release;

import io.mlpath.cli.release.Git.TrackedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The repository learners get: every file git tracks upstream except the references, hidden
 * tests, known mistakes, fixture scripts and upstream-only CI, committed once as a fresh git
 * repository.
 *
 * <p>What a learner clones builds and grades on its own: {@code ./mvnw test} compiles the stubs,
 * runs the public tests and prints {@code Points 0/N}; the {@code grade} workflow does the same
 * on every push. Executable files ({@code mvnw}, {@code mlpath}) stay executable, both on disk
 * and in the commit.
 *
 * <p>Example: {@code LearnerRelease.write(Path.of("."), Path.of("../mlpath-learner"))} writes
 * {@code ../mlpath-learner} with one commit, "mlpath learner release 0.1.0-SNAPSHOT", by
 * {@code mlpath <release@mlpath.io>}.
 */
public final class LearnerRelease {

    /** The author and committer of every release commit, so a release does not depend on who made it. */
    static final String AUTHOR_NAME = "mlpath";
    static final String AUTHOR_EMAIL = "release@mlpath.io";

    /**
     * What {@link #write} wrote.
     *
     * @param dir     the release, absolute
     * @param version the version of the root {@code pom.xml}
     * @param files   every file written, relative to {@code dir}, in git's order
     */
    public record Written(Path dir, String version, List<String> files) {
    }

    private LearnerRelease() {
    }

    /**
     * Writes the learner release of the repository at {@code root} to {@code out} and commits it.
     *
     * @param root the upstream repository: a git work tree; its tracked files are taken as they are on disk
     * @param out  a new or empty directory
     * @throws IllegalArgumentException when {@code root} is not a git work tree, a tracked file is
     *                                  missing, or {@code out} is not empty
     */
    public static Written write(Path root, Path out) {
        List<TrackedFile> released = new Git(root).trackedFiles().stream()
                .filter(f -> ReleaseLayout.isLearnerFile(f.path())).toList();
        String version = version(root.resolve("pom.xml"));
        Path dir = EmptyDirectory.create(out, "the learner release");
        for (TrackedFile file : released) {
            copy(root, dir, file);
        }
        commit(dir, version, released);
        return new Written(dir, version, released.stream().map(TrackedFile::path).toList());
    }

    /** The {@code <version>} of the root pom's project, e.g. {@code 0.1.0-SNAPSHOT}. */
    static String version(Path pom) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Element project = factory.newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
            for (Node child = project.getFirstChild(); child != null; child = child.getNextSibling()) {
                if ("version".equals(child.getNodeName())) {
                    return child.getTextContent().strip();
                }
            }
            throw new IllegalArgumentException("the release is named after the root pom's <version>, but " + pom
                    + " has no <version> directly under <project>; add one");
        } catch (IOException | SAXException | ParserConfigurationException e) {
            throw new IllegalArgumentException("cannot read the version from " + pom + ": " + e.getMessage(), e);
        }
    }

    private static void copy(Path root, Path dir, TrackedFile file) {
        Path source = root.resolve(file.path());
        if (!Files.isRegularFile(source)) {
            throw new IllegalArgumentException("git tracks " + file.path() + " but it is missing from " + root
                    + "; restore it (git checkout -- " + file.path() + ") or commit its deletion");
        }
        Path target = dir.resolve(file.path());
        try {
            Files.createDirectories(target.getParent());
            Files.copy(source, target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + source + " to " + target, e);
        }
        if (file.executable()) {
            target.toFile().setExecutable(true, false);
        }
    }

    private static void commit(Path dir, String version, List<TrackedFile> files) {
        Git git = new Git(dir);
        git.run("-c", "init.defaultBranch=main", "init", "-q");
        git.run("add", "--all", "--force");
        List<String> executables = new ArrayList<>(List.of("update-index", "--chmod=+x", "--"));
        files.stream().filter(TrackedFile::executable).map(TrackedFile::path).forEach(executables::add);
        if (executables.size() > 3) {
            git.run(executables.toArray(String[]::new));
        }
        git.run("-c", "user.name=" + AUTHOR_NAME, "-c", "user.email=" + AUTHOR_EMAIL, "-c", "commit.gpgsign=false",
                "commit", "-q", "--no-verify", "-m", "mlpath learner release " + version);
    }
}
