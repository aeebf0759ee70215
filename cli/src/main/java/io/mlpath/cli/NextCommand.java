package io.mlpath.cli;

import io.mlpath.grader.catalog.CatalogEntry;
import io.mlpath.grader.engine.Status;
import io.mlpath.grader.report.ChallengeGrade;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mlpath next}: the first unfinished challenge, where its stub is, what to read, its first hint. */
@Command(name = "next", description = "The first challenge not yet passed: its stub, reading and first hint.")
final class NextCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Progress progress = Progress.of(main.root());
        PrintWriter out = spec.commandLine().getOut();
        Optional<ChallengeGrade> next = progress.grades().challenges().stream()
                .filter(c -> c.status() != Status.PASSED).findFirst();
        if (next.isEmpty()) {
            out.println("Every challenge passes: " + progress.grades().score() + "/" + progress.grades().maxScore()
                    + " points. Well done.");
            return 0;
        }
        ChallengeGrade challenge = next.get();
        CatalogEntry entry = progress.entry(challenge.id()).orElseThrow();
        Path module = progress.catalogOf(challenge.id()).orElseThrow().moduleDir();
        out.println("Next: " + challenge.id() + " — " + challenge.title() + " ("
                + (progress.hasRun() ? challenge.status() + ", " + challenge.score() + "/" + challenge.maxScore()
                : "not run yet") + ")");
        out.println("Edit:");
        for (String type : entry.classes()) {
            out.println("  " + progress.root().relativize(module.resolve("src/main/java")
                    .resolve(type.replace('.', '/') + ".java")));
        }
        if (!entry.reading().isEmpty()) {
            out.println("Read:");
            entry.reading().forEach(r -> out.println("  " + r));
        }
        out.println("First hint: " + entry.hints().get(0));
        out.println("Test it: ./mlpath test " + challenge.id() + " (or ./mlpath watch, re-testing on every save)   More hints:"
                + " ./mlpath hint " + challenge.id());
        return 0;
    }
}
