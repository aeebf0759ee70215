package io.mlpath.cli;

import io.mlpath.cli.release.GradingPack;
import io.mlpath.cli.release.LearnerRelease;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code mlpath release <out> [--pack <dir>]}: writes the learner repository (a fresh git
 * repository without references, hidden tests or known mistakes) and, apart from it, the grading
 * pack with the hidden tests and the checksums that tie them to this release. See
 * {@link io.mlpath.cli.release}.
 */
@Command(name = "release", description = "Writes the learner repository and, apart from it, its grading pack (instructors).")
final class ReleaseCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<out>", description = "a new or empty directory for the learner repository")
    Path out;

    @Option(names = "--pack", paramLabel = "<dir>",
            description = "a new or empty directory for the grading pack (default: <out>-grading-pack)")
    Path pack;

    @Override
    public Integer call() {
        Path releaseDir = out.toAbsolutePath().normalize();
        Path packDir = GradingPack.checkDirectory(pack != null ? pack
                : releaseDir.resolveSibling(releaseDir.getFileName() + "-grading-pack"), releaseDir);
        LearnerRelease.Written release = LearnerRelease.write(main.root(), releaseDir);
        GradingPack.Written written = GradingPack.write(main.root(), release, packDir);
        PrintWriter printed = spec.commandLine().getOut();
        printed.println("Learner release " + release.version() + ": " + release.dir() + " (" + release.files().size()
                + " files, committed as \"mlpath learner release " + release.version() + "\")");
        printed.println("Grading pack: " + written.dir() + " (" + written.hidden().size() + " hidden files, "
                + written.checksums() + " checksums)");
        printed.println("Next:");
        printed.println("  1. Publish the release: push " + release.dir() + " to the learners' repository;"
                + " its grade workflow grades every push.");
        printed.println("  2. Keep the pack private. Grade a fork from a pristine clone of the release:");
        printed.println("     ./mlpath grade --submission <fork directory or git URL> --pack " + written.dir());
        return 0;
    }
}
