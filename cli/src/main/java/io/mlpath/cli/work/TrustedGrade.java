package io.mlpath.cli.work;

import io.mlpath.cli.release.GradingPack;
import io.mlpath.grader.catalog.Catalog;
import io.mlpath.grader.catalog.CatalogLoader;
import io.mlpath.grader.engine.ResultsFiles;
import io.mlpath.grader.report.ReportMain;
import io.mlpath.grader.report.HtmlReport;
import io.mlpath.grader.report.RepositoryGrades;
import io.mlpath.grader.run.Directories;
import io.mlpath.grader.run.ForkLimits;
import io.mlpath.grader.run.ForkedGrading;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Grades a submission with the trusted tree's tests, build files and grader: a scratch copy of
 * the trusted tree (without references or known mistakes), the grading pack's hidden tests if
 * one is given, and only the submission's challenge sources on top; every challenge in its own
 * JVM ({@link ForkedGrading}). The reports are written by this process after every child has
 * ended, into {@code out}.
 *
 * @param trusted the trusted repository root
 * @param java    the java launcher for the challenge JVMs
 * @param limits  limits per challenge JVM
 */
public record TrustedGrade(Path trusted, String java, ForkLimits limits) {

    /** The outcome: where the reports are and what the submission changed besides its challenge files. */
    public record Outcome(RepositoryGrades grades, Submission submission, Path out) {
    }

    /**
     * Grades {@code submitted} (a directory), with the hidden tests of {@code pack} (null: the
     * trusted tree's own), writing the reports to {@code out}; {@code log} hears each challenge.
     */
    public Outcome grade(Path submitted, Path pack, Path out, Consumer<String> log) {
        Path work;
        try {
            work = Files.createTempDirectory("mlpath-grade");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a scratch directory", e);
        }
        try {
            String inside = submitted.toAbsolutePath().normalize().startsWith(trusted)
                    ? trusted.relativize(submitted.toAbsolutePath().normalize()).toString().replace('\\', '/') : null;
            Trees.copy(trusted, work, path -> path.contains("/src/solution/") || path.contains("/src/mistakes/")
                    || path.endsWith("/src/solution") || path.endsWith("/src/mistakes")
                    || (inside != null && (path.equals(inside) || path.startsWith(inside + "/"))));
            if (pack != null) {
                GradingPack.overlay(pack, work);
            }
            List<Catalog> catalogs = CatalogLoader.loadAll(work);
            Submission submission = Submission.overlay(submitted, trusted, work, catalogs);
            Directories.delete(ResultsFiles.reportDir(work));
            ForkedGrading grading = new ForkedGrading(java, limits, true);
            for (Catalog catalog : catalogs) {
                Path module = catalog.moduleDir();
                ModuleClasspaths classpaths = ModuleClasspaths.of(trusted, trusted.resolve(module.getFileName().toString()));
                log.accept(module.getFileName().toString());
                ResultsFiles.write(work, grading.grade(new ForkedGrading.Module(module, module.resolve("src/main/java"),
                        classpaths.main(), classpaths.test()), module.resolve("target/mlpath-grade"), line -> log.accept("  " + line)));
            }
            RepositoryGrades grades = RepositoryGrades.collect(work);
            ReportMain.write(work, grades);
            HtmlReport.write(work);
            Directories.delete(out);
            Trees.copy(ResultsFiles.reportDir(work), out, path -> false);
            Files.writeString(out.resolve("tampering.md"), submission.markdown());
            return new Outcome(grades, submission, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the reports to " + out, e);
        } finally {
            Directories.delete(work);
        }
    }
}
