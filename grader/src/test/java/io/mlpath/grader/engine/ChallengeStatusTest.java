package io.mlpath.grader.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ChallengeStatusTest {

    private static TestResult test(Status status, int points) {
        return new TestResult("p9.x.y", "C", "m", "m", Visibility.HIDDEN, status == Status.PASSED ? points : 0,
                points, status, "");
    }

    @Test
    @DisplayName("all tests passed is passed")
    void passed() {
        assertEquals(Status.PASSED, ChallengeStatus.of(List.of(test(Status.PASSED, 2), test(Status.PASSED, 3))));
    }

    @Test
    @DisplayName("every failure being the stub's TODO is not-attempted")
    void notAttempted() {
        assertEquals(Status.NOT_ATTEMPTED, ChallengeStatus.of(List.of(test(Status.NOT_ATTEMPTED, 2),
                test(Status.NOT_ATTEMPTED, 3))));
    }

    @Test
    @DisplayName("a timeout outranks partial credit and failures")
    void timeout() {
        assertEquals(Status.TIMEOUT, ChallengeStatus.of(List.of(test(Status.PASSED, 2), test(Status.TIMEOUT, 3))));
        assertEquals(Status.TIMEOUT, ChallengeStatus.of(List.of(test(Status.NOT_ATTEMPTED, 2), test(Status.TIMEOUT, 3))));
    }

    @Test
    @DisplayName("some points is partial, even beside TODOs")
    void partial() {
        assertEquals(Status.PARTIAL, ChallengeStatus.of(List.of(test(Status.PASSED, 2), test(Status.FAILED, 3))));
        assertEquals(Status.PARTIAL, ChallengeStatus.of(List.of(test(Status.PASSED, 2), test(Status.NOT_ATTEMPTED, 3))));
    }

    @Test
    @DisplayName("no points: an exception other than an assertion is error, else failed")
    void failedOrError() {
        assertEquals(Status.ERROR, ChallengeStatus.of(List.of(test(Status.FAILED, 2), test(Status.ERROR, 3))));
        assertEquals(Status.FAILED, ChallengeStatus.of(List.of(test(Status.FAILED, 2), test(Status.NOT_ATTEMPTED, 3))));
        assertEquals(Status.ERROR, ChallengeStatus.of(List.of()));
    }
}
