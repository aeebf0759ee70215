package io.mlpath.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./mlpath}: the learner's tool. Every command reads the repository's catalogs and the
 * latest results under {@code target/mlpath/}; progress is computed from results, never stored
 * by hand.
 */
@Command(name = "mlpath", mixinStandardHelpOptions = true, version = "mlpath 0.1.0",
        description = "Your way through the mlpath curriculum: what is done, what is next, and hints.",
        subcommands = {ListCommand.class, NextCommand.class, HintCommand.class, TestCommand.class,
                WatchCommand.class, BenchCommand.class, ReportCommand.class,
                GradeCommand.class, PlotCommand.class, ReleaseCommand.class})
public final class Main implements Runnable {

    @Option(names = "--root", description = "the repository root (default: found from the current directory)")
    Path root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs the tool and exits with its status. */
    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the tool, writing to {@code out} and {@code err}; returns the exit status. */
    static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("mlpath: " + e.getMessage());
            return 2;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The repository root: {@code --root}, else the nearest directory upwards holding {@code pom.xml} and {@code grader/}. */
    Path root() {
        if (root != null) {
            return require(root.toAbsolutePath().normalize());
        }
        for (Path at = Path.of("").toAbsolutePath(); at != null; at = at.getParent()) {
            if (Files.isRegularFile(at.resolve("pom.xml")) && Files.isDirectory(at.resolve("grader"))) {
                return at;
            }
        }
        throw new IllegalArgumentException("not inside an mlpath repository (no directory above "
                + Path.of("").toAbsolutePath() + " holds pom.xml and grader/); run from the repository or pass --root");
    }

    private static Path require(Path dir) {
        if (!Files.isRegularFile(dir.resolve("pom.xml"))) {
            throw new IllegalArgumentException("--root must be an mlpath repository (with pom.xml), was " + dir);
        }
        return dir;
    }
}
