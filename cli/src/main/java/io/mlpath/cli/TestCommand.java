package io.mlpath.cli;

import io.mlpath.cli.work.ModuleClasspaths;
import io.mlpath.cli.work.Worker;
import io.mlpath.grader.catalog.CatalogEntry;
import io.mlpath.grader.engine.ResultsFiles;
import io.mlpath.grader.engine.Status;
import io.mlpath.grader.run.WorkerReply;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code mlpath test <id>}: compiles one challenge and runs its public and hidden tests in a JVM
 * of its own, prints the verdict and records the results, so {@code list}, {@code next} and
 * {@code report} see them. Exits 0 when the challenge passes, 1 when it does not, 2 on a usage
 * error.
 */
@Command(name = "test", description = "Run one challenge's public and hidden tests and show the verdict.")
final class TestCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<id>", description = "a challenge id, e.g. p1.linalg.pca")
    String id;

    @Override
    public Integer call() throws Worker.Died {
        Progress progress = Progress.of(main.root());
        CatalogEntry entry = progress.require(id);
        Path module = progress.moduleOf(id);
        PrintWriter out = spec.commandLine().getOut();
        try (Worker worker = Worker.start(module, ModuleClasspaths.of(progress.root(), module),
                line -> out.println("  │ " + line))) {
            WorkerReply reply = worker.test(id);
            Verdict.print(out, reply, entry.title(), progress.root());
            record(progress.root(), module, reply);
            return Verdict.status(reply) == Status.PASSED ? 0 : 1;
        }
    }

    /** Records a run's results in the module's results file (a compile error leaves the old ones). */
    static void record(Path root, Path module, WorkerReply reply) {
        if (reply.compileErrors().isEmpty() && !reply.results().isEmpty()) {
            ResultsFiles.merge(root, module.getFileName().toString(), reply.challenge(), reply.results());
        }
    }
}
