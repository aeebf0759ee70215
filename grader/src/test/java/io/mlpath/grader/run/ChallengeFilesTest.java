package io.mlpath.grader.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlpath.grader.catalog.CatalogEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChallengeFilesTest {

    @TempDir
    Path dir;

    void write(String path, String text) throws IOException {
        Files.createDirectories(dir.resolve(path).getParent());
        Files.writeString(dir.resolve(path), text);
    }

    @Test
    @DisplayName("a challenge's classes come from the catalog; its tests and plots are the sources that name it")
    void findsSourcesByChallenge() throws IOException {
        write("src/test/java/demo/LineTest.java", "@Challenge(\"p9.demo.line\") class LineTest {}");
        write("src/grading/java/demo/LineGradingTest.java", "@Challenge(\"p9.demo.line\") class LineGradingTest {}");
        write("src/test/java/demo/OtherTest.java", "@Challenge(\"p9.demo.other\") class OtherTest {}");
        write("src/plot/java/demo/LinePlot.java", "@Challenge(\"p9.demo.line\") public final class LinePlot {}");
        write("src/plot/java/demo/OtherPlot.java", "@Challenge(\"p9.demo.other\") public final class OtherPlot {}");
        CatalogEntry entry = new CatalogEntry("p9.demo.line", "Line", "demo", 1, 1, "lines", List.of("demo.Line"),
                List.of("draw it"), List.of(), List.of(), List.of());
        ChallengeFiles files = ChallengeFiles.of(dir, dir.resolve("src/main/java"), entry);
        assertThat(files.main()).containsExactly(dir.resolve("src/main/java/demo/Line.java"));
        assertThat(files.tests()).containsExactlyInAnyOrder(dir.resolve("src/test/java/demo/LineTest.java"),
                dir.resolve("src/grading/java/demo/LineGradingTest.java"));
        assertThat(files.plots()).containsExactly(dir.resolve("src/plot/java/demo/LinePlot.java"));
        assertThat(ChallengeFiles.className(files.plots().get(0), files.testRoots())).isEqualTo("demo.LinePlot");
    }
}
