package io.mlpath.cli;

import io.mlpath.cli.work.ModuleClasspaths;
import io.mlpath.cli.work.Worker;
import io.mlpath.grader.engine.ResultsFiles;
import io.mlpath.grader.run.Directories;
import io.mlpath.grader.run.WorkerReply;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code mlpath plot <id>}: pictures of the learner's own implementation on real data (PNG,
 * drawn with XChart) in {@code target/mlpath/plots/<id>/}, where the progress page shows them.
 * Exits 0 when at least one picture was drawn, 1 when none was (e.g. the code is not written
 * yet), 2 on a usage error.
 */
@Command(name = "plot", description = "Draw pictures of your implementation on real data (PNG files).")
final class PlotCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<id>", description = "a challenge id, e.g. p1.linalg.pca")
    String id;

    @Override
    public Integer call() throws Worker.Died {
        Progress progress = Progress.of(main.root());
        progress.require(id);
        Path module = progress.moduleOf(id);
        Path dir = ResultsFiles.reportDir(progress.root()).resolve("plots").resolve(id);
        Directories.delete(dir); // pictures of older code must not pass for this code's
        PrintWriter out = spec.commandLine().getOut();
        try (Worker worker = Worker.start(module, ModuleClasspaths.of(progress.root(), module),
                line -> out.println("  │ " + line))) {
            WorkerReply reply = worker.plot(id, dir);
            if (!reply.compileErrors().isEmpty()) {
                Verdict.print(out, reply, progress.require(id).title(), progress.root());
                return 1;
            }
            if (!reply.message().isEmpty()) {
                out.println(reply.message());
            }
            reply.files().forEach(f -> out.println("  " + progress.root().relativize(Path.of(f))));
            if (!reply.files().isEmpty()) {
                out.println(reply.files().size() + " picture(s); ./mlpath report puts them on the progress page.");
            }
            return reply.files().isEmpty() ? 1 : 0;
        }
    }
}
