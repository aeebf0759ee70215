package io.mlpath.grader.check;

import io.mlpath.grader.catalog.CatalogEntry;
import io.mlpath.grader.plot.PlotRunner;
import io.mlpath.grader.run.ChallengeFiles;
import io.mlpath.grader.run.ChildFirstClassLoader;
import io.mlpath.grader.run.SourceCompiler;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * Conventions of the pictures ({@code src/plot/java}): the plots compile against the untouched
 * stubs; run on the reference, each challenge's plots write at least one PNG that decodes, is at
 * least {@value #MIN_WIDTH}×{@value #MIN_HEIGHT} and is not one flat colour; run on the stub,
 * they stop at its TODO with the "not implemented yet" message instead of crashing.
 *
 * <p>The reference's pictures stay in {@code target/mlpath-check/plots/<id>/} for a look.
 */
final class PlotRules {

    static final int MIN_WIDTH = 400;
    static final int MIN_HEIGHT = 300;

    /** The compiled stub and reference, the dependencies to compile and run against, and the scratch directory. */
    record Workspace(Path stubClasses, Path referenceClasses, List<Path> dependencies, Path scratch) {
    }

    private PlotRules() {
    }

    static void check(ModuleLayout layout, Workspace ws, Findings findings) {
        var sources = SourceCompiler.sourcesUnder(layout.plots());
        if (sources.isEmpty()) {
            return;
        }
        List<Path> classpath = new ArrayList<>(ws.dependencies());
        classpath.add(ws.stubClasses());
        Path plotClasses = ws.scratch().resolve("plot-classes");
        List<String> errors = SourceCompiler.compile(sources, classpath, plotClasses);
        errors.forEach(e -> findings.add("compile", e, "a plot does not compile against the untouched stubs",
                "a plot may call only the challenge's public API that the stub declares, io.mlpath.datasets,"
                        + " io.mlpath.grader.plot, XChart, Commons Math and the JDK"));
        if (!errors.isEmpty()) {
            return;
        }
        for (CatalogEntry entry : layout.catalog().challenges()) {
            List<String> plots = ChallengeFiles.of(layout.moduleDir(), layout.stubs(), entry).plots().stream()
                    .map(source -> ChallengeFiles.className(source, List.of(layout.plots()))).toList();
            if (!plots.isEmpty()) {
                checkChallenge(entry.id(), plots, plotClasses, ws, findings);
            }
        }
    }

    private static void checkChallenge(String id, List<String> plots, Path plotClasses, Workspace ws, Findings findings) {
        PlotRunner.Result reference = run(plots, plotClasses, ws.referenceClasses(), ws.scratch().resolve("plots").resolve(id));
        StringBuilder summary = new StringBuilder(id).append(" plots: reference ");
        if (reference.outcome() != PlotRunner.Outcome.DRAWN) {
            findings.add("plots", id, "on the reference " + reference.message(),
                    "fix the plot until it draws with the reference; it must save at least one chart");
        }
        for (Path file : reference.files()) {
            badImage(file).ifPresent(problem -> findings.add("plots", id + " › " + file.getFileName(), problem,
                    "draw through io.mlpath.grader.plot.Charts (800×600) and add at least one series with data"));
            summary.append(file.getFileName()).append(' ');
        }
        PlotRunner.Result stub = run(plots, plotClasses, ws.stubClasses(), ws.scratch().resolve("plots-stub").resolve(id));
        if (stub.outcome() != PlotRunner.Outcome.NOT_IMPLEMENTED) {
            findings.add("plots", id, "on the untouched stub the plot gave '" + stub.message()
                    + "' instead of 'not implemented yet'", "call the learner's code before drawing anything,"
                    + " so a learner who has not started sees which TODO to write, not a crash or an empty chart");
        }
        summary.append("· stub ").append(stub.outcome().name().toLowerCase().replace('_', '-'));
        findings.ok(summary.toString());
    }

    private static PlotRunner.Result run(List<String> plots, Path plotClasses, Path variant, Path out) {
        try (ChildFirstClassLoader loader = new ChildFirstClassLoader(List.of(plotClasses, variant),
                PlotRules.class.getClassLoader())) {
            return PlotRunner.run(loader, plots, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What is wrong with the picture in {@code file}, if anything. */
    static Optional<String> badImage(Path file) {
        BufferedImage image;
        try {
            image = ImageIO.read(file.toFile());
        } catch (IOException e) {
            return Optional.of("cannot be read: " + e.getMessage());
        }
        if (image == null) {
            return Optional.of("is not an image that ImageIO decodes");
        }
        if (image.getWidth() < MIN_WIDTH || image.getHeight() < MIN_HEIGHT) {
            return Optional.of("is " + image.getWidth() + "×" + image.getHeight() + " pixels, smaller than the least "
                    + MIN_WIDTH + "×" + MIN_HEIGHT);
        }
        int first = image.getRGB(0, 0);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (image.getRGB(x, y) != first) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of("is one flat colour: nothing was drawn");
    }
}
