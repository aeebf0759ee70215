package io.mlpath.grader.report;

import io.mlpath.grader.engine.Status;
import io.mlpath.grader.engine.TestResult;
import io.mlpath.grader.engine.Visibility;

/**
 * {@code grades.md}: the grade as a page a person reads (and a CI job summary shows): one table
 * of challenges, then what failed and why. Hidden tests' messages are shown, since they teach.
 */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    /** The Markdown text. */
    public static String render(RepositoryGrades grades) {
        StringBuilder out = new StringBuilder("# mlpath grades\n\n");
        out.append("**").append(grades.score()).append(" / ").append(grades.maxScore()).append(" points**\n\n");
        out.append("| challenge | title | points | status |\n|---|---|---:|---|\n");
        for (ChallengeGrade c : grades.challenges()) {
            out.append("| `").append(c.id()).append("` | ").append(cell(c.title())).append(" | ")
                    .append(c.score()).append('/').append(c.maxScore()).append(" | ").append(c.status())
                    .append(" |\n");
        }
        for (ChallengeGrade c : grades.challenges()) {
            if (c.status() == Status.PASSED || c.status() == Status.NOT_ATTEMPTED) {
                continue;
            }
            out.append("\n## ").append(c.id()).append(" — ").append(c.status()).append(" (")
                    .append(Scoreboard.verdict(c.status())).append(")\n\n");
            for (TestResult t : c.tests()) {
                if (t.status() == Status.PASSED) {
                    continue;
                }
                out.append("- **").append(cell(t.name())).append("** (").append(t.visibility() == Visibility.HIDDEN
                        ? "hidden" : "public").append(", ").append(t.maxScore()).append(" points, ")
                        .append(t.status()).append(")\n\n```\n").append(t.message().replace("```", "'''"))
                        .append("\n```\n");
            }
        }
        if (!grades.problems().isEmpty()) {
            out.append("\n## Problems\n\n");
            grades.problems().forEach(p -> out.append("- ").append(p).append('\n'));
        }
        return out.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
