package io.mlpath.cli;

import io.mlpath.cli.work.Submission;
import io.mlpath.cli.work.TrustedGrade;
import io.mlpath.grader.engine.ResultsFiles;
import io.mlpath.grader.report.RepositoryGrades;
import io.mlpath.grader.report.Scoreboard;
import io.mlpath.grader.run.Directories;
import io.mlpath.grader.run.ForkLimits;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code mlpath grade}: the whole-repository grade. Without options it is {@code ./mvnw test}
 * (the same numbers, reports in {@code target/mlpath/}). With {@code --submission} it grades
 * someone's work with this tree's tests, build files and grader: only their challenge sources
 * are taken, every challenge runs in a JVM of its own, and what they changed besides is listed
 * in {@code tampering.md}.
 */
@Command(name = "grade", description = "Grade the whole repository (./mvnw test), or a submission with this trusted tree.")
final class GradeCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Option(names = "--submission", paramLabel = "<dir-or-git-url>",
            description = "grade this learner repository with the trusted tree (only its challenge sources are taken)")
    String submission;

    @Option(names = "--pack", paramLabel = "<dir>", description = "a grading pack whose hidden tests are laid over this tree")
    Path pack;

    @Option(names = "--out", paramLabel = "<dir>", description = "where the reports go (default: target/mlpath/submission)")
    Path out;

    @Option(names = "--java", paramLabel = "<launcher>", description = "the java launcher for the challenge JVMs (default: this JVM's)")
    String java;

    @Option(names = "--timeout", defaultValue = "180", paramLabel = "<seconds>",
            description = "wall-clock limit per challenge JVM (default: 180)")
    int timeoutSeconds;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (submission == null) {
            if (pack != null || this.out != null || java != null) {
                throw new IllegalArgumentException("--pack, --out and --java only apply with --submission");
            }
            return selfGrade();
        }
        if (timeoutSeconds < 10 || timeoutSeconds > 3600) {
            throw new IllegalArgumentException("--timeout is seconds per challenge JVM, from 10 (one test's limit) to 3600;"
                    + " was " + timeoutSeconds);
        }
        if (pack != null && !Files.isDirectory(pack)) {
            throw new IllegalArgumentException("--pack must be a grading pack directory, was " + pack);
        }
        Path root = main.root();
        Path reports = (this.out != null ? this.out : root.resolve("target/mlpath/submission")).toAbsolutePath();
        String launcher = java != null ? java : io.mlpath.cli.work.Worker.javaExecutable();
        TrustedGrade grade = new TrustedGrade(root, launcher, ForkLimits.DEFAULT.withPerChallenge(timeoutSeconds));
        Path clone = null;
        try {
            Path submitted;
            if (Submission.isGitUrl(submission)) {
                clone = Files.createTempDirectory("mlpath-submission");
                submitted = Submission.clone(submission, clone.resolve("repo"));
            } else {
                submitted = Path.of(submission).toAbsolutePath().normalize();
            }
            out.println("Grading " + submission + " with the trusted tree " + root + (pack != null ? " and pack " + pack : ""));
            TrustedGrade.Outcome outcome = grade.grade(submitted, pack, reports, line -> {
                out.println(line);
                out.flush();
            });
            out.println();
            out.print(Scoreboard.render(outcome.grades()));
            List<Submission.Ignored> ignored = outcome.submission().ignored();
            out.println("Taken: " + outcome.submission().taken().size() + " challenge file(s). Ignored: " + ignored.size()
                    + " other changed file(s)" + (ignored.isEmpty() ? "" : " (see tampering.md)") + ".");
            out.println("Reports: " + reports);
            return 0;
        } finally {
            if (clone != null) {
                Directories.delete(clone);
            }
        }
    }

    /**
     * {@code ./mvnw -B -q test}, its output kept in {@code target/mlpath/grade.log} (test failures
     * are in the reports, with their messages); then the scoreboard those results give.
     */
    private int selfGrade() throws IOException, InterruptedException {
        Path root = main.root();
        PrintWriter out = spec.commandLine().getOut();
        Path log = ResultsFiles.reportDir(root).resolve("grade.log");
        Path temp = Files.createTempFile("mlpath-grade", ".log");
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        out.println("Grading every phase with ./mvnw test (output in " + root.relativize(log) + ") …");
        out.flush();
        Process maven = new ProcessBuilder(root.resolve(windows ? "mvnw.cmd" : "mvnw").toString(), "-B", "-q", "test")
                .directory(root.toFile()).redirectErrorStream(true).redirectOutput(temp.toFile()).start();
        int exit = maven.waitFor();
        Files.createDirectories(log.getParent()); // the build clears target/mlpath first
        Files.move(temp, log, StandardCopyOption.REPLACE_EXISTING);
        if (exit != 0) {
            List<String> lines = Files.readAllLines(log);
            out.println("./mvnw test failed (exit " + exit + "); the end of " + root.relativize(log) + ":");
            lines.subList(Math.max(0, lines.size() - 15), lines.size()).forEach(line -> out.println("  " + line));
            return exit;
        }
        out.print(Scoreboard.render(RepositoryGrades.collect(root)));
        out.println("Reports: " + root.relativize(ResultsFiles.reportDir(root)) + "/ (grades.md, grades.json, report/index.html)");
        return 0;
    }
}
