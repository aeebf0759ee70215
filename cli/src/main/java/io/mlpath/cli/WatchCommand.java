package io.mlpath.cli;

import io.mlpath.grader.catalog.CatalogEntry;
import io.mlpath.grader.engine.Status;
import io.mlpath.grader.report.ChallengeGrade;
import java.io.PrintWriter;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code mlpath watch [<id>]}: a warm JVM per module re-runs a challenge every time one of its
 * files is saved, recompiling only that challenge in process, and prints the verdict. Compile
 * errors are shown with file and line; the watcher keeps going. Without an id it starts with
 * the first challenge not yet passed and then follows the files you save.
 */
@Command(name = "watch", description = "Re-run a challenge's tests on every save (warm JVM, sub-second).")
final class WatchCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<id>", arity = "0..1", description = "stay on this challenge (default: follow the saved file)")
    String id;

    @Option(names = "--poll-ms", defaultValue = "50", description = "how often to look for saves, in ms (default: 50)")
    long pollMillis;

    @Override
    public Integer call() throws InterruptedException {
        if (pollMillis < 10 || pollMillis > 5000) {
            throw new IllegalArgumentException("--poll-ms must be between 10 and 5000, was " + pollMillis);
        }
        Progress progress = Progress.of(main.root());
        PrintWriter out = spec.commandLine().getOut();
        String current = id != null ? progress.require(id).id() : firstUnfinished(progress);
        try (Watch watch = new Watch(progress, line -> {
            out.println("  │ " + line);
            out.flush();
        })) {
            Runtime.getRuntime().addShutdownHook(new Thread(watch::close));
            out.println("Watching " + watch.modules().size() + " phase(s) for saves; Ctrl-C stops. Now: " + current);
            watch.testAndPrint(current, out);
            while (true) {
                Watch.Save save = watch.awaitSave(pollMillis);
                Optional<CatalogEntry> owner = watch.owner(save.file());
                if (id == null && owner.isPresent()) {
                    current = owner.get().id();
                }
                out.println();
                out.println("── " + LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + "  "
                        + progress.root().relativize(save.file()) + " saved");
                watch.testAndPrint(current, out);
                out.printf(Locale.ROOT, "   verdict %.2f s after the save%n",
                        (System.currentTimeMillis() - save.savedAtMillis()) / 1000.0);
                out.flush();
            }
        }
    }

    private static String firstUnfinished(Progress progress) {
        return progress.grades().challenges().stream().filter(c -> c.status() != Status.PASSED)
                .map(ChallengeGrade::id).findFirst()
                .orElse(progress.grades().challenges().get(0).id());
    }
}
