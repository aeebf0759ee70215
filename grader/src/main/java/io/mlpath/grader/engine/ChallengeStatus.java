package io.mlpath.grader.engine;

import java.util.List;

/**
 * The status of a challenge from the results of its tests.
 *
 * <ol>
 *   <li>{@code passed}: every point scored;</li>
 *   <li>{@code not-attempted}: nothing scored and every failure is the stub's TODO;</li>
 *   <li>{@code timeout}: some test timed out;</li>
 *   <li>{@code partial}: some points, not all;</li>
 *   <li>{@code error}: no points, and some test threw something other than an assertion or did not run;</li>
 *   <li>{@code failed}: no points, assertions failed.</li>
 * </ol>
 */
public final class ChallengeStatus {

    private ChallengeStatus() {
    }

    /** The status of a challenge whose tests gave {@code tests}; no tests at all is an error. */
    public static Status of(List<TestResult> tests) {
        if (tests.isEmpty()) {
            return Status.ERROR;
        }
        int score = tests.stream().mapToInt(TestResult::score).sum();
        int max = tests.stream().mapToInt(TestResult::maxScore).sum();
        if (score == max && tests.stream().allMatch(t -> t.status() == Status.PASSED)) {
            return Status.PASSED;
        }
        boolean untouched = tests.stream().allMatch(t -> t.status() == Status.NOT_ATTEMPTED);
        if (untouched) {
            return Status.NOT_ATTEMPTED;
        }
        if (tests.stream().anyMatch(t -> t.status() == Status.TIMEOUT)) {
            return Status.TIMEOUT;
        }
        if (score > 0) {
            return Status.PARTIAL;
        }
        return tests.stream().anyMatch(t -> t.status() == Status.ERROR) ? Status.ERROR : Status.FAILED;
    }
}
