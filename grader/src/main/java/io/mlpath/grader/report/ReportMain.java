package io.mlpath.grader.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.mlpath.grader.engine.ResultsFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the whole-repository reports and prints the scoreboard; the build runs it once, after
 * every phase has been tested.
 *
 * <p>Usage: {@code ReportMain <repository root>}. Writes {@code target/mlpath/grades.json},
 * {@code grades.md}, {@code results.json} (Gradescope), {@code points.txt} and the progress page
 * {@code report/index.html} (see {@link HtmlReport}).
 */
public final class ReportMain {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportMain() {
    }

    /** Entry point: one argument, the repository root. */
    public static void main(String[] args) {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ReportMain <repository root>; got " + args.length + " arguments");
        }
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        RepositoryGrades grades = RepositoryGrades.collect(root);
        write(root, grades);
        System.out.println();
        System.out.print(Scoreboard.render(grades));
        System.out.println("Reports: " + root.relativize(ResultsFiles.reportDir(root).resolve("grades.json"))
                + ", grades.md, results.json");
        Path page = HtmlReport.write(root);
        System.out.println("Progress page: " + root.relativize(page) + " (" + page.toUri() + ")");
    }

    /** Writes every report file for {@code grades} under {@code <root>/target/mlpath}. */
    public static void write(Path root, RepositoryGrades grades) {
        Path dir = ResultsFiles.reportDir(root);
        try {
            Files.createDirectories(dir);
            JSON.writeValue(dir.resolve("grades.json").toFile(), grades);
            JSON.writeValue(dir.resolve("results.json").toFile(), GradescopeReport.of(grades));
            Files.writeString(dir.resolve("grades.md"), MarkdownReport.render(grades));
            Files.writeString(dir.resolve("points.txt"), Scoreboard.pointsLine(grades) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the reports to " + dir, e);
        }
    }
}
