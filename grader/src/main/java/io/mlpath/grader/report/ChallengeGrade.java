package io.mlpath.grader.report;

import io.mlpath.grader.engine.Status;
import io.mlpath.grader.engine.TestResult;
import java.util.List;

/**
 * One challenge's line in {@code grades.json}.
 *
 * @param id       catalog id
 * @param phase    phase number from the catalog
 * @param title    catalog title
 * @param topic    catalog topic
 * @param order    place in the phase
 * @param score    points scored
 * @param maxScore points available
 * @param status   passed, partial, failed, not-attempted, timeout or error
 * @param tests    one entry per test method
 */
public record ChallengeGrade(String id, int phase, String title, String topic, int order, int score, int maxScore,
                             Status status, List<TestResult> tests) {
}
