package io.mlpath.cli;

import io.mlpath.grader.engine.ChallengeStatus;
import io.mlpath.grader.engine.Status;
import io.mlpath.grader.engine.TestResult;
import io.mlpath.grader.run.WorkerReply;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A challenge's verdict as the learner reads it after {@code test} or a save in {@code watch}:
 * status and points, then every test with its teaching message when it did not pass; or the
 * compile errors as {@code file:line: message}.
 */
final class Verdict {

    private static final int MESSAGE_LINES = 12;

    private Verdict() {
    }

    /** The status of {@code reply}: {@code error} when it did not compile. */
    static Status status(WorkerReply reply) {
        return reply.compileErrors().isEmpty() ? ChallengeStatus.of(reply.results()) : Status.ERROR;
    }

    /** Prints {@code reply} for challenge {@code title}; paths are shown relative to {@code root}. */
    static void print(PrintWriter out, WorkerReply reply, String title, Path root) {
        if (!reply.compileErrors().isEmpty()) {
            out.println(reply.challenge() + " · " + title + "  does not compile:");
            reply.compileErrors().forEach(e -> out.println("  " + relative(e, root)));
            out.println("  Fix the first error and save again; the tests run as soon as it compiles.");
            return;
        }
        if (!reply.message().isEmpty()) {
            out.println(reply.challenge() + ": " + reply.message());
        }
        List<TestResult> results = reply.results();
        int score = results.stream().mapToInt(TestResult::score).sum();
        int max = results.stream().mapToInt(TestResult::maxScore).sum();
        out.printf(Locale.ROOT, "%s · %s  %s %d/%d  (compile %.2f s, tests %.2f s)%n", reply.challenge(), title,
                status(reply).label(), score, max, reply.compileMillis() / 1000.0, reply.runMillis() / 1000.0);
        boolean todoShown = false;
        for (TestResult t : results) {
            String mark = t.status() == Status.PASSED ? "✓" : t.status() == Status.NOT_ATTEMPTED ? "·" : "✗";
            out.printf(Locale.ROOT, "  %s %-6s %3d  %s%n", mark, t.visibility().label(), t.maxScore(), t.name());
            if (t.status() == Status.NOT_ATTEMPTED) {
                if (!todoShown) {
                    out.println("        " + firstLine(t.message()));
                    todoShown = true;
                }
            } else if (t.status() != Status.PASSED) {
                printMessage(out, t);
            }
        }
    }

    private static void printMessage(PrintWriter out, TestResult t) {
        String[] lines = t.message().split("\n");
        out.println("        " + t.status().label() + ": " + lines[0]);
        for (int i = 1; i < Math.min(lines.length, MESSAGE_LINES); i++) {
            out.println("        " + lines[i]);
        }
        if (lines.length > MESSAGE_LINES) {
            out.println("        … (" + (lines.length - MESSAGE_LINES) + " more lines in target/mlpath/grades.md)");
        }
    }

    private static String relative(String error, Path root) {
        String prefix = root.toString() + java.io.File.separator;
        return error.startsWith(prefix) ? error.substring(prefix.length()) : error;
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
