package io.mlpath.grader.report;

import io.mlpath.grader.engine.Status;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The compact scoreboard printed at the end of a run: each challenge with points and status,
 * grouped by phase, then the total and the {@code Points X/Y} line that GitHub Classroom reads.
 *
 * <pre>
 * mlpath scoreboard
 * Phase 1 · Foundations                                           0/25
 *   p1.linalg.pca                Principal component analysis     0/25  not-attempted
 * Total                                                          0/75  (0 %)
 * Points 0/75
 * </pre>
 */
public final class Scoreboard {

    private static final int ID_WIDTH = 30;
    private static final int TITLE_WIDTH = 40;

    private Scoreboard() {
    }

    /** The scoreboard's text, lines separated by {@code \n}. */
    public static String render(RepositoryGrades grades) {
        StringBuilder out = new StringBuilder();
        out.append("mlpath scoreboard\n");
        Map<Integer, java.util.List<ChallengeGrade>> byPhase = grades.challenges().stream()
                .collect(Collectors.groupingBy(ChallengeGrade::phase, java.util.TreeMap::new, Collectors.toList()));
        byPhase.forEach((phase, challenges) -> {
            int score = challenges.stream().mapToInt(ChallengeGrade::score).sum();
            int max = challenges.stream().mapToInt(ChallengeGrade::maxScore).sum();
            String heading = "Phase " + phase + " · " + grades.phases().getOrDefault(phase, "");
            out.append(pad(heading, ID_WIDTH + TITLE_WIDTH + 2)).append(points(score, max)).append('\n');
            for (ChallengeGrade c : challenges) {
                out.append("  ").append(pad(c.id(), ID_WIDTH)).append(pad(c.title(), TITLE_WIDTH))
                        .append(points(c.score(), c.maxScore())).append("  ").append(c.status()).append('\n');
            }
        });
        int percent = grades.maxScore() == 0 ? 0 : (int) Math.floor(100.0 * grades.score() / grades.maxScore());
        out.append(pad("Total", ID_WIDTH + TITLE_WIDTH + 2)).append(points(grades.score(), grades.maxScore()))
                .append(String.format(Locale.ROOT, "  (%d %%)", percent)).append('\n');
        String counts = grades.countByStatus().entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(" · "));
        if (!counts.isEmpty()) {
            out.append(counts).append('\n');
        }
        for (String problem : grades.problems()) {
            out.append("problem: ").append(problem).append('\n');
        }
        out.append(pointsLine(grades)).append('\n');
        return out.toString();
    }

    /** {@code Points X/Y}, the line GitHub Classroom's autograder reads. */
    public static String pointsLine(RepositoryGrades grades) {
        return "Points " + grades.score() + "/" + grades.maxScore();
    }

    /** A one-line verdict for a status, for people. */
    static String verdict(Status status) {
        return switch (status) {
            case PASSED -> "all tests pass";
            case PARTIAL -> "some tests pass";
            case FAILED -> "tests fail";
            case NOT_ATTEMPTED -> "not started: the stub still throws its TODO";
            case TIMEOUT -> "a test ran out of time";
            case ERROR -> "tests threw or did not run";
        };
    }

    private static String points(int score, int max) {
        return String.format(Locale.ROOT, "%7s", score + "/" + max);
    }

    private static String pad(String text, int width) {
        String t = text.length() > width - 1 ? text.substring(0, width - 2) + "…" : text;
        return t + " ".repeat(width - t.length());
    }
}
