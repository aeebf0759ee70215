package io.mlpath.grader.report;

import io.mlpath.grader.engine.Status;
import io.mlpath.grader.engine.TestResult;
import java.nio.file.Path;
import java.util.List;

/**
 * The table rows of one challenge on the progress page: a row with id, title, status and
 * points, then, when there is something to show, a row with why it is not passed (its first
 * failing tests, each with the first lines of its message) and thumbnails of its pictures.
 */
final class ChallengeRows {

    /** How many failing tests a challenge shows; {@code grades.md} has them all. */
    static final int SHOWN_FAILURES = 3;

    /** How many lines of a failure message are shown. */
    static final int SHOWN_LINES = 8;

    private static final int COLUMNS = 4;

    private final Path root;
    private final Path pageDir;
    private final boolean hasRun;

    /**
     * Rows for the repository at {@code root}, linking pictures relative to {@code pageDir};
     * without results ({@code hasRun} false) every challenge is "not run" and shows no failures.
     */
    ChallengeRows(Path root, Path pageDir, boolean hasRun) {
        this.root = root;
        this.pageDir = pageDir;
        this.hasRun = hasRun;
    }

    /** The rows of {@code challenge}, for a {@code <tbody>}. */
    String render(ChallengeGrade challenge) {
        String status = hasRun ? challenge.status().label() : "not run";
        StringBuilder out = new StringBuilder();
        out.append("<tr data-challenge=\"").append(Html.escape(challenge.id())).append("\">")
                .append("<th scope=\"row\"><code>").append(Html.escape(challenge.id())).append("</code></th>")
                .append("<td>").append(Html.escape(challenge.title())).append("</td>")
                .append("<td class=\"status status-").append(status.replace(' ', '-')).append("\">")
                .append(status).append("</td>")
                .append("<td class=\"num\">").append(challenge.score()).append('/').append(challenge.maxScore())
                .append("</td></tr>\n");
        String failures = hasRun && challenge.status() != Status.PASSED ? failures(challenge.tests()) : "";
        String pictures = pictures(challenge.id());
        if (!failures.isEmpty() || !pictures.isEmpty()) {
            out.append("<tr class=\"more\"><td colspan=\"").append(COLUMNS).append("\">").append(failures)
                    .append(pictures).append("</td></tr>\n");
        }
        return out.toString();
    }

    private static String failures(List<TestResult> tests) {
        List<TestResult> failing = tests.stream().filter(t -> t.status() != Status.PASSED).toList();
        if (failing.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("<details open><summary>Failing tests: ").append(failing.size());
        if (failing.size() > SHOWN_FAILURES) {
            out.append(" (the first ").append(SHOWN_FAILURES).append("; target/mlpath/grades.md has them all)");
        }
        out.append("</summary>\n<ul class=\"failures\">\n");
        for (TestResult test : failing.subList(0, Math.min(SHOWN_FAILURES, failing.size()))) {
            out.append("<li><p class=\"test\">").append(Html.escape(test.name()))
                    .append(" <span class=\"visibility\">(").append(test.visibility()).append(" test, ")
                    .append(test.status()).append(")</span></p>\n<pre>").append(Html.escape(firstLines(test.message())))
                    .append("</pre></li>\n");
        }
        return out.append("</ul>\n</details>\n").toString();
    }

    /** The first {@value #SHOWN_LINES} lines of {@code message}, with a closing line saying how many were left out. */
    static String firstLines(String message) {
        List<String> lines = (message == null ? "" : message).strip().lines().toList();
        if (lines.size() <= SHOWN_LINES) {
            return String.join("\n", lines);
        }
        int hidden = lines.size() - SHOWN_LINES;
        return String.join("\n", lines.subList(0, SHOWN_LINES)) + "\n… (" + hidden + " more line"
                + (hidden == 1 ? "" : "s") + " in target/mlpath/grades.md)";
    }

    private String pictures(String challengeId) {
        List<Path> files = Pictures.of(root, challengeId);
        if (files.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("<ul class=\"pictures\" aria-label=\"Pictures of ")
                .append(Html.escape(challengeId)).append("\">\n");
        for (Path file : files) {
            String name = Html.escape(file.getFileName().toString());
            String href = Html.escape(Pictures.href(pageDir, file));
            out.append("<li><figure><a href=\"").append(href).append("\"><img src=\"").append(href)
                    .append("\" alt=\"").append(name).append(", a picture of ").append(Html.escape(challengeId))
                    .append("\"></a><figcaption>").append(name).append("</figcaption></figure></li>\n");
        }
        return out.append("</ul>\n").toString();
    }
}
