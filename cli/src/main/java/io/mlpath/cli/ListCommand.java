package io.mlpath.cli;

import io.mlpath.grader.engine.Status;
import io.mlpath.grader.report.ChallengeGrade;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mlpath list}: every challenge in curriculum order, with status, points and progress bars. */
@Command(name = "list", description = "Every challenge in curriculum order with status and points.")
final class ListCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Option(names = "--phase", description = "only this phase (a number)")
    Integer phase;

    @Option(names = "--topic", description = "only this topic, e.g. linalg")
    String topic;

    @Option(names = "--status", description = "only this status: passed, partial, failed, not-attempted, timeout, error")
    String status;

    @Override
    public Integer call() {
        Status wanted = status == null ? null : Status.fromLabel(status);
        Progress progress = Progress.of(main.root());
        PrintWriter out = spec.commandLine().getOut();
        if (!progress.hasRun()) {
            out.println("No results yet: run ./mvnw test (every phase) to grade your work. The challenges:");
        }
        progress.grades().phases().forEach((number, title) -> {
            if (phase != null && phase.intValue() != number) {
                return;
            }
            List<ChallengeGrade> challenges = progress.grades().challenges().stream()
                    .filter(c -> c.phase() == number)
                    .filter(c -> topic == null || c.topic().equals(topic))
                    .filter(c -> wanted == null || c.status() == wanted).toList();
            int score = challenges.stream().mapToInt(ChallengeGrade::score).sum();
            int max = challenges.stream().mapToInt(ChallengeGrade::maxScore).sum();
            out.printf(Locale.ROOT, "Phase %d · %s  %s%n", number, title, Progress.bar(score, max, 20));
            for (ChallengeGrade c : challenges) {
                String shown = progress.hasRun() ? c.status().label() : "not run";
                out.printf(Locale.ROOT, "  %2d  %-34s %7s  %s%n", c.order(), c.id(), c.score() + "/" + c.maxScore(), shown);
            }
        });
        out.println("Overall  " + Progress.bar(progress.grades().score(), progress.grades().maxScore(), 30) + "  "
                + progress.grades().score() + "/" + progress.grades().maxScore() + " points");
        return 0;
    }
}
