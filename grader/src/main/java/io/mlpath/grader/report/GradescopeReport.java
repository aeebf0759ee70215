package io.mlpath.grader.report;

import io.mlpath.grader.engine.Status;
import io.mlpath.grader.engine.TestResult;
import io.mlpath.grader.engine.Visibility;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code results.json} in Gradescope's autograder format: total score and one entry per test
 * with its own {@code visibility} ({@code visible} for public tests, {@code after_due_date}
 * for hidden ones).
 *
 * <p>Reference: Gradescope, "Autograder Specifications", results format.
 */
public final class GradescopeReport {

    private GradescopeReport() {
    }

    /** The JSON object, ready for Jackson. */
    public static Map<String, Object> of(RepositoryGrades grades) {
        List<Map<String, Object>> tests = new ArrayList<>();
        for (ChallengeGrade c : grades.challenges()) {
            for (TestResult t : c.tests()) {
                Map<String, Object> test = new LinkedHashMap<>();
                test.put("name", c.id() + " › " + t.name());
                test.put("name_format", "text");
                test.put("score", t.score());
                test.put("max_score", t.maxScore());
                test.put("status", t.status() == Status.PASSED ? "passed" : "failed");
                test.put("output", t.status() == Status.PASSED ? "" : t.status() + ": " + t.message());
                test.put("visibility", t.visibility() == Visibility.HIDDEN ? "after_due_date" : "visible");
                test.put("tags", List.of(c.id(), t.status().label()));
                tests.add(test);
            }
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("score", grades.score());
        root.put("output", Scoreboard.pointsLine(grades));
        root.put("visibility", "visible");
        root.put("stdout_visibility", "visible");
        root.put("tests", tests);
        return root;
    }
}
