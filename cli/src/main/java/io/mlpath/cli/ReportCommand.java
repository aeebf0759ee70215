package io.mlpath.cli;

import io.mlpath.grader.report.HtmlReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code mlpath report}: writes the progress page, {@code target/mlpath/report/index.html}, from
 * the catalogs and the latest results, and prints where it is, as a path and as a URL to open in
 * a browser. The build writes the same page at the end of {@code ./mvnw test}.
 */
@Command(name = "report", description = "Writes the HTML progress page and prints where it is.")
final class ReportCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path root = main.root();
        Path page = HtmlReport.write(root);
        PrintWriter out = spec.commandLine().getOut();
        out.println("Progress page: " + root.relativize(page));
        out.println("Open it in a browser: " + page.toUri());
        return 0;
    }
}
