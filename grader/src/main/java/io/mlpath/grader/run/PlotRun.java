package io.mlpath.grader.run;

import io.mlpath.grader.plot.Figures;
import io.mlpath.grader.plot.Plot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a challenge's pictures with classes loaded from {@code dirs} (learner code, plots).
 *
 * @param files   the pictures written
 * @param message empty when every plot drew; else what stopped one, for the learner
 */
public record PlotRun(List<Path> files, String message) {

    /** Runs each plot class in {@code plotClasses}, saving into {@code outDir}; never throws for learner failures. */
    public static PlotRun draw(List<Path> dirs, List<String> plotClasses, Path outDir) {
        List<Path> files = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (ChildFirstClassLoader loader = new ChildFirstClassLoader(dirs, PlotRun.class.getClassLoader())) {
            Thread.currentThread().setContextClassLoader(loader);
            for (String name : plotClasses) {
                Figures figures = new Figures(outDir);
                try {
                    Plot plot = (Plot) loader.loadClass(name).getDeclaredConstructor().newInstance();
                    plot.draw(figures);
                } catch (InvocationTargetException e) {
                    problems.add(problem(name, e.getCause()));
                } catch (ReflectiveOperationException | ClassCastException e) {
                    problems.add(name + " is not a usable Plot (public, no-argument constructor): " + e);
                } catch (Exception | LinkageError | StackOverflowError e) {
                    problems.add(problem(name, e));
                }
                files.addAll(figures.saved());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
        return new PlotRun(List.copyOf(files), String.join("\n", problems));
    }

    private static String problem(String plot, Throwable e) {
        String message = String.valueOf(e.getMessage());
        if (e instanceof UnsupportedOperationException && message.startsWith("TODO(")) {
            return "not implemented yet, so there is nothing to draw: " + message;
        }
        StackTraceElement where = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
        return plot.substring(plot.lastIndexOf('.') + 1) + " failed: " + e.getClass().getSimpleName() + ": " + message
                + (where == null ? "" : " (at " + where.getClassName() + "." + where.getMethodName() + ":"
                + where.getLineNumber() + ")");
    }
}
