package io.mlpath.grader.plot;

import io.mlpath.grader.Challenge;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Draws a challenge's pictures with the learner's code: instantiates each {@link Plot} class,
 * calls {@link Plot#draw(Figures)}, and turns every way learner code can fail into a
 * {@link Result} with a message, never an exception.
 *
 * <pre>{@code
 * PlotRunner.Result r = PlotRunner.run(loader, List.of("io.mlpath.p1.linalg.PcaPlot"), Path.of("target/plots"));
 * // DRAWN [.../iris-projection.png, .../iris-explained-variance.png]
 * // or NOT_IMPLEMENTED "p1.linalg.pca is not implemented yet: TODO(p1.linalg.pca): ..."
 * }</pre>
 */
public final class PlotRunner {

    /** How a run ended. */
    public enum Outcome {
        /** Every plot drew at least one figure. */
        DRAWN,
        /** The plot reached a TODO in the learner's code. */
        NOT_IMPLEMENTED,
        /** The learner's code or the plot failed otherwise, or a plot drew nothing. */
        FAILED
    }

    /**
     * What a run produced.
     *
     * @param outcome how it ended
     * @param files   the PNG files written, in order (also those written before a failure)
     * @param message what to tell the learner: where the files are, or what went wrong
     */
    public record Result(Outcome outcome, List<Path> files, String message) {

        /** Copies the file list. */
        public Result {
            files = List.copyOf(files);
        }
    }

    private PlotRunner() {
    }

    /**
     * Runs the plots {@code plotClasses}, loaded through {@code loader}, writing into {@code outputDir};
     * stops at the first plot that does not draw.
     *
     * @throws IllegalArgumentException if {@code plotClasses} is empty
     */
    public static Result run(ClassLoader loader, List<String> plotClasses, Path outputDir) {
        if (plotClasses.isEmpty()) {
            throw new IllegalArgumentException("no plot class to run: pass the plot classes of the challenge (ChallengeFiles.plots)");
        }
        System.setProperty("java.awt.headless", "true");
        List<Path> files = new ArrayList<>();
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(loader);
        try {
            for (String name : plotClasses) {
                Figures figures = new Figures(outputDir);
                Optional<Result> failure = draw(loader, name, plotClasses, figures);
                files.addAll(figures.saved());
                if (failure.isPresent()) {
                    return new Result(failure.get().outcome(), files, failure.get().message());
                }
                if (figures.saved().isEmpty()) {
                    return new Result(Outcome.FAILED, files, "the plot " + name + " drew no figure: draw(figures)"
                            + " must save at least one chart with figures.save(name, chart)");
                }
            }
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
        return new Result(Outcome.DRAWN, files, "wrote " + files.size() + " figure(s) to " + outputDir);
    }

    /** The failure of one plot, or empty when it drew. */
    private static Optional<Result> draw(ClassLoader loader, String name, List<String> plotClasses, Figures figures) {
        Plot plot;
        String challenge;
        try {
            Class<?> type = Class.forName(name, true, loader);
            Challenge annotation = type.getAnnotation(Challenge.class);
            challenge = annotation == null ? type.getSimpleName() : annotation.value();
            plot = (Plot) type.getConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
            return Optional.of(new Result(Outcome.FAILED, List.of(), "the plot " + name + " cannot be created: " + e
                    + "; a plot is a public class implementing io.mlpath.grader.plot.Plot with a public no-argument"
                    + " constructor"));
        }
        try {
            plot.draw(figures);
            return Optional.empty();
        } catch (Throwable e) { // learner code may fail in any way, a stack overflow included
            Optional<String> todo = todo(e);
            if (todo.isPresent()) {
                return Optional.of(new Result(Outcome.NOT_IMPLEMENTED, List.of(),
                        challenge + " is not implemented yet: " + todo.get()));
            }
            return Optional.of(new Result(Outcome.FAILED, List.of(),
                    "the plot failed: " + e + where(e, loader, plotClasses)));
        }
    }

    /** The message of a learner TODO in the cause chain of {@code e}. */
    static Optional<String> todo(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UnsupportedOperationException && t.getMessage() != null && t.getMessage().startsWith("TODO(")) {
                return Optional.of(t.getMessage());
            }
        }
        return Optional.empty();
    }

    /** {@code " (at Pca.fit(Pca.java:103))"}: the first frame in learner code, else in the plot, else the top. */
    private static String where(Throwable e, ClassLoader loader, List<String> plotClasses) {
        StackTraceElement[] frames = e.getStackTrace();
        StackTraceElement plotFrame = null;
        for (StackTraceElement frame : frames) {
            String owner = frame.getClassName();
            boolean isPlot = plotClasses.stream().anyMatch(p -> owner.equals(p) || owner.startsWith(p + "$"));
            if (isPlot) {
                plotFrame = plotFrame == null ? frame : plotFrame;
            } else if (loadedBy(owner, loader)) {
                return " (at " + frame + ")";
            }
        }
        StackTraceElement frame = plotFrame != null ? plotFrame : frames.length > 0 ? frames[0] : null;
        return frame == null ? "" : " (at " + frame + ")";
    }

    private static boolean loadedBy(String className, ClassLoader loader) {
        try {
            return Class.forName(className, false, loader).getClassLoader() == loader;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
