package io.mlpath.grader.engine;

/**
 * The graded result of one test method.
 *
 * @param challenge  the catalog id from the class's {@code @Challenge}
 * @param className  the test class
 * @param method     the method name
 * @param name       what the learner reads: the display name
 * @param visibility public or hidden, from the source root
 * @param score      {@code maxScore} when passed, else 0
 * @param maxScore   the method's {@code @Points}
 * @param status     passed, failed, not-attempted, timeout or error
 * @param message    the failure message (empty when passed)
 */
public record TestResult(String challenge, String className, String method, String name, Visibility visibility,
                         int score, int maxScore, Status status, String message) {

    /** The same test with another outcome. */
    public TestResult withOutcome(Status newStatus, String newMessage) {
        return new TestResult(challenge, className, method, name, visibility,
                newStatus == Status.PASSED ? maxScore : 0, maxScore, newStatus, newMessage);
    }
}
