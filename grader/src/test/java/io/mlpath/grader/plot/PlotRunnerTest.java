package io.mlpath.grader.plot;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlpath.grader.Challenge;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way a plot can end, each turned into a result with a message instead of an exception. */
class PlotRunnerTest {

    @TempDir
    Path dir;

    /** Stands in for learner code. */
    static final class Learner {
        static double[] fit(boolean written) {
            if (!written) {
                throw new UnsupportedOperationException("TODO(p9.demo.line): fit the line");
            }
            throw new IllegalStateException("slope is NaN");
        }
    }

    /** Reaches the learner's TODO. */
    @Challenge("p9.demo.line")
    public static final class TodoPlot implements Plot {
        @Override
        public void draw(Figures figures) {
            Learner.fit(false);
        }
    }

    /** Learner code that fails. */
    @Challenge("p9.demo.line")
    public static final class FailingPlot implements Plot {
        @Override
        public void draw(Figures figures) {
            Learner.fit(true);
        }
    }

    /** Forgets to save. */
    @Challenge("p9.demo.line")
    public static final class EmptyPlot implements Plot {
        @Override
        public void draw(Figures figures) {
            Charts.xy("A line", "x", "y");
        }
    }

    /** Draws one line. */
    @Challenge("p9.demo.line")
    public static final class LinePlot implements Plot {
        @Override
        public void draw(Figures figures) {
            var chart = Charts.xy("The line y = 2x", "x", "y");
            chart.addSeries("y = 2x", new double[] {0, 1, 2}, new double[] {0, 2, 4});
            figures.save("line", chart);
        }
    }

    PlotRunner.Result run(Class<?> plot) {
        return PlotRunner.run(getClass().getClassLoader(), List.of(plot.getName()), dir);
    }

    @Test
    @DisplayName("a TODO reached in learner code reads 'not implemented yet' with the TODO's text")
    void todo() {
        PlotRunner.Result result = run(TodoPlot.class);
        assertThat(result.outcome()).isEqualTo(PlotRunner.Outcome.NOT_IMPLEMENTED);
        assertThat(result.message()).isEqualTo("p9.demo.line is not implemented yet: TODO(p9.demo.line): fit the line");
    }

    @Test
    @DisplayName("any other failure names the exception and the first frame in learner code")
    void failure() {
        PlotRunner.Result result = run(FailingPlot.class);
        assertThat(result.outcome()).isEqualTo(PlotRunner.Outcome.FAILED);
        assertThat(result.message()).startsWith("the plot failed: java.lang.IllegalStateException: slope is NaN (at "
                + Learner.class.getName() + ".fit(PlotRunnerTest.java:");
    }

    @Test
    @DisplayName("a plot that saves no figure is a failure that says so")
    void nothingDrawn() {
        PlotRunner.Result result = run(EmptyPlot.class);
        assertThat(result.outcome()).isEqualTo(PlotRunner.Outcome.FAILED);
        assertThat(result.message()).contains("drew no figure");
    }

    @Test
    @DisplayName("a plot that draws returns its PNG files, 800×600")
    void drawn() throws IOException {
        PlotRunner.Result result = run(LinePlot.class);
        assertThat(result.outcome()).isEqualTo(PlotRunner.Outcome.DRAWN);
        assertThat(result.files()).containsExactly(dir.resolve("line.png"));
        assertThat(javax.imageio.ImageIO.read(dir.resolve("line.png").toFile()).getWidth()).isEqualTo(Charts.WIDTH);
    }

    @Test
    @DisplayName("a class that is not a Plot is reported, not thrown")
    void notAPlot() {
        PlotRunner.Result result = run(Learner.class);
        assertThat(result.outcome()).isEqualTo(PlotRunner.Outcome.FAILED);
        assertThat(result.message()).contains("cannot be created");
    }
}
