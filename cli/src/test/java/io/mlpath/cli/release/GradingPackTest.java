package io.mlpath.cli.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(120)
class GradingPackTest {

    static final String RULE = "the trusted tree must be an unmodified release";
    static final List<String> HIDDEN = List.of("phase9-demo/src/grading/java/TwiceGradingTest.java",
            "phase9-demo/src/grading/resources/twice.json");

    @TempDir
    Path temp;

    Path root;
    LearnerRelease.Written release;
    GradingPack.Written pack;

    @BeforeEach
    void releaseAndPack() throws IOException {
        root = Upstream.small(temp.resolve("upstream"));
        release = LearnerRelease.write(root, temp.resolve("learner"));
        pack = GradingPack.write(root, release, temp.resolve("pack"));
    }

    static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    @DisplayName("a pack holds the hidden files, a README and sorted checksums of hidden and trusted files")
    void contents() throws Exception {
        assertThat(pack.hidden()).containsExactlyElementsOf(HIDDEN);
        for (String hidden : HIDDEN) {
            assertThat(pack.dir().resolve(hidden)).hasSameBinaryContentAs(root.resolve(hidden));
        }
        List<String> lines = Files.readAllLines(pack.dir().resolve("checksums.sha256"));
        assertThat(lines.stream().map(l -> l.substring(66))).containsExactly(".mvn/maven.config", "grader/pom.xml",
                "grader/src/main/java/Grader.java", "mlpath", "mvnw", "phase9-demo/catalog.json", "phase9-demo/pom.xml",
                HIDDEN.get(0), HIDDEN.get(1), "phase9-demo/src/test/java/TwiceTest.java", "pom.xml");
        assertThat(lines).contains(sha256(release.dir().resolve("pom.xml")) + "  pom.xml",
                sha256(pack.dir().resolve(HIDDEN.get(0))) + "  " + HIDDEN.get(0));
        assertThat(pack.checksums()).isEqualTo(11);
        assertThat(pack.dir().resolve("README.md")).content()
                .contains("# mlpath grading pack 1.2.3", "./mlpath grade --submission", "--pack <this directory>");
    }

    @Test
    @DisplayName("a pristine release verifies, also once its build wrote target/ and the OS a dot file")
    void pristineVerifies() throws IOException {
        Upstream.write(release.dir(), "phase9-demo/target/test-classes/TwiceTest.class", "built\n");
        Upstream.write(release.dir(), "grader/.DS_Store", "finder\n");

        assertThatCode(() -> GradingPack.verify(pack.dir(), release.dir())).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"phase9-demo/src/test/java/TwiceTest.java", "pom.xml", "phase9-demo/pom.xml",
            ".mvn/maven.config", "grader/src/main/java/Grader.java", "phase9-demo/catalog.json"})
    @DisplayName("a changed trusted file is refused, naming it, both hashes and the rule")
    void changedFileRefused(String path) throws Exception {
        Path file = release.dir().resolve(path);
        String before = sha256(file);
        Files.writeString(file, "changed\n");

        assertThatThrownBy(() -> GradingPack.verify(pack.dir(), release.dir()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(RULE)
                .hasMessageContaining(path + " in the trusted tree " + release.dir() + " was changed: expected sha256 "
                        + before + ", actual " + sha256(file));
    }

    @Test
    @DisplayName("a missing trusted file and an extra test in the tree are both refused in one message")
    void missingAndExtraRefused() throws IOException {
        Files.delete(release.dir().resolve("mvnw"));
        Upstream.write(release.dir(), "phase9-demo/src/test/java/FreePointsTest.java", "class FreePointsTest {}\n");

        assertThatThrownBy(() -> GradingPack.verify(pack.dir(), release.dir()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(RULE)
                .hasMessageContaining("mvnw is missing from the trusted tree " + release.dir() + " (expected sha256 ")
                .hasMessageContaining("phase9-demo/src/test/java/FreePointsTest.java in the trusted tree "
                        + release.dir() + " is not part of the release; remove it");
    }

    @Test
    @DisplayName("a changed hidden test in the pack is refused")
    void changedHiddenRefused() throws IOException {
        Files.writeString(pack.dir().resolve(HIDDEN.get(0)), "class TwiceGradingTest { /* easier */ }\n");

        assertThatThrownBy(() -> GradingPack.verify(pack.dir(), release.dir()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(HIDDEN.get(0) + " in the grading pack " + pack.dir() + " was changed: expected");
    }

    @Test
    @DisplayName("overlay copies the hidden files into the tree, which then still verifies")
    void overlayCopiesHidden() throws IOException {
        assertThat(release.dir().resolve("phase9-demo/src/grading")).doesNotExist();

        assertThat(GradingPack.overlay(pack.dir(), release.dir())).containsExactlyElementsOf(HIDDEN);

        for (String hidden : HIDDEN) {
            assertThat(release.dir().resolve(hidden)).hasSameBinaryContentAs(root.resolve(hidden));
        }
        assertThatCode(() -> GradingPack.verify(pack.dir(), release.dir())).doesNotThrowAnyException();
        assertThat(GradingPack.overlay(pack.dir(), release.dir())).as("a second overlay").containsExactlyElementsOf(HIDDEN);
    }

    @Test
    @DisplayName("overlay copies nothing into a tree that fails verification")
    void overlayRefusesModifiedTree() throws IOException {
        Files.writeString(release.dir().resolve("pom.xml"), "<project/>\n");

        assertThatThrownBy(() -> GradingPack.overlay(pack.dir(), release.dir())).hasMessageContaining("pom.xml");
        assertThat(release.dir().resolve("phase9-demo/src/grading")).doesNotExist();
    }

    @Test
    @DisplayName("a checksums line that is not '<hex>  <path>' is refused with its line number")
    void malformedChecksums() throws IOException {
        Path checksums = pack.dir().resolve("checksums.sha256");
        Files.writeString(checksums, Files.readString(checksums) + "abc pom.xml\n");

        assertThatThrownBy(() -> GradingPack.verify(pack.dir(), release.dir()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(checksums + " line 12 must be '<64 lowercase hex digits>  <path>', was 'abc pom.xml'");
    }

    @Test
    @DisplayName("a pack inside the release is refused before anything is written")
    void packInsideRelease() {
        assertThatThrownBy(() -> GradingPack.checkDirectory(temp.resolve("next/pack"), temp.resolve("next")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the grading pack must be kept apart from the learner release");
        assertThat(temp.resolve("next")).doesNotExist();
    }

    @Test
    @DisplayName("the pack of this repository verifies against its release and overlays every hidden file")
    void realRepository() throws IOException {
        Path real = Upstream.real();
        LearnerRelease.Written realRelease = LearnerRelease.write(real, temp.resolve("real"));
        GradingPack.Written realPack = GradingPack.write(real, realRelease, temp.resolve("real-pack"));

        List<String> hidden = GradingPack.overlay(realPack.dir(), realRelease.dir());

        try (Stream<String> tracked = Stream.of(new Git(real).run("ls-files", "-z", "--", "*/src/grading/*").split("\0"))) {
            assertThat(hidden).isNotEmpty().containsExactlyInAnyOrderElementsOf(tracked.filter(p -> !p.isEmpty()).toList());
        }
        assertThat(hidden).anyMatch(p -> p.endsWith("GradingTest.java"));
        assertThatCode(() -> GradingPack.verify(realPack.dir(), realRelease.dir())).doesNotThrowAnyException();
    }
}
